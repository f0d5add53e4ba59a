package klynge.ideabank;

/** A status link that is unknown, or cleared when the call was published (410). */
class LinkGone extends RuntimeException {

	LinkGone() {
		super("status link gone");
	}

}
