package klynge.followup;

import java.time.LocalDate;
import java.util.UUID;

import klynge.shared.RuleViolation;

/** The rules a follow-up's owner and due date follow. */
final class FollowUpRules {

	private FollowUpRules() {
	}

	/** A person by code or a body: exactly one. */
	static void requireOneOwner(String ownerCode, UUID ownerBodyId) {
		if (ownerCode == null && ownerBodyId == null) {
			throw new RuleViolation("ownerCode", "followup.owner.required");
		}
		if (ownerCode != null && ownerBodyId != null) {
			throw new RuleViolation("ownerCode", "followup.owner.both");
		}
	}

	/** Nothing is followed up before the meeting that decided it. */
	static void requireDueNotBefore(LocalDate meetingDate, LocalDate dueOn) {
		if (dueOn != null && dueOn.isBefore(meetingDate)) {
			throw new RuleViolation("dueOn", "followup.due.beforeMeeting");
		}
	}

}
