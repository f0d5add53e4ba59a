package klynge.strategy;

import java.util.List;

/** What the strategy pages show, assembled by {@link Strategies}. */
public final class Views {

	private Views() {
	}

	/** A goal with its SDGs, owner, current light and history (newest first). */
	public record GoalView(Goal goal, List<Sdg> sdgs, String ownerName, Light light, Assessment current,
			List<Assessment> history) {
	}

	public record FocusAreaView(FocusArea area, List<GoalView> goals) {
	}

	/** An input with its item (null when none, or hidden from the reader). */
	public record InputView(StrategyInput input, ItemRef item, String goalText, String focusAreaName) {
	}

	public record StrategyPage(Strategy strategy, ItemRef adoptedItem, List<FocusAreaView> areas,
			List<InputView> inputs) {

		public List<GoalView> goals() {
			return areas.stream().flatMap(a -> a.goals().stream()).toList();
		}

	}

}
