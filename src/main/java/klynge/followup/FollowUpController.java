package klynge.followup;

import java.util.UUID;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import klynge.shared.Forms;
import klynge.meeting.Agenda;
import klynge.meeting.AgendaItem;
import klynge.meeting.Meeting;
import klynge.meeting.Meetings;
import klynge.shared.EditConflict;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Follow-up pages: add and edit under an item (inline with htmx, or as a page without
 * JavaScript), "Mine oppfølginger" and the secretariat's list.
 */
@Controller
class FollowUpController {

	private final FollowUps followUps;

	private final Agenda agenda;

	private final Meetings meetings;

	FollowUpController(FollowUps followUps, Agenda agenda, Meetings meetings) {
		this.followUps = followUps;
		this.agenda = agenda;
		this.meetings = meetings;
	}

	@GetMapping("/followups/mine")
	String mine(Model model) {
		model.addAttribute("followUps", followUps.mine());
		return "followup/mine";
	}

	@GetMapping("/followups")
	String list(@RequestParam(required = false) UUID ownerPersonId, @RequestParam(required = false) UUID ownerBodyId,
			@RequestParam(required = false) FollowUpStatus status, @RequestParam(required = false) UUID bodyId,
			Model model) {
		model.addAttribute("followUps",
				followUps.list(new FollowUps.Filter(ownerPersonId, ownerBodyId, status, bodyId)));
		model.addAttribute("filter", new FollowUps.Filter(ownerPersonId, ownerBodyId, status, bodyId));
		model.addAttribute("people", followUps.people());
		model.addAttribute("bodies", followUps.bodies());
		model.addAttribute("statuses", FollowUpStatus.values());
		return "followup/list";
	}

	@GetMapping("/items/{itemId}/followups/new")
	String newFollowUp(@PathVariable UUID itemId, Model model) {
		model.addAttribute("form", FollowUpForm.empty());
		return form(model, agenda.item(itemId), null);
	}

	@PostMapping("/items/{itemId}/followups")
	String add(@PathVariable UUID itemId, @Valid @ModelAttribute("form") FollowUpForm form, BindingResult errors,
			Model model, HttpServletResponse response) {
		AgendaItem item = agenda.item(itemId);
		return Forms.submit(errors, response, () -> {
			followUps.add(itemId, form);
			return redirectTo(item);
		}, () -> form(model, item, null));
	}

	@GetMapping("/followups/{id}/edit")
	String edit(@PathVariable UUID id, Model model) {
		FollowUp followUp = followUps.followUp(id);
		model.addAttribute("form", FollowUpForm.of(followUp, followUps.ownerCode(followUp)));
		return form(model, agenda.item(followUp.itemId()), followUp);
	}

	@PostMapping("/followups/{id}")
	String update(@PathVariable UUID id, @Valid @ModelAttribute("form") FollowUpForm form, BindingResult errors,
			Model model, HttpServletResponse response) {
		FollowUp followUp = followUps.followUp(id);
		AgendaItem item = agenda.item(followUp.itemId());
		try {
			return Forms.submit(errors, response, () -> {
				followUps.update(id, form);
				return redirectTo(item);
			}, () -> form(model, item, followUp));
		}
		catch (EditConflict conflict) {
			errors.reject("followup.conflict");
			response.setStatus(HttpStatus.CONFLICT.value());
			return form(model, item, followUps.followUp(id));
		}
	}

	@PostMapping("/followups/{id}/status")
	String status(@PathVariable UUID id, @RequestParam FollowUpStatus status) {
		FollowUp followUp = followUps.followUp(id);
		followUps.setStatus(id, status);
		return redirectTo(agenda.item(followUp.itemId()));
	}

	/**
	 * The owner marks their own follow-up in progress, done or open again, with a note,
	 * from the start page: with htmx the row is swapped in place (a refusal replaces the
	 * row's status with the message, 422); without, back to the start page.
	 */
	@PostMapping("/followups/{id}/own-status")
	String ownStatus(@PathVariable UUID id, @RequestParam FollowUpStatus status,
			@RequestParam(required = false) String note, HtmxRequest htmx, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		model.addAttribute("statuses", FollowUpStatus.values());
		return Forms.submit(response, () -> {
			OwnFollowUp own = followUps.setOwnStatus(id, status, note);
			if (htmx.isHtmxRequest()) {
				model.addAttribute("own", own);
				model.addAttribute("saved", true);
				return "followup/own :: row";
			}
			redirect.addFlashAttribute("flash", "followup.own.saved");
			return "redirect:/";
		}, violation -> {
			model.addAttribute("refusal", violation);
			return htmx.isHtmxRequest() ? "followup/own :: refused" : "followup/refused";
		});
	}

	private String form(Model model, AgendaItem item, FollowUp followUp) {
		Meeting meeting = meetings.meeting(item.meetingId());
		model.addAttribute("item", item);
		model.addAttribute("itemLabel", label(item));
		model.addAttribute("meeting", meeting);
		model.addAttribute("bodyName", meetings.bodyName(meeting));
		model.addAttribute("followUp", followUp);
		model.addAttribute("people", followUps.people());
		model.addAttribute("bodies", followUps.bodies());
		model.addAttribute("statuses", FollowUpStatus.values());
		return "followup/form";
	}

	private String label(AgendaItem item) {
		AgendaItem numbered = item.isSubItem() ? agenda.item(item.parentId()) : item;
		return numbered.caseNumber().toString();
	}

	private String redirectTo(AgendaItem item) {
		return "redirect:/meetings/" + item.meetingId() + "#sak-" + label(item);
	}

}
