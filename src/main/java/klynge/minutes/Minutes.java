package klynge.minutes;

import java.time.LocalDate;
import java.util.UUID;

import klynge.shared.RuleViolation;

/** The minutes (referat) of one meeting and where they are in their workflow. */
public record Minutes(UUID id, UUID meetingId, MinutesStatus status, LocalDate commentDeadline, LocalDate approvedOn,
		UUID approvedByItemId, UUID approvedByChairPersonId, Integer approvedVersion, int version) {

	void requireTransition(MinutesStatus target) {
		if (!status.canMoveTo(target)) {
			throw new RuleViolation("status", "minutes.status.forbidden", status.name(), target.name());
		}
	}

	void requireEditable() {
		if (!status.editable()) {
			throw new RuleViolation(null, "minutes.locked");
		}
	}

	void requireApproved() {
		if (status != MinutesStatus.APPROVED) {
			throw new RuleViolation(null, "minutes.amend.notApproved");
		}
	}

	public boolean approved() {
		return status == MinutesStatus.APPROVED;
	}

	public boolean approvedByItem() {
		return approvedByItemId != null;
	}
}
