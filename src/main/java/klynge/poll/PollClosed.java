package klynge.poll;

/**
 * An answer or a change to a closed poll: refused (409) with a kind message; the choices
 * sent are shown back, so nothing typed is lost.
 */
class PollClosed extends RuntimeException {

	private final transient Poll poll;

	PollClosed(Poll poll) {
		super("poll " + poll.id() + " is closed");
		this.poll = poll;
	}

	Poll poll() {
		return poll;
	}

}
