package klynge.organisation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import klynge.security.CurrentUser;
import klynge.shared.Forms;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Organisation pages: list, detail with partnership periods, create and edit. */
@Controller
class OrganisationController {

	private final Organisations organisations;

	private final People people;

	private final CurrentUser currentUser;

	OrganisationController(Organisations organisations, People people, CurrentUser currentUser) {
		this.organisations = organisations;
		this.people = people;
		this.currentUser = currentUser;
	}

	@GetMapping("/organisations")
	String list(Model model) {
		model.addAttribute("organisations", organisations.list());
		return "organisation/list";
	}

	@GetMapping("/organisations/{id}")
	String detail(@PathVariable UUID id, Model model) {
		showDetail(id, model);
		if (!model.containsAttribute("partnershipForm")) {
			model.addAttribute("partnershipForm", PartnershipForm.empty());
		}
		return "organisation/detail";
	}

	private void showDetail(UUID id, Model model) {
		model.addAttribute("organisation", organisations.get(id));
		model.addAttribute("children", organisations.children(id));
		model.addAttribute("partnerships", organisations.partnerships(id));
		model.addAttribute("today", organisations.today());
		boolean member = currentUser.get().isPresent();
		model.addAttribute("people", member ? people.affiliatedWith(id) : List.of());
	}

	@GetMapping("/organisations/new")
	String createForm(Model model) {
		return form(OrganisationForm.empty(), null, model);
	}

	@PostMapping("/organisations")
	String create(@Valid @ModelAttribute("form") OrganisationForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return Forms.submit(errors, response, () -> {
			UUID id = organisations.create(form);
			redirect.addFlashAttribute("flash", "organisation.saved");
			return "redirect:/organisations/" + id;
		}, () -> form(form, null, model));
	}

	@GetMapping("/organisations/{id}/edit")
	String editForm(@PathVariable UUID id, Model model) {
		return form(OrganisationForm.of(organisations.get(id)), id, model);
	}

	@PostMapping("/organisations/{id}")
	String update(@PathVariable UUID id, @Valid @ModelAttribute("form") OrganisationForm form, BindingResult errors,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		organisations.get(id);
		return Forms.submit(errors, response, () -> {
			organisations.update(id, form, form.version() == null ? -1 : form.version());
			redirect.addFlashAttribute("flash", "organisation.saved");
			return "redirect:/organisations/" + id;
		}, () -> form(form, id, model));
	}

	private String form(OrganisationForm form, UUID id, Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", form);
		}
		model.addAttribute("organisationId", id);
		model.addAttribute("types", OrganisationType.values());
		model.addAttribute("parents", organisations.possibleParents(id));
		return "organisation/form";
	}

	@PostMapping("/organisations/{id}/partnerships")
	String addPartnership(@PathVariable UUID id, @Valid @ModelAttribute("partnershipForm") PartnershipForm form,
			BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		organisations.get(id);
		return Forms.submit(errors, response, () -> {
			organisations.addPartnership(id, form);
			redirect.addFlashAttribute("flash", "partnership.saved");
			return "redirect:/organisations/" + id;
		}, () -> {
			showDetail(id, model);
			return "organisation/detail";
		});
	}

	@PostMapping("/organisations/{id}/partnerships/{partnershipId}/end")
	String endPartnership(@PathVariable UUID id, @PathVariable UUID partnershipId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo,
			RedirectAttributes redirect) {
		organisations.endPartnership(id, partnershipId, validTo);
		redirect.addFlashAttribute("flash", "partnership.ended");
		return "redirect:/organisations/" + id;
	}

}
