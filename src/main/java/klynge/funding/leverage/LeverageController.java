package klynge.funding.leverage;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import klynge.shared.EditConflict;
import klynge.shared.RuleViolation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The leverage pages: the dashboard with its filters and chart, the switch of the public
 * summary, the public summary, and a project's follow-on funding with its forms. A
 * refused form comes back with what was typed and the reason beside the field (422), or
 * (409) the other person's change named.
 */
@Controller
class LeverageController {

	private final Leverage leverage;

	private final LeverageChart chart;

	LeverageController(Leverage leverage, LeverageChart chart) {
		this.leverage = leverage;
		this.chart = chart;
	}

	@GetMapping("/virkning")
	String dashboard(@RequestParam(required = false) String year, @RequestParam(required = false) String fund,
			Model model) {
		Integer chosenYear = parseYear(year);
		UUID chosenFund = parseFund(fund);
		Leverage.Dashboard dashboard = leverage.dashboard(chosenYear, chosenFund);
		model.addAttribute("dashboard", dashboard);
		model.addAttribute("chart", chart.of(dashboard.summary(), "leverage-chart"));
		model.addAttribute("year", chosenYear);
		model.addAttribute("fund", chosenFund);
		return "funding/leverage/dashboard";
	}

	@PostMapping("/virkning/innstillinger")
	String settings(@RequestParam boolean publicSummary, RedirectAttributes redirect) {
		leverage.makePublic(publicSummary);
		redirect.addFlashAttribute("flash",
				publicSummary ? "leverage.public.switchedOn" : "leverage.public.switchedOff");
		return "redirect:/virkning";
	}

	@GetMapping("/virkning/offentlig")
	String publicSummary(Model model) {
		var years = leverage.publicSummary();
		model.addAttribute("years", years);
		var summary = new LeverageArithmetic.Summary(years.stream()
			.map(y -> new LeverageArithmetic.YearGroup(y.year(), y.figures(), java.util.List.of()))
			.toList(), null);
		model.addAttribute("chart", chart.of(summary, "leverage-public-chart"));
		return "funding/leverage/public";
	}

	@GetMapping("/virkning/prosjekt/{awardId}")
	String project(@PathVariable UUID awardId, Model model) {
		return projectPage(awardId, FollowOnInput.empty(), null, null, model);
	}

	@PostMapping("/virkning/prosjekt/{awardId}")
	String add(@PathVariable UUID awardId, @ModelAttribute FollowOnInput input, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			leverage.add(awardId, input);
		}
		catch (RuleViolation violation) {
			response.setStatus(422);
			return projectPage(awardId, input, "new", violation, model);
		}
		redirect.addFlashAttribute("flash", "leverage.followOn.saved");
		return "redirect:/virkning/prosjekt/" + awardId;
	}

	@PostMapping("/virkning/prosjekt/{awardId}/videre/{followOnId}")
	String update(@PathVariable UUID awardId, @PathVariable UUID followOnId,
			@RequestParam(defaultValue = "-1") int version, @ModelAttribute FollowOnInput input, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			leverage.update(awardId, followOnId, version, input);
		}
		catch (RuleViolation violation) {
			response.setStatus(422);
			return projectPage(awardId, null, followOnId.toString(), violation, model, input);
		}
		catch (EditConflict conflict) {
			response.setStatus(409);
			return projectPage(awardId, null, followOnId.toString(),
					new RuleViolation(null, "leverage.followOn.conflict"), model, input);
		}
		redirect.addFlashAttribute("flash", "leverage.followOn.saved");
		return "redirect:/virkning/prosjekt/" + awardId;
	}

	@PostMapping("/virkning/prosjekt/{awardId}/videre/{followOnId}/slett")
	String delete(@PathVariable UUID awardId, @PathVariable UUID followOnId, RedirectAttributes redirect) {
		leverage.delete(awardId, followOnId);
		redirect.addFlashAttribute("flash", "leverage.followOn.deleted");
		return "redirect:/virkning/prosjekt/" + awardId;
	}

	private String projectPage(UUID awardId, FollowOnInput newForm, String refusedForm, RuleViolation violation,
			Model model) {
		return projectPage(awardId, newForm, refusedForm, violation, model, null);
	}

	/**
	 * The project page: the new-entry form and one form per entry, the refused one
	 * holding what was typed.
	 */
	private String projectPage(UUID awardId, FollowOnInput newForm, String refusedForm, RuleViolation violation,
			Model model, FollowOnInput refusedInput) {
		Leverage.ProjectPage page = leverage.project(awardId);
		Map<UUID, FollowOnInput> forms = new LinkedHashMap<>();
		for (FollowOn followOn : page.followOns()) {
			boolean refused = refusedInput != null && followOn.id().toString().equals(refusedForm);
			forms.put(followOn.id(), refused ? refusedInput : FollowOnInput.of(followOn));
		}
		model.addAttribute("page", page);
		model.addAttribute("form", newForm == null ? FollowOnInput.empty() : newForm);
		model.addAttribute("forms", forms);
		model.addAttribute("refusedForm", refusedForm);
		model.addAttribute("refusal", violation);
		model.addAttribute("funders", FollowOnInput.SUGGESTED_FUNDERS);
		model.addAttribute("statuses", FollowOnStatus.values());
		return "funding/leverage/project";
	}

	static Integer parseYear(String year) {
		if (year == null || year.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(year.strip());
		}
		catch (NumberFormatException ex) {
			throw new RuleViolation("year", "leverage.rule.filterYear", year.strip());
		}
	}

	static UUID parseFund(String fund) {
		if (fund == null || fund.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(fund.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new RuleViolation("fund", "leverage.rule.filterFund");
		}
	}

}
