package klynge.strategy;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The strategy page with the current light of each goal (the adopted strategy, for
 * anyone), and a goal's light history.
 */
@Controller
class StrategyController {

	private final Strategies strategies;

	StrategyController(Strategies strategies) {
		this.strategies = strategies;
	}

	@GetMapping("/strategi")
	String page(Model model) {
		model.addAttribute("page", strategies.current().orElse(null));
		return "strategy/page";
	}

	@GetMapping("/strategi/mal/{id}")
	String history(@PathVariable UUID id, Model model) {
		model.addAttribute("history", strategies.goalHistory(id));
		return "strategy/history";
	}

}
