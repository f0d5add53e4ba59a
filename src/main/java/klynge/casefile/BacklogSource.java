package klynge.casefile;

import java.util.List;
import java.util.UUID;

/**
 * Implemented by modules that feed a body's agenda backlog without casefile depending on
 * them (the follow-up module offers the body's open follow-ups).
 */
public interface BacklogSource {

	List<BacklogCandidate> candidatesFor(UUID clusterId, UUID bodyId);

}
