package klynge.budget;

/**
 * What a budget line is for. The pool ({@link #COLLABORATION_FUNDS}) is set by each
 * alternative; the others are the same in every alternative.
 */
public enum LineKind {

	COLLABORATION_FUNDS, COORDINATOR, USER_PANEL, EVENTS, OTHER;

	public String messageKey() {
		return "budget.kind." + name();
	}

}
