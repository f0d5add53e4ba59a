package klynge.anchoring;

/**
 * The representative's form: confirm, decline (with a comment) or only comment.
 *
 * @param choice CONFIRMED, DECLINED or COMMENT
 */
record AnswerForm(String choice, String comment) {

	static AnswerForm empty() {
		return new AnswerForm(null, "");
	}

	/** The answer chosen, or null for a comment only. */
	AnchoringAnswer answer() {
		if ("CONFIRMED".equals(choice)) {
			return AnchoringAnswer.CONFIRMED;
		}
		if ("DECLINED".equals(choice)) {
			return AnchoringAnswer.DECLINED;
		}
		return null;
	}

	boolean valid() {
		return answer() != null || "COMMENT".equals(choice);
	}

}
