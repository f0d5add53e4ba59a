package klynge.funding;

/** The yearly collaboration funds of the budget, or a named fund of its own. */
public enum FundKind {

	COLLABORATION, NAMED;

	public String messageKey() {
		return "funding.fund.kind." + name();
	}

}
