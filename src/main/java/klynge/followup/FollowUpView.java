package klynge.followup;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A follow-up as shown: "GG følger opp saken." with the owner's code (or the body's
 * name), its item's case number and title, and whether it is overdue.
 */
public record FollowUpView(UUID id, UUID itemId, UUID meetingId, LocalDate meetingDate, String caseLabel,
		String itemTitle, String owner, UUID ownerPersonId, UUID ownerBodyId, String description, LocalDate dueOn,
		FollowUpStatus status, LocalDate doneOn, boolean overdue, int version) {

	/** The sentence of the minutes: owner, description and a full stop. */
	public String sentence() {
		String text = owner + " " + description;
		return text.endsWith(".") || text.endsWith("!") || text.endsWith("?") ? text : text + ".";
	}

	public boolean done() {
		return status == FollowUpStatus.DONE;
	}

	/** The anchor of the item on the meeting page ("#sak-04-23"). */
	public String anchor() {
		return caseLabel.isEmpty() ? "" : "sak-" + caseLabel;
	}
}
