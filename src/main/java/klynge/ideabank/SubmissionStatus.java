package klynge.ideabank;

/** Where a submission stands: waiting for the organisers, approved or rejected. */
enum SubmissionStatus {

	SUBMITTED, APPROVED, REJECTED;

	String messageKey() {
		return "ideabank.status." + name();
	}

}
