package klynge.funding.award;

import java.util.List;

import klynge.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * "Tildelinger": the years with awards, and a year's list per fund. A year without awards
 * (or not a year) is not found, so another cluster's years show nothing.
 */
@Controller
class PublicAwardsController {

	private final PublicAwards awards;

	PublicAwardsController(PublicAwards awards) {
		this.awards = awards;
	}

	@GetMapping("/tildelinger")
	String years(Model model) {
		model.addAttribute("years", awards.years());
		return "funding/awards/years";
	}

	@GetMapping("/tildelinger/{year}")
	String year(@PathVariable String year, Model model) {
		int value = parse(year);
		List<FundAwards> funds = awards.byFund(value);
		if (funds.isEmpty()) {
			throw new NotFoundException("awards", year);
		}
		model.addAttribute("year", String.valueOf(value));
		model.addAttribute("funds", funds);
		return "funding/awards/year";
	}

	static int parse(String year) {
		if (year == null || !year.matches("\\d{4}")) {
			throw new NotFoundException("awards", year);
		}
		return Integer.parseInt(year);
	}

}
