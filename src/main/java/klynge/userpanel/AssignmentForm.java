package klynge.userpanel;

/** The assignment form as typed; shown again as typed when refused. */
record AssignmentForm(String personId, String externalBody, String requestedBy, String validFrom, String validTo,
		String note, String meetingItemId) {

	static AssignmentForm empty() {
		return new AssignmentForm("", "", "", "", "", "", "");
	}

	static AssignmentForm of(Assignment a) {
		return new AssignmentForm(a.personId().toString(), a.externalBody(), blank(a.requestedBy()),
				a.validFrom() == null ? "" : a.validFrom().toString(),
				a.validTo() == null ? "" : a.validTo().toString(), blank(a.note()),
				a.meetingItemId() == null ? "" : a.meetingItemId().toString());
	}

	private static String blank(String text) {
		return text == null ? "" : text;
	}

}
