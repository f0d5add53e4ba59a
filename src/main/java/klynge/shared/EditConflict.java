package klynge.shared;

/**
 * Someone else saved the same record first (optimistic locking): 409, with the current
 * version.
 */
public class EditConflict extends RuntimeException {

	private final int currentVersion;

	public EditConflict(String what, Object id, int currentVersion) {
		super(what + " " + id + " was changed by someone else");
		this.currentVersion = currentVersion;
	}

	public int currentVersion() {
		return currentVersion;
	}

}
