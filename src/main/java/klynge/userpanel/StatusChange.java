package klynge.userpanel;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One status an assignment has had, from the day it took effect. */
record StatusChange(AssignmentStatus status, LocalDate effectiveOn, String note, String changedBy,
		OffsetDateTime changedAt) {
}
