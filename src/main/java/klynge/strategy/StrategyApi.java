package klynge.strategy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The strategy as JSON: the adopted strategy in force with each goal's current light, and
 * a goal's light history. Drafts are not shown but to staff (a goal's history 404).
 */
@Tag(name = "Strategy")
@RestController
@RequestMapping("/api/v1/strategy")
class StrategyApi {

	record SdgJson(int number) {
	}

	record LightJson(Light light, LocalDate assessedOn, String comment, String assessedBy) {

		static LightJson of(Assessment a) {
			return new LightJson(a.light(), a.assessedOn(), a.comment(), a.assessedBy());
		}
	}

	record GoalJson(UUID id, int position, String text, String owner, List<Integer> sdgs, Light light,
			LightJson current) {

		static GoalJson of(Views.GoalView g) {
			return new GoalJson(g.goal().id(), g.goal().position(), g.goal().text(), g.ownerName(),
					g.sdgs().stream().map(Sdg::number).toList(), g.light(),
					g.current() == null ? null : LightJson.of(g.current()));
		}
	}

	record FocusAreaJson(UUID id, int position, String name, String description, List<GoalJson> goals) {
	}

	record InputJson(UUID id, String text, String givenBy, String organisation, LocalDate givenOn, String item,
			UUID meetingId, UUID goalId, InputStatus status) {
	}

	record StrategyJson(UUID id, String name, int fromYear, int toYear, StrategyStatus status, String adoptedBy,
			List<FocusAreaJson> focusAreas, List<InputJson> inputs) {
	}

	record HistoryJson(UUID goalId, String text, UUID strategyId, Light light, List<LightJson> history) {
	}

	private final Strategies strategies;

	StrategyApi(Strategies strategies) {
		this.strategies = strategies;
	}

	@Operation(summary = "The adopted strategy in force (or the latest), its focus areas and goals with the current "
			+ "traffic light, and its inputs; 204 when the cluster has none")
	@GetMapping
	ResponseEntity<StrategyJson> current() {
		return strategies.current().map(this::json).map(ResponseEntity::ok).orElse(ResponseEntity.noContent().build());
	}

	private StrategyJson json(Views.StrategyPage page) {
		Strategy s = page.strategy();
		return new StrategyJson(s.id(), s.name(), s.fromYear(), s.toYear(), s.status(),
				page.adoptedItem() == null ? null : page.adoptedItem().label(),
				page.areas()
					.stream()
					.map(a -> new FocusAreaJson(a.area().id(), a.area().position(), a.area().name(),
							a.area().description(), a.goals().stream().map(GoalJson::of).toList()))
					.toList(),
				page.inputs()
					.stream()
					.map(i -> new InputJson(i.input().id(), i.input().text(), i.input().givenBy(),
							i.input().organisation(), i.input().givenOn(), i.item() == null ? null : i.item().label(),
							i.item() == null ? null : i.item().meetingId(), i.input().goalId(), i.input().status()))
					.toList());
	}

	@Operation(summary = "A goal's traffic-light history, newest first")
	@GetMapping("/goals/{id}/history")
	HistoryJson history(@PathVariable UUID id) {
		Strategies.GoalHistory h = strategies.goalHistory(id);
		return new HistoryJson(id, h.goal().goal().text(), h.strategy().id(), h.goal().light(),
				h.goal().history().stream().map(LightJson::of).toList());
	}

}
