package klynge.funding;

/**
 * A line of an application's budget: buy-out (frikjøp) of staff time, operating, other.
 */
public enum BudgetLineKind {

	BUYOUT, OPERATING, OTHER;

	public String messageKey() {
		return "funding.budgetLine.kind." + name();
	}

}
