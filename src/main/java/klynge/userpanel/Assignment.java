package klynge.userpanel;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A user representative's assignment to an external body or project, requested by someone
 * outside the cluster (a directorate), with its term and status.
 */
record Assignment(UUID id, UUID bodyId, UUID personId, String externalBody, String requestedBy, LocalDate validFrom,
		LocalDate validTo, AssignmentStatus status, String note, UUID meetingItemId, int version) {

	/** Under way on the day: assigned, and its term (when known) contains the day. */
	boolean currentOn(LocalDate day) {
		return status == AssignmentStatus.ASSIGNED && (validFrom == null || !validFrom.isAfter(day))
				&& (validTo == null || !validTo.isBefore(day));
	}

	boolean activeIn(int year) {
		if (status == AssignmentStatus.REQUESTED || status == AssignmentStatus.DECLINED) {
			return false;
		}
		return (validFrom == null || validFrom.getYear() <= year) && (validTo == null || validTo.getYear() >= year);
	}

}
