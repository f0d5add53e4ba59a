package klynge.security;

/**
 * The roles of a cluster. Administrator and sekretariat are given to an account; leder, medlem and
 * observatør follow from the person's memberships of bodies on the day of login.
 */
public final class Roles {

	public static final String ADMIN = "ADMIN";

	public static final String SECRETARIAT = "SECRETARIAT";

	public static final String CHAIR = "CHAIR";

	public static final String MEMBER = "MEMBER";

	public static final String OBSERVER = "OBSERVER";

	/** Every role a logged-in user of the cluster can have. */
	public static final String[] ANY = { ADMIN, SECRETARIAT, CHAIR, MEMBER, OBSERVER };

	/** Those who may edit the registry (organisations, people, bodies, memberships). */
	public static final String[] REGISTRY_EDITORS = { ADMIN, SECRETARIAT };

	private Roles() {
	}
}
