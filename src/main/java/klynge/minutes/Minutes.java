package klynge.minutes;

import java.time.LocalDate;
import java.util.UUID;

import klynge.shared.RuleViolation;

/** The minutes (referat) of one meeting and where they are in their workflow. */
public record Minutes(UUID id, UUID meetingId, MinutesStatus status, LocalDate commentDeadline, LocalDate approvedOn,
		UUID approvedByItemId, UUID approvedByChairPersonId, Integer approvedVersion, int version,
		boolean approvedBeforeDeadline) {

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

	/**
	 * Out for comment and the deadline not yet passed on {@code today}: approving now
	 * cuts the comments short.
	 */
	public boolean commentsStillOpen(LocalDate today) {
		return status == MinutesStatus.FOR_COMMENT && commentDeadline != null && !today.isAfter(commentDeadline);
	}

	/** Out for comment and the deadline passed: a comment now comes late. */
	public boolean pastCommentDeadline(LocalDate today) {
		return commentDeadline != null && today.isAfter(commentDeadline);
	}

	/** Not yet approved, and with something in them to approve. */
	boolean outstanding(boolean hasText) {
		return status == MinutesStatus.FOR_COMMENT || (status == MinutesStatus.DRAFT && hasText);
	}

	public boolean approvedByItem() {
		return approvedByItemId != null;
	}
}
