package klynge.shared;

/** The thing asked for does not exist in the current cluster: 404. */
public class NotFoundException extends RuntimeException {

	private final String what;

	public NotFoundException(String what, Object id) {
		super(what + " " + id + " not found");
		this.what = what;
	}

	/** A stable name of the kind of thing, e.g. "person". */
	public String what() {
		return what;
	}

}
