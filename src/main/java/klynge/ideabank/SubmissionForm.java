package klynge.ideabank;

/**
 * What a student types in the call's form (the poster comes apart, as a file). Kept as
 * typed when the form is refused.
 */
record SubmissionForm(String name, String email, String title, String summary, String studyProgramme,
		String institution, String supervisor, String topic, Boolean showName, Boolean thesisIdea) {

	/** An unticked box is not sent at all: false. */
	SubmissionForm {
		showName = showName != null && showName;
		thesisIdea = thesisIdea != null && thesisIdea;
	}

	static SubmissionForm empty() {
		return new SubmissionForm("", "", "", "", "", "", "", "", false, false);
	}

}
