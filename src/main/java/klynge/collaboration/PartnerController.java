package klynge.collaboration;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff pages: the list, a new partner, and each partner's page with its form, status
 * change, history, decisions and shared events. A refusal shows the page again (422) with
 * its message and what was typed; the public page is {@link PublicPartnerController}.
 */
@Controller
class PartnerController {

	private final Partners partners;

	PartnerController(Partners partners) {
		this.partners = partners;
	}

	@GetMapping("/samarbeidspartnere/admin")
	String list(Model model) {
		model.addAttribute("partners", partners.all());
		return "collaboration/admin-list";
	}

	@GetMapping("/samarbeidspartnere/admin/ny")
	String newPartner(Model model) {
		return newPage(PartnerForm.empty(partners.today()), null, model);
	}

	private String newPage(PartnerForm form, RuleViolation refusal, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("refusal", refusal);
		model.addAttribute("kinds", PartnerKind.values());
		model.addAttribute("initial", new PartnerStatus[] { PartnerStatus.DIALOG, PartnerStatus.FORMALISED });
		return "collaboration/new";
	}

	@PostMapping("/samarbeidspartnere/admin")
	String create(@ModelAttribute PartnerForm form, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		try {
			UUID id = partners.create(form);
			redirect.addFlashAttribute("flash", "collaboration.saved");
			return "redirect:/samarbeidspartnere/admin/" + id;
		}
		catch (RuleViolation refusal) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return newPage(form, refusal, model);
		}
	}

	@GetMapping("/samarbeidspartnere/admin/{id}")
	String edit(@PathVariable UUID id, Model model) {
		return editPage(id, null, null, model);
	}

	/** What a refused status change or link had typed, shown again beside the message. */
	record Typed(String status, String changedOn, String comment, UUID bodyId, String caseNumber, UUID eventId) {
	}

	private String editPage(UUID id, PartnerForm form, RuleViolation refusal, Model model, Typed typed) {
		PartnerView view = partners.view(id);
		model.addAttribute("view", view);
		model.addAttribute("partner", view.partner());
		model.addAttribute("form", form != null ? form : PartnerForm.of(view.partner()));
		model.addAttribute("refusal", refusal);
		model.addAttribute("typed",
				typed != null ? typed : new Typed(null, partners.today().toString(), "", null, "", null));
		model.addAttribute("kinds", PartnerKind.values());
		model.addAttribute("statuses", PartnerStatus.values());
		model.addAttribute("bodies", partners.bodyChoices());
		model.addAttribute("events", partners.eventChoices());
		return "collaboration/edit";
	}

	private String editPage(UUID id, PartnerForm form, RuleViolation refusal, Model model) {
		return editPage(id, form, refusal, model, null);
	}

	@PostMapping("/samarbeidspartnere/admin/{id}")
	String update(@PathVariable UUID id, @ModelAttribute PartnerForm form, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		try {
			partners.update(id, form);
		}
		catch (RuleViolation refusal) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return editPage(id, form, refusal, model);
		}
		redirect.addFlashAttribute("flash", "collaboration.saved");
		return "redirect:/samarbeidspartnere/admin/" + id;
	}

	@PostMapping("/samarbeidspartnere/admin/{id}/status")
	String status(@PathVariable UUID id, @RequestParam(required = false) String status,
			@RequestParam(required = false) String changedOn, @RequestParam(required = false) String comment,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		return change(id, () -> partners.changeStatus(id, status, changedOn, comment),
				new Typed(status, changedOn, comment, null, "", null), response, model, redirect);
	}

	@PostMapping("/samarbeidspartnere/admin/{id}/saker")
	String linkDecision(@PathVariable UUID id, @RequestParam(required = false) UUID bodyId,
			@RequestParam(required = false) String caseNumber, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		return change(id, () -> partners.linkDecision(id, bodyId, caseNumber),
				new Typed(null, partners.today().toString(), "", bodyId, caseNumber, null), response, model, redirect);
	}

	@PostMapping("/samarbeidspartnere/admin/{id}/saker/{decisionId}/slett")
	String unlinkDecision(@PathVariable UUID id, @PathVariable UUID decisionId, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		return change(id, () -> partners.unlinkDecision(id, decisionId), null, response, model, redirect);
	}

	@PostMapping("/samarbeidspartnere/admin/{id}/arrangement")
	String linkEvent(@PathVariable UUID id, @RequestParam(required = false) UUID eventId, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		return change(id, () -> partners.linkEvent(id, eventId),
				new Typed(null, partners.today().toString(), "", null, "", eventId), response, model, redirect);
	}

	@PostMapping("/samarbeidspartnere/admin/{id}/arrangement/{linkId}/slett")
	String unlinkEvent(@PathVariable UUID id, @PathVariable UUID linkId, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		return change(id, () -> partners.unlinkEvent(id, linkId), null, response, model, redirect);
	}

	private String change(UUID id, Runnable work, Typed typed, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		try {
			work.run();
		}
		catch (RuleViolation refusal) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return editPage(id, null, refusal, model, typed);
		}
		redirect.addFlashAttribute("flash", "collaboration.saved");
		return "redirect:/samarbeidspartnere/admin/" + id;
	}

}
