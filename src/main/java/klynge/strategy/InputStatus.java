package klynge.strategy;

import java.util.Set;

/**
 * Where an input stands: new, considered, then incorporated in the strategy or not used.
 */
public enum InputStatus {

	NEW, CONSIDERED, INCORPORATED, NOT_USED;

	public String messageKey() {
		return "strategy.input.status." + name();
	}

	/** The statuses an input may go to from this one (staying is always allowed). */
	Set<InputStatus> next() {
		return switch (this) {
			case NEW -> Set.of(CONSIDERED);
			case CONSIDERED -> Set.of(INCORPORATED, NOT_USED);
			case INCORPORATED, NOT_USED -> Set.of(CONSIDERED);
		};
	}

	boolean mayBecome(InputStatus target) {
		return target == this || next().contains(target);
	}

}
