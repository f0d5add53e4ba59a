package klynge.followup;

/** åpen → pågår → utført; a follow-up may also be reopened. */
public enum FollowUpStatus {

	OPEN, IN_PROGRESS, DONE;

	public String messageKey() {
		return "followup.status." + name();
	}

}
