package klynge.budget;

/** Whether a line is spent or received (other than the partners' contributions). */
public enum Direction {

	EXPENSE, INCOME;

	public String messageKey() {
		return "budget.direction." + name();
	}

}
