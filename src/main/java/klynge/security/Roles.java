package klynge.security;

/**
 * The roles of a cluster. Administrator and sekretariat are given to an account; leder,
 * medlem and observatør follow from the person's memberships of bodies on the day of
 * login.
 */
public final class Roles {

	public static final String ADMIN = "ADMIN";

	public static final String SECRETARIAT = "SECRETARIAT";

	public static final String CHAIR = "CHAIR";

	public static final String MEMBER = "MEMBER";

	public static final String OBSERVER = "OBSERVER";

	/**
	 * May create further clusters of the installation (account flag, given to the
	 * administrator made at first-run setup). Not a role within a cluster: it opens no
	 * cluster's pages by itself.
	 */
	public static final String INSTALLATION_ADMIN = "INSTALLATION_ADMIN";

	/**
	 * Applies for funding (account flag). Not a member of the cluster: deliberately not
	 * in {@link #ANY}, so today an applicant sees only what is public; the funding module
	 * gives it its own routes.
	 */
	public static final String APPLICANT = "APPLICANT";

	/**
	 * Reviews funding applications (account flag). Not a member either: not in
	 * {@link #ANY}.
	 */
	public static final String REVIEWER = "REVIEWER";

	/**
	 * Every role of the cluster's own people: staff and those who sit in its bodies. "Any
	 * logged-in user" pages (the people registry, backlog proposals, my follow-ups) are
	 * for them only; applicants and reviewers are outsiders and are left out on purpose.
	 */
	public static final String[] ANY = { ADMIN, SECRETARIAT, CHAIR, MEMBER, OBSERVER };

	/** Those who may edit the registry (organisations, people, bodies, memberships). */
	public static final String[] REGISTRY_EDITORS = { ADMIN, SECRETARIAT };

	private Roles() {
	}

}
