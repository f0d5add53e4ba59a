package klynge.userpanel;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import klynge.shared.RuleViolation;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff pages of the user panel: periods with their members, assignments with their
 * status history, and the forms. A refused form comes back as typed with its message
 * (422).
 */
@Controller
class UserPanelController {

	private final UserPanel panel;

	UserPanelController(UserPanel panel) {
		this.panel = panel;
	}

	@GetMapping("/brukerpanel")
	String overview(Model model) {
		return overviewPage(PeriodForm.empty(), null, AssignmentForm.empty(), null, model);
	}

	private String overviewPage(PeriodForm periodForm, RuleViolation periodError, AssignmentForm assignmentForm,
			RuleViolation assignmentError, Model model) {
		model.addAttribute("overview", panel.overview().orElse(null));
		model.addAttribute("periodForm", periodForm);
		model.addAttribute("periodError", periodError);
		model.addAttribute("assignmentForm", assignmentForm);
		model.addAttribute("assignmentError", assignmentError);
		choices(model);
		return "userpanel/staff";
	}

	private void choices(Model model) {
		model.addAttribute("meetings", panel.meetings());
		model.addAttribute("people", panel.personChoices());
		model.addAttribute("items", panel.itemChoices());
		model.addAttribute("today", panel.today());
	}

	@PostMapping("/brukerpanel/perioder")
	String createPeriod(@ModelAttribute PeriodForm form, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		try {
			UUID id = panel.createPeriod(form);
			redirect.addFlashAttribute("flash", "userpanel.saved");
			return "redirect:/brukerpanel/perioder/" + id;
		}
		catch (RuleViolation refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return overviewPage(form, refused, AssignmentForm.empty(), null, model);
		}
	}

	@GetMapping("/brukerpanel/perioder/{id}")
	String period(@PathVariable UUID id, Model model) {
		UserPanel.PeriodView view = panel.period(id);
		return periodPage(view, PeriodForm.of(view.period()), null, model);
	}

	private String periodPage(UserPanel.PeriodView view, PeriodForm form, RuleViolation error, Model model) {
		model.addAttribute("view", view);
		model.addAttribute("periodForm", form);
		model.addAttribute("periodError", error);
		choices(model);
		return "userpanel/period";
	}

	@PostMapping("/brukerpanel/perioder/{id}")
	String updatePeriod(@PathVariable UUID id, @ModelAttribute PeriodForm form, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		try {
			panel.updatePeriod(id, form);
		}
		catch (RuleViolation refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return periodPage(panel.period(id), form, refused, model);
		}
		redirect.addFlashAttribute("flash", "userpanel.saved");
		return "redirect:/brukerpanel/perioder/" + id;
	}

	@PostMapping("/brukerpanel/perioder/{id}/slett")
	String deletePeriod(@PathVariable UUID id, RedirectAttributes redirect) {
		panel.deletePeriod(id);
		redirect.addFlashAttribute("flash", "userpanel.deleted");
		return "redirect:/brukerpanel";
	}

	@PostMapping("/brukerpanel/oppdrag")
	String createAssignment(@ModelAttribute AssignmentForm form, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		try {
			UUID id = panel.createAssignment(form);
			redirect.addFlashAttribute("flash", "userpanel.saved");
			return "redirect:/brukerpanel/oppdrag/" + id;
		}
		catch (RuleViolation refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return overviewPage(PeriodForm.empty(), null, form, refused, model);
		}
	}

	@GetMapping("/brukerpanel/oppdrag/{id}")
	String assignment(@PathVariable UUID id, Model model) {
		UserPanel.AssignmentView view = panel.assignment(id);
		return assignmentPage(view, AssignmentForm.of(view.assignment()), null, null, model);
	}

	private String assignmentPage(UserPanel.AssignmentView view, AssignmentForm form, RuleViolation error,
			RuleViolation statusError, Model model) {
		model.addAttribute("view", view);
		model.addAttribute("assignmentForm", form);
		model.addAttribute("assignmentError", error);
		model.addAttribute("statusError", statusError);
		model.addAttribute("nextStatuses", view.assignment().status().next());
		choices(model);
		return "userpanel/assignment";
	}

	@PostMapping("/brukerpanel/oppdrag/{id}")
	String updateAssignment(@PathVariable UUID id, @ModelAttribute AssignmentForm form, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		try {
			panel.updateAssignment(id, form);
		}
		catch (RuleViolation refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return assignmentPage(panel.assignment(id), form, refused, null, model);
		}
		redirect.addFlashAttribute("flash", "userpanel.saved");
		return "redirect:/brukerpanel/oppdrag/" + id;
	}

	@PostMapping("/brukerpanel/oppdrag/{id}/status")
	String changeStatus(@PathVariable UUID id, @ModelAttribute StatusForm form, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		try {
			panel.changeStatus(id, form);
		}
		catch (RuleViolation refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			UserPanel.AssignmentView view = panel.assignment(id);
			return assignmentPage(view, AssignmentForm.of(view.assignment()), null, refused, model);
		}
		redirect.addFlashAttribute("flash", "userpanel.saved");
		return "redirect:/brukerpanel/oppdrag/" + id;
	}

	@PostMapping("/brukerpanel/oppdrag/{id}/slett")
	String deleteAssignment(@PathVariable UUID id, RedirectAttributes redirect) {
		panel.deleteAssignment(id);
		redirect.addFlashAttribute("flash", "userpanel.deleted");
		return "redirect:/brukerpanel";
	}

	/**
	 * The public page: the current period, its members by name and organisation, current
	 * assignments.
	 */
	@GetMapping("/brukerpanelet")
	String publicPage(Model model) {
		UserPanel.Overview overview = panel.overview().orElse(null);
		model.addAttribute("overview", overview);
		if (overview != null) {
			java.time.LocalDate today = panel.today();
			model.addAttribute("currentAssignments",
					overview.assignments().stream().filter(a -> a.assignment().currentOn(today)).toList());
			model.addAttribute("earlierPeriods",
					overview.periods().stream().filter(p -> p != overview.current()).toList());
		}
		return "userpanel/public";
	}

}
