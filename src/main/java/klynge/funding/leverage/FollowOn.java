package klynge.funding.leverage;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One follow-on application of a project to another funder, and its outcome. */
public record FollowOn(UUID id, UUID awardId, String funder, String title, String reference, BigDecimal amount,
		FollowOnStatus status, int appliedYear, Integer grantedYear, String note, String recordedBy, Instant recordedAt,
		int version) {

	public boolean granted() {
		return status == FollowOnStatus.GRANTED;
	}

}
