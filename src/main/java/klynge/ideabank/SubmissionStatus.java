package klynge.ideabank;

/** Where a submission stands: waiting for the organisers, approved or rejected. */
public enum SubmissionStatus {

	SUBMITTED, APPROVED, REJECTED;

	public String messageKey() {
		return "ideabank.status." + name();
	}

}
