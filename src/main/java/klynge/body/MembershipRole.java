package klynge.body;

/**
 * The role a person holds in a body (leder, nestleder, medlem, varamedlem, fast
 * observatør, …).
 */
public enum MembershipRole {

	CHAIR, DEPUTY_CHAIR, MEMBER, DEPUTY, OBSERVER, SECRETARIAT, FACILITATOR;

	/**
	 * Observers, the facilitator and the secretariat are listed apart in the members
	 * table.
	 */
	public boolean isVoting() {
		return this == CHAIR || this == DEPUTY_CHAIR || this == MEMBER;
	}

	public String messageKey() {
		return "membership.role." + name();
	}

}
