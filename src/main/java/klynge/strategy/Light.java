package klynge.strategy;

/**
 * A goal's traffic light. Colour is never the only carrier: each light has a text label
 * and its own shape (circle, triangle, square; a ring when not assessed).
 */
public enum Light {

	GREEN("●"), YELLOW("▲"), RED("■"), NOT_ASSESSED("○");

	private final String shape;

	Light(String shape) {
		this.shape = shape;
	}

	public String shape() {
		return shape;
	}

	public String messageKey() {
		return "strategy.light." + name();
	}

	public String cssClass() {
		return "strategy-light-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

}
