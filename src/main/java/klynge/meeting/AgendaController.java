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

	private final AgendaEditing editing;

	private final ItemFiles files;

	private final AgendaTemplates templates;

	AgendaController(Agenda agenda, Meetings meetings, OrganisationDirectory registry, CurrentCluster cluster,
			AgendaEditing editing, ItemFiles files, AgendaTemplates templates) {
		this.agenda = agenda;
		this.meetings = meetings;
		this.registry = registry;
		this.cluster = cluster;
		this.editing = editing;
		this.files = files;
		this.templates = templates;
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
			@RequestParam(defaultValue = "false") boolean inline, Model model, HttpServletResponse response,
			HtmxRequest htmx, RedirectAttributes redirect) {
		Meeting meeting = meetings.meeting(meetingId);
		return Forms.submit(errors, response, () -> {
			UUID id = agenda.add(meetingId, form);
			if (inline) {
				return onPage(htmx, model, redirect, meetingId, "item.added", form.title(), id);
			}
			redirect.addFlashAttribute("flash", "common.saved");
			return "redirect:/meetings/" + meetingId + "#item-" + id;
		}, () -> inline ? editing.page(model, meetingId, null) : form(model, meeting, null));
	}

	/**
	 * The agenda's actions on the meeting page end on the page again (Post/Redirect/Get;
	 * htmx follows the redirect and swaps the agenda), the live region saying what
	 * happened and the focus on the item acted on.
	 */
	private String onPage(HtmxRequest htmx, Model model, RedirectAttributes redirect, UUID meetingId, String statusKey,
			String title, UUID focus) {
		if (htmx.isHtmxRequest()) {
			// htmx: the page at once (no redirect to follow), the form empty again
			model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "form");
			model.addAttribute("form", AgendaItemForm.empty());
			model.addAttribute("agendaStatus", statusKey);
			model.addAttribute("agendaStatusArg", title);
			model.addAttribute("agendaFocus", focus == null ? null : focus.toString());
			model.addAllAttributes(redirect.getFlashAttributes());
			return editing.page(model, meetingId, null);
		}
		redirect.addFlashAttribute("agendaStatus", statusKey);
		redirect.addFlashAttribute("agendaStatusArg", title);
		if (focus != null) {
			redirect.addFlashAttribute("agendaFocus", focus.toString());
		}
		return "redirect:/meetings/" + meetingId + "#agenda-editor";
	}

	/** "Bruk mal": the body's recurring items added to the agenda in one step. */
	@PostMapping("/meetings/{meetingId}/template")
	String useTemplate(@PathVariable UUID meetingId, Model model, HttpServletResponse response, HtmxRequest htmx,
			RedirectAttributes redirect) {
		meetings.meeting(meetingId);
		return Forms.submit(response, () -> {
			int added = templates.apply(meetingId);
			return onPage(htmx, model, redirect, meetingId, "template.applied", String.valueOf(added), null);
		}, violation -> {
			model.addAttribute("actionError", violation);
			return editing.page(model, meetingId, null);
		});
	}

	/** An uploaded file as a document of the item, from the meeting page. */
	@PostMapping("/items/{id}/files")
	String upload(@PathVariable UUID id, @RequestParam(required = false) String title,
			@RequestParam(required = false) Access access, @RequestParam(required = false) String exemptionBasis,
			@RequestParam(required = false) org.springframework.web.multipart.MultipartFile file, Model model,
			HttpServletResponse response, HtmxRequest htmx, RedirectAttributes redirect) {
		AgendaItem item = agenda.item(id);
		return Forms.submit(response, () -> {
			files.upload(id, title, access, exemptionBasis, file);
			return onPage(htmx, model, redirect, item.meetingId(), "document.uploaded", item.title(), id);
		}, violation -> {
			model.addAttribute("uploadError", violation);
			model.addAttribute("uploadItem", id);
			return editing.page(model, item.meetingId(), id);
		});
	}

	/** The file of an uploaded document, to those who may see it (else 404). */
	@GetMapping("/item-files/{id}")
	org.springframework.http.ResponseEntity<byte[]> download(@PathVariable UUID id) {
		ItemFiles.StoredFile file = files.download(id);
		return org.springframework.http.ResponseEntity.ok()
			.contentType(org.springframework.http.MediaType.parseMediaType(file.contentType()))
			.header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
					org.springframework.http.ContentDisposition.attachment()
						.filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.header(org.springframework.http.HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(file.content());
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
			@RequestParam(defaultValue = "false") boolean inline, Model model, HttpServletResponse response,
			HtmxRequest htmx, RedirectAttributes redirect) {
		AgendaItem item = agenda.item(id);
		try {
			return Forms.submit(errors, response, () -> {
				agenda.update(id, form);
				if (inline) {
					return onPage(htmx, model, redirect, item.meetingId(), "item.updated", form.title(), id);
				}
				redirect.addFlashAttribute("flash", "common.saved");
				return "redirect:/meetings/" + item.meetingId();
			}, () -> {
				if (inline) {
					return editing.page(model, item.meetingId(), id);
				}
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
			if (inline) {
				return editing.page(model, item.meetingId(), id);
			}
			return form(model, meetings.meeting(item.meetingId()), item);
		}
	}

	@PostMapping("/items/{id}/move")
	String move(@PathVariable UUID id, @RequestParam int direction,
			@RequestParam(defaultValue = "false") boolean inline, HtmxRequest htmx, Model model,
			RedirectAttributes redirect) {
		AgendaItem item = agenda.item(id);
		agenda.move(id, direction);
		if (inline) {
			AgendaItem moved = agenda.item(id);
			redirect.addFlashAttribute("agendaFocusDirection", direction < 0 ? "up" : "down");
			return onPage(htmx, model, redirect, item.meetingId(), direction < 0 ? "item.movedUp" : "item.movedDown",
					moved.title() + (moved.caseNumber() == null ? "" : " (" + moved.caseNumber() + ")"), id);
		}
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
	String reorder(@PathVariable UUID meetingId, @RequestParam("item") List<UUID> order,
			@RequestParam(defaultValue = "false") boolean inline, Model model, HtmxRequest htmx,
			RedirectAttributes redirect) {
		agenda.reorder(meetingId, null, order);
		if (inline) {
			return onPage(htmx, model, redirect, meetingId, "item.reordered", "", null);
		}
		if (!htmx.isHtmxRequest()) {
			redirect.addFlashAttribute("flash", "common.saved");
			return "redirect:/meetings/" + meetingId + "/items/order";
		}
		model.addAttribute("meeting", meetings.meeting(meetingId));
		model.addAttribute("items", agenda.items(meetingId).stream().filter(i -> !i.isSubItem()).toList());
		return "meeting/order :: list";
	}

	@PostMapping("/items/{id}/delete")
	String delete(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean inline, Model model,
			HttpServletResponse response, HtmxRequest htmx, RedirectAttributes redirect) {
		AgendaItem item = agenda.item(id);
		return Forms.submit(response, () -> {
			agenda.delete(id);
			if (inline) {
				return onPage(htmx, model, redirect, item.meetingId(), "item.deleted", item.title(), null);
			}
			redirect.addFlashAttribute("flash", "common.deleted");
			return "redirect:/meetings/" + item.meetingId();
		}, violation -> {
			if (inline) {
				model.addAttribute("actionError", violation);
				return editing.page(model, item.meetingId(), null);
			}
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
			BindingResult errors, @RequestParam(defaultValue = "false") boolean inline, Model model,
			HttpServletResponse response, HtmxRequest htmx, RedirectAttributes redirect) {
		AgendaItem item = agenda.item(id);
		return Forms.submit(errors, response, () -> {
			agenda.addDocument(id, form);
			if (inline) {
				return onPage(htmx, model, redirect, item.meetingId(), "document.added", form.title(), id);
			}
			redirect.addFlashAttribute("flash", "common.saved");
			return "redirect:/items/" + id + "/edit";
		}, () -> {
			if (inline) {
				model.addAttribute("uploadItem", id);
				return editing.page(model, item.meetingId(), id);
			}
			model.addAttribute("form", AgendaItemForm.of(item));
			return form(model, meetings.meeting(item.meetingId()), item);
		});
	}

	@PostMapping("/documents/{id}/delete")
	String deleteDocument(@PathVariable UUID id, @RequestParam UUID itemId,
			@RequestParam(defaultValue = "false") boolean inline, HtmxRequest htmx, Model model,
			RedirectAttributes redirect) {
		agenda.deleteDocument(id);
		if (inline) {
			return onPage(htmx, model, redirect, agenda.item(itemId).meetingId(), "document.deleted", "", itemId);
		}
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
