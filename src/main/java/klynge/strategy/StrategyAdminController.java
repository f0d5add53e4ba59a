package klynge.strategy;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import klynge.shared.RuleViolation;
import klynge.strategy.Forms.AssessmentForm;
import klynge.strategy.Forms.FocusAreaForm;
import klynge.strategy.Forms.GoalForm;
import klynge.strategy.Forms.InputForm;
import klynge.strategy.Forms.InputStatusForm;
import klynge.strategy.Forms.StrategyForm;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff pages: the strategies and a new one; a strategy's edit page with its focus
 * areas, goals, lights and inputs. A refused form comes back on the page with what was
 * typed and a message beside each field (422).
 */
@Controller
class StrategyAdminController {

	private final Strategies strategies;

	StrategyAdminController(Strategies strategies) {
		this.strategies = strategies;
	}

	@GetMapping("/strategi/admin")
	String list(Model model) {
		return list(StrategyForm.empty(), Map.of(), model);
	}

	private String list(StrategyForm form, Map<String, String> errors, Model model) {
		model.addAttribute("strategies", strategies.all());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "strategy/admin-list";
	}

	@PostMapping("/strategi/admin")
	String create(@ModelAttribute StrategyForm form, HttpServletResponse response, Model model) {
		try {
			return "redirect:/strategi/admin/" + strategies.create(form);
		}
		catch (Refused refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return list(form, refused.errors(), model);
		}
	}

	@GetMapping("/strategi/admin/{id}")
	String edit(@PathVariable UUID id, @RequestParam(name = "sak", required = false) String search, Model model) {
		return editPage(id, search, FormState.NONE, model);
	}

	private String editPage(UUID id, String search, FormState state, Model model) {
		Views.StrategyPage page = strategies.staffPage(id);
		model.addAttribute("page", page);
		model.addAttribute("strategy", page.strategy());
		model.addAttribute("state", state);
		model.addAttribute("search", search == null ? "" : search);
		model.addAttribute("items", strategies.itemChoices(search));
		model.addAttribute("bodies", strategies.bodyChoices());
		model.addAttribute("today", strategies.today());
		model.addAttribute("forms", forms(page, state));
		model.addAttribute("statuses", StrategyStatus.values());
		model.addAttribute("lights", Light.values());
		model.addAttribute("inputStatuses", InputStatus.values());
		model.addAttribute("sdgList", Sdg.ALL);
		return "strategy/admin";
	}

	/**
	 * The page's forms by key ("goal:{id}", "light:{id}", …) with their usual values; the
	 * refused one as it was typed.
	 */
	private Map<String, Object> forms(Views.StrategyPage page, FormState state) {
		Map<String, Object> forms = new HashMap<>();
		forms.put("strategy", StrategyForm.of(page.strategy()));
		forms.put("area:new", FocusAreaForm.empty());
		forms.put("input:new", InputForm.empty());
		for (Views.FocusAreaView area : page.areas()) {
			forms.put("area:" + area.area().id(), FocusAreaForm.of(area.area()));
			forms.put("goal:new:" + area.area().id(), GoalForm.empty());
			for (Views.GoalView goal : area.goals()) {
				forms.put("goal:" + goal.goal().id(), GoalForm.of(goal));
				forms.put("light:" + goal.goal().id(), AssessmentForm.today(strategies.today()));
			}
		}
		for (Views.InputView input : page.inputs()) {
			StrategyInput i = input.input();
			forms.put("input:" + i.id(), new InputStatusForm(i.status().name(),
					i.goalId() == null ? "" : i.goalId().toString(), String.valueOf(i.version())));
		}
		if (state.kept() != null) {
			forms.put(state.key(), state.kept());
		}
		return forms;
	}

	/**
	 * Runs a change of the edit page of strategy {@code id}; a refusal shows the page
	 * again with the form as typed and its messages.
	 */
	private String change(Supplier<UUID> work, UUID id, String formKey, Object form, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		UUID strategyId;
		try {
			strategyId = work.get();
		}
		catch (Refused refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return editPage(id, null, new FormState(formKey, form, refused.errors()), model);
		}
		catch (RuleViolation violation) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return editPage(id, null,
					new FormState(formKey, form,
							Map.of(violation.field() == null ? "page" : violation.field(), violation.messageKey())),
					model);
		}
		redirect.addFlashAttribute("flash", "strategy.saved");
		return "redirect:/strategi/admin/" + strategyId;
	}

	@PostMapping("/strategi/admin/{id}")
	String update(@PathVariable UUID id, @ModelAttribute StrategyForm form, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		return change(() -> {
			strategies.update(id, form);
			return id;
		}, id, "strategy", form, response, model, redirect);
	}

	@PostMapping("/strategi/admin/{id}/fokusomrader")
	String addFocusArea(@PathVariable UUID id, @ModelAttribute FocusAreaForm form, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		return change(() -> {
			strategies.addFocusArea(id, form);
			return id;
		}, id, "area:new", form, response, model, redirect);
	}

	@PostMapping("/strategi/admin/fokusomrader/{id}")
	String updateFocusArea(@PathVariable UUID id, @ModelAttribute FocusAreaForm form, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		UUID strategy = strategies.focusArea(id).strategyId();
		return change(() -> strategies.updateFocusArea(id, form), strategy, "area:" + id, form, response, model,
				redirect);
	}

	@PostMapping("/strategi/admin/fokusomrader/{id}/mal")
	String addGoal(@PathVariable UUID id, @ModelAttribute GoalForm form, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		UUID strategy = strategies.focusArea(id).strategyId();
		return change(() -> strategies.addGoal(id, form), strategy, "goal:new:" + id, form, response, model, redirect);
	}

	@PostMapping("/strategi/admin/mal/{id}")
	String updateGoal(@PathVariable UUID id, @ModelAttribute GoalForm form, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		UUID strategy = strategies.goalHistory(id).strategy().id();
		return change(() -> strategies.updateGoal(id, form), strategy, "goal:" + id, form, response, model, redirect);
	}

	@PostMapping("/strategi/admin/mal/{id}/lys")
	String assess(@PathVariable UUID id, @ModelAttribute AssessmentForm form, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		UUID strategy = strategies.goalHistory(id).strategy().id();
		return change(() -> strategies.assess(id, form), strategy, "light:" + id, form, response, model, redirect);
	}

	@PostMapping("/strategi/admin/{id}/innspill")
	String addInput(@PathVariable UUID id, @ModelAttribute InputForm form, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		return change(() -> {
			strategies.addInput(id, form);
			return id;
		}, id, "input:new", form, response, model, redirect);
	}

	@PostMapping("/strategi/admin/innspill/{id}")
	String updateInput(@PathVariable UUID id, @ModelAttribute InputStatusForm form, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		UUID strategy = strategies.strategyOfInput(id);
		return change(() -> strategies.updateInput(id, form), strategy, "input:" + id, form, response, model, redirect);
	}

}
