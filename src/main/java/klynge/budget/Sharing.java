package klynge.budget;

/**
 * How the partners' contributions are split: in equal shares, or by the weight of each
 * partner's category (a university may carry twice a municipality's share).
 */
public enum Sharing {

	EQUAL, CATEGORY;

	public String messageKey() {
		return "budget.sharing." + name();
	}

}
