package klynge.strategy;

/** A strategy is prepared as a draft (staff only) and adopted (public). */
public enum StrategyStatus {

	DRAFT, ADOPTED;

	public String messageKey() {
		return "strategy.status." + name();
	}

}
