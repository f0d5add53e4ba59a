package klynge.appointment;

import java.util.UUID;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import klynge.body.MembershipRole;
import klynge.shared.RuleViolation;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The secretariat's appointment pages: every position with its holder (a term ending soon
 * highlighted) and processes; a new position; a position's page where terms are
 * registered and process steps recorded. A refused form shows the page again (422) with
 * the message and what was typed.
 */
@Controller
class AppointmentController {

	private final Appointments appointments;

	AppointmentController(Appointments appointments) {
		this.appointments = appointments;
	}

	@GetMapping("/verv")
	String list(Model model) {
		model.addAttribute("positions", appointments.overview());
		model.addAttribute("warningDays", appointments.warningDays());
		return "appointment/list";
	}

	@GetMapping("/verv/new")
	String newPosition(Model model) {
		return newPage(PositionForm.empty(), model);
	}

	@PostMapping("/verv")
	String create(@ModelAttribute("form") PositionForm form, BindingResult errors, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		try {
			invalidIf(errors);
			UUID id = appointments.createPosition(form);
			redirect.addFlashAttribute("flash", "appointment.position.created");
			return "redirect:/verv/" + id;
		}
		catch (RuleViolation violation) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("refusal", violation);
			return newPage(form, model);
		}
	}

	private String newPage(PositionForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("bodies", appointments.bodies());
		model.addAttribute("roles", MembershipRole.values());
		return "appointment/new";
	}

	@GetMapping("/verv/{id}")
	String position(@PathVariable UUID id, Model model) {
		return page(id, model, TermForm.empty(), ProcessForm.empty(), null, null);
	}

	@PostMapping("/verv/{id}/terms")
	String registerTerm(@PathVariable UUID id, @ModelAttribute TermForm form, BindingResult errors,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		return submit("term", id, errors, response, model, redirect, "appointment.term.registered",
				() -> appointments.registerTerm(id, form), form, ProcessForm.empty(), null, null);
	}

	@PostMapping("/verv/{id}/prosesser")
	String startProcess(@PathVariable UUID id, @ModelAttribute ProcessForm form, BindingResult errors,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		return submit("process", id, errors, response, model, redirect, "appointment.process.started",
				() -> appointments.startProcess(id, form), TermForm.empty(), form, null, null);
	}

	@PostMapping("/verv/{id}/prosesser/{processId}/steg")
	String recordStep(@PathVariable UUID id, @PathVariable UUID processId, @ModelAttribute StepForm form,
			BindingResult errors, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		appointments.process(id, processId);
		return submit("step-" + processId, id, errors, response, model, redirect, "appointment.step.recorded", () -> {
			appointments.recordStep(id, processId, form);
			return processId;
		}, TermForm.empty(), ProcessForm.empty(), processId, form);
	}

	private String submit(String form, UUID id, BindingResult errors, HttpServletResponse response, Model model,
			RedirectAttributes redirect, String flash, Supplier<UUID> save, TermForm termForm, ProcessForm processForm,
			UUID stepProcessId, StepForm stepForm) {
		appointments.position(id);
		try {
			invalidIf(errors);
			save.get();
			redirect.addFlashAttribute("flash", flash);
			return "redirect:/verv/" + id;
		}
		catch (RuleViolation violation) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("refusal", violation);
			model.addAttribute("refusalFor", form);
			return page(id, model, termForm, processForm, stepProcessId, stepForm);
		}
	}

	private static void invalidIf(BindingResult errors) {
		if (errors.hasErrors()) {
			throw new RuleViolation(null, "appointment.form.invalid");
		}
	}

	private String page(UUID id, Model model, TermForm termForm, ProcessForm processForm, UUID stepProcessId,
			StepForm stepForm) {
		model.addAttribute("view", appointments.overview(id));
		model.addAttribute("termForm", termForm);
		model.addAttribute("processForm", processForm);
		model.addAttribute("stepProcessId", stepProcessId);
		model.addAttribute("stepForm", stepForm);
		model.addAttribute("people", appointments.people());
		model.addAttribute("bodies", appointments.bodies());
		model.addAttribute("warningDays", appointments.warningDays());
		return "appointment/position";
	}

}
