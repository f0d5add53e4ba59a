package klynge.followup;

import java.util.List;

/** One of the logged-in person's own follow-ups, with the note they last gave it. */
public record OwnFollowUp(FollowUpView followUp, String statusNote) {

	/** The statuses the owner may choose between. */
	public List<FollowUpStatus> statuses() {
		return List.of(FollowUpStatus.values());
	}

}
