package klynge.security;

/**
 * An invitation or reset link that is unknown (404) or used, expired or withdrawn (410; a
 * withdrawn invitation says so).
 */
class InvalidToken extends RuntimeException {

	private final boolean gone;

	private final boolean withdrawn;

	InvalidToken(boolean gone) {
		this(gone, false);
	}

	private InvalidToken(boolean gone, boolean withdrawn) {
		super(withdrawn ? "invitation withdrawn" : gone ? "token used or expired" : "unknown token");
		this.gone = gone;
		this.withdrawn = withdrawn;
	}

	/** An invitation an administrator withdrew (410, and the page says so). */
	static InvalidToken ofWithdrawn() {
		return new InvalidToken(true, true);
	}

	boolean withdrawn() {
		return this.withdrawn;
	}

	boolean gone() {
		return gone;
	}

}
