package klynge.event;

/**
 * A cancellation link that opens nothing (410): unknown, already used, or the
 * registration was anonymised after the event.
 */
class LinkGone extends RuntimeException {

	LinkGone() {
		super("event link gone");
	}

}
