package klynge.funding.review;

import java.time.Instant;
import java.util.UUID;

/** One recorded recusal: who, from which application, why, when and recorded by whom. */
public record Conflict(UUID applicationId, UUID accountId, String reviewer, ConflictKind kind, String reason,
		Instant recordedAt, String recordedBy) {

	public java.time.LocalDate recordedOn(java.time.ZoneId zone) {
		return recordedAt.atZone(zone).toLocalDate();
	}

}
