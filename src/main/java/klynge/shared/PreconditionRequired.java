package klynge.shared;

/**
 * An API write came with neither If-Match nor a version in the body: 428, the client must
 * say what it changed.
 */
public class PreconditionRequired extends RuntimeException {

	public PreconditionRequired() {
		super("If-Match or version required");
	}

}
