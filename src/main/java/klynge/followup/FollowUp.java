package klynge.followup;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A follow-up of an item: "GG følger opp saken". Owned by a person or by a body, never
 * both. Completing it records the day it was done; reopening clears that day.
 */
public record FollowUp(UUID id, UUID itemId, UUID ownerPersonId, UUID ownerBodyId, String description, LocalDate dueOn,
		FollowUpStatus status, LocalDate doneOn, int version) {

	/**
	 * The day done after moving to {@code target}: kept when it already was done, today
	 * when it now is.
	 */
	public LocalDate doneOnAfter(FollowUpStatus target, LocalDate today) {
		return doneOnFor(status, doneOn, target, today);
	}

	static LocalDate doneOnFor(FollowUpStatus current, LocalDate currentDoneOn, FollowUpStatus target,
			LocalDate today) {
		if (target != FollowUpStatus.DONE) {
			return null;
		}
		return current == FollowUpStatus.DONE && currentDoneOn != null ? currentDoneOn : today;
	}

	/** Overdue ("forfalt"): not done and the due date has passed. */
	public boolean overdue(LocalDate today) {
		return isOverdue(status, dueOn, today);
	}

	static boolean isOverdue(FollowUpStatus status, LocalDate dueOn, LocalDate today) {
		return status != FollowUpStatus.DONE && dueOn != null && dueOn.isBefore(today);
	}

	public boolean open() {
		return status != FollowUpStatus.DONE;
	}
}
