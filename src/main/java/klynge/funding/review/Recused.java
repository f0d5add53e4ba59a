package klynge.funding.review;

import java.util.List;
import java.util.UUID;

/**
 * The current reviewer is recused from the application: nothing of it may be shown (403
 * with the recusal, never the content).
 */
public class Recused extends RuntimeException {

	private final UUID applicationId;

	private final List<Conflict> conflicts;

	Recused(UUID applicationId, List<Conflict> conflicts) {
		super("recused from application " + applicationId);
		this.applicationId = applicationId;
		this.conflicts = List.copyOf(conflicts);
	}

	public UUID applicationId() {
		return applicationId;
	}

	public List<Conflict> conflicts() {
		return conflicts;
	}

}
