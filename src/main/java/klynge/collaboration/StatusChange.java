package klynge.collaboration;

import java.time.LocalDate;
import java.util.UUID;

/** One entry of a partner's status history. */
record StatusChange(UUID id, UUID partnerId, PartnerStatus status, LocalDate changedOn, String comment,
		String changedBy) {
}
