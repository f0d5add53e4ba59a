package klynge.funding;

import java.time.Instant;
import java.util.UUID;

/**
 * A call for applications from a fund. {@code committeeBodyId} is the review committee
 * that drafts it, {@code decidingBodyId} the body whose members comment and whose vedtak
 * ({@code adoptedItemId}, an agenda item) adopts it.
 */
public record FundingCall(UUID id, UUID fundId, String title, CallStatus status, UUID committeeBodyId,
		UUID decidingBodyId, CallConditions conditions, UUID adoptedItemId, Instant adoptedAt, Instant publishedAt,
		Instant closedAt, Instant decidedAt, int version) {

	/** Applications may be drafted and submitted only while the call is published. */
	public boolean isOpenFor(Instant now) {
		return status == CallStatus.PUBLISHED && !conditions.isPastDeadline(now);
	}

}
