package klynge.anchoring;

/**
 * A personal link that no longer opens its request (410): the request was answered or
 * withdrawn, or the link was replaced when the secretariat chose another representative.
 */
class LinkGone extends RuntimeException {

	enum Reason {

		ANSWERED, WITHDRAWN, REPLACED;

		String messageKey() {
			return "anchoring.link.gone." + name();
		}

	}

	private final Reason reason;

	LinkGone(Reason reason) {
		super("anchoring link: " + reason);
		this.reason = reason;
	}

	Reason reason() {
		return reason;
	}

}
