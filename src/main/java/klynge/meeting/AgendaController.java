package klynge.meeting;

import java.util.List;
import java.util.UUID;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import klynge.cluster.CurrentCluster;
import klynge.organisation.OrganisationDirectory;
import klynge.organisation.PersonRef;
import klynge.shared.EditConflict;
import klynge.shared.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The secretariat builds the agenda: items, sub-items, order and documents. */
@Controller
class AgendaController {

	private final Agenda agenda;

	private final Meetings meetings;

	private final OrganisationDirectory registry;

	private final CurrentCluster cluster;

	AgendaController(Agenda agenda, Meetings meetings, OrganisationDirectory registry, CurrentCluster cluster) {
		this.agenda = agenda;
		this.meetings = meetings;
		this.registry = registry;
		this.cluster = cluster;
	}

	@GetMapping("/meetings/{meetingId}/items/new")
	String newItem(@PathVariable UUID meetingId, @RequestParam(required = false) UUID parentId, Model model) {
		AgendaItemForm empty = AgendaItemForm.empty();
		model.addAttribute("form", new AgendaItemForm(parentId, empty.type(), null, null, null, null, null, null, false,
				Access.PUBLIC, null, null, null, 0));
		return form(model, meetings.meeting(meetingId), null);
	}

	@PostMapping("/meetings/{meetingId}/items")
	String add(@PathVariable UUID meetingId, @Valid @ModelAttribute("form") AgendaItemForm form, BindingResult errors,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Meeting meeting = meetings.meeting(meetingId);
		return Forms.submit(errors, response, () -> {
			UUID id = agenda.add(meetingId, form);
			redirect.addFlashAttribute("flash", "common.saved");
			return "redirect:/meetings/" + meetingId + "#item-" + id;
		}, () -> form(model, meeting, null));
	}

	@GetMapping("/items/{id}/edit")
	String edit(@PathVariable UUID id, Model model) {
		AgendaItem item = agenda.item(id);
		model.addAttribute("form", AgendaItemForm.of(item));
		model.addAttribute("documentForm", new ItemDocumentForm(null, null, Access.PUBLIC, null, null, null));
		return form(model, meetings.meeting(item.meetingId()), item);
	}

	@PostMapping("/items/{id}")
	String update(@PathVariable UUID id, @Valid @ModelAttribute("form") AgendaItemForm form, BindingResult errors,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		AgendaItem item = agenda.item(id);
		try {
			return Forms.submit(errors, response, () -> {
				agenda.update(id, form);
				redirect.addFlashAttribute("flash", "common.saved");
				return "redirect:/meetings/" + item.meetingId();
			}, () -> {
				model.addAttribute("documentForm", new ItemDocumentForm(null, null, Access.PUBLIC, null, null, null));
				return form(model, meetings.meeting(item.meetingId()), item);
			});
		}
		catch (EditConflict conflict) {
			errors.reject("error.conflict");
			AgendaItem current = agenda.item(id);
			model.addAttribute("current", current);
			model.addAttribute("currentPresenter",
					current.presenterText() != null ? current.presenterText()
							: current.presenterPersonId() == null ? null
									: registry.person(cluster.id(), current.presenterPersonId())
										.map(PersonRef::name)
										.orElse(null));
			// the form keeps the user's input; saving again takes the saved version
			// as its base
			AgendaItemForm rebased = withVersion(form, current.version());
			BindingResult fresh = new BeanPropertyBindingResult(rebased, "form");
			fresh.reject("error.conflict");
			model.addAttribute("form", rebased);
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", fresh);
			model.addAttribute("documentForm", new ItemDocumentForm(null, null, Access.PUBLIC, null, null, null));
			response.setStatus(409);
			return form(model, meetings.meeting(item.meetingId()), item);
		}
	}

	@PostMapping("/items/{id}/move")
	String move(@PathVariable UUID id, @RequestParam int direction) {
		AgendaItem item = agenda.item(id);
		agenda.move(id, direction);
		return "redirect:/meetings/" + item.meetingId() + "/items/order";
	}

	@GetMapping("/meetings/{meetingId}/items/order")
	String order(@PathVariable UUID meetingId, Model model) {
		model.addAttribute("meeting", meetings.meeting(meetingId));
		model.addAttribute("items", agenda.items(meetingId).stream().filter(i -> !i.isSubItem()).toList());
		return "meeting/order";
	}

	/**
	 * Drag and drop sends the whole new order at once (htmx swaps the list); without
	 * JavaScript the order form posts the same ids: Post/Redirect/Get back to the order
	 * page.
	 */
	@PostMapping("/meetings/{meetingId}/items/order")
	String reorder(@PathVariable UUID meetingId, @RequestParam("item") List<UUID> order, Model model, HtmxRequest htmx,
			RedirectAttributes redirect) {
		agenda.reorder(meetingId, null, order);
		if (!htmx.isHtmxRequest()) {
			redirect.addFlashAttribute("flash", "common.saved");
			return "redirect:/meetings/" + meetingId + "/items/order";
		}
		model.addAttribute("meeting", meetings.meeting(meetingId));
		model.addAttribute("items", agenda.items(meetingId).stream().filter(i -> !i.isSubItem()).toList());
		return "meeting/order :: list";
	}

	@PostMapping("/items/{id}/delete")
	String delete(@PathVariable UUID id, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		AgendaItem item = agenda.item(id);
		return Forms.submit(response, () -> {
			agenda.delete(id);
			redirect.addFlashAttribute("flash", "common.deleted");
			return "redirect:/meetings/" + item.meetingId();
		}, violation -> {
			AgendaItemForm form = AgendaItemForm.of(item);
			BindingResult errors = new BeanPropertyBindingResult(form, "form");
			violation.applyTo(errors);
			model.addAttribute("form", form);
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
			model.addAttribute("documentForm", new ItemDocumentForm(null, null, Access.PUBLIC, null, null, null));
			return form(model, meetings.meeting(item.meetingId()), item);
		});
	}

	@PostMapping("/items/{id}/documents")
	String addDocument(@PathVariable UUID id, @Valid @ModelAttribute("documentForm") ItemDocumentForm form,
			BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		AgendaItem item = agenda.item(id);
		return Forms.submit(errors, response, () -> {
			agenda.addDocument(id, form);
			redirect.addFlashAttribute("flash", "common.saved");
			return "redirect:/items/" + id + "/edit";
		}, () -> {
			model.addAttribute("form", AgendaItemForm.of(item));
			return form(model, meetings.meeting(item.meetingId()), item);
		});
	}

	@PostMapping("/documents/{id}/delete")
	String deleteDocument(@PathVariable UUID id, @RequestParam UUID itemId, RedirectAttributes redirect) {
		agenda.deleteDocument(id);
		redirect.addFlashAttribute("flash", "common.deleted");
		return "redirect:/items/" + itemId + "/edit";
	}

	private static AgendaItemForm withVersion(AgendaItemForm f, int version) {
		return new AgendaItemForm(f.parentId(), f.type(), f.title(), f.presenterPersonId(), f.presenterText(),
				f.proposedDecision(), f.priorHandling(), f.plannedMinutes(), f.raisedAtMeeting(), f.access(),
				f.exemptionBasis(), f.publicTitle(), f.exemptionEnds(), version);
	}

	private String form(Model model, Meeting meeting, AgendaItem item) {
		model.addAttribute("meeting", meeting);
		model.addAttribute("item", item);
		model.addAttribute("bodyName", meetings.bodyName(meeting));
		model.addAttribute("people", registry.people(cluster.id()));
		model.addAttribute("types", AgendaItemType.values());
		model.addAttribute("accesses", Access.values());
		model.addAttribute("parents",
				agenda.items(meeting.id())
					.stream()
					.filter(i -> !i.isSubItem() && (item == null || !i.id().equals(item.id())))
					.toList());
		if (item != null) {
			model.addAttribute("documents",
					agenda.documents(meeting.id()).stream().filter(d -> d.itemId().equals(item.id())).toList());
		}
		return "meeting/item-form";
	}

}
