package klynge.security;

/**
 * An invitation or reset link that is unknown (404) or used, expired or withdrawn (410).
 */
class InvalidToken extends RuntimeException {

	private final boolean gone;

	InvalidToken(boolean gone) {
		super(gone ? "token used or expired" : "unknown token");
		this.gone = gone;
	}

	boolean gone() {
		return gone;
	}

}
