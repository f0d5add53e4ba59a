package klynge.security;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/**
 * What a bulk invitation did (or, with {@code replayed}, did the first time its key was
 * used: nothing is sent again). People are given by name and code; no links.
 */
public record BulkInvitation(UUID bodyId, List<Invitee> invited, List<Invitee> resent, List<Invitee> skipped,
		List<Invitee> withoutEmail, boolean replayed) implements Serializable {

	public int mailed() {
		return invited.size() + resent.size();
	}

}
