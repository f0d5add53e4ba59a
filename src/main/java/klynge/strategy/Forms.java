package klynge.strategy;

import java.util.List;

/**
 * The forms of the strategy pages, as typed (strings), so a wrong year or date comes back
 * with what was typed and a message instead of a binding error.
 */
public final class Forms {

	private Forms() {
	}

	public record StrategyForm(String name, String fromYear, String toYear, String status, String adoptedItemId,
			String version) {

		static StrategyForm empty() {
			return new StrategyForm("", "", "", StrategyStatus.DRAFT.name(), "", "");
		}

		static StrategyForm of(Strategy s) {
			return new StrategyForm(s.name(), String.valueOf(s.fromYear()), String.valueOf(s.toYear()),
					s.status().name(), s.adoptedItemId() == null ? "" : s.adoptedItemId().toString(),
					String.valueOf(s.version()));
		}
	}

	public record FocusAreaForm(String name, String description, String position) {

		static FocusAreaForm empty() {
			return new FocusAreaForm("", "", "");
		}

		static FocusAreaForm of(FocusArea a) {
			return new FocusAreaForm(a.name(), a.description(), String.valueOf(a.position()));
		}
	}

	public record GoalForm(String text, String position, String ownerBodyId, List<String> sdgs, String version) {

		public GoalForm {
			sdgs = sdgs == null ? List.of() : List.copyOf(sdgs);
		}

		static GoalForm empty() {
			return new GoalForm("", "", "", List.of(), "");
		}

		static GoalForm of(Views.GoalView g) {
			return new GoalForm(g.goal().text(), String.valueOf(g.goal().position()),
					g.goal().ownerBodyId() == null ? "" : g.goal().ownerBodyId().toString(),
					g.sdgs().stream().map(s -> String.valueOf(s.number())).toList(),
					String.valueOf(g.goal().version()));
		}

		public boolean has(int sdg) {
			return sdgs.contains(String.valueOf(sdg));
		}
	}

	public record AssessmentForm(String assessedOn, String light, String comment) {

		static AssessmentForm today(java.time.LocalDate today) {
			return new AssessmentForm(today.toString(), "", "");
		}
	}

	public record InputForm(String text, String givenBy, String organisation, String givenOn, String itemId,
			String focusAreaId, String goalId) {

		static InputForm empty() {
			return new InputForm("", "", "", "", "", "", "");
		}
	}

	public record InputStatusForm(String status, String goalId, String version) {
	}

}
