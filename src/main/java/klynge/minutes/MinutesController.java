package klynge.minutes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import klynge.meeting.Agenda;
import klynge.meeting.AgendaItem;
import klynge.meeting.Meeting;
import klynge.meeting.Meetings;
import klynge.shared.EditConflict;
import klynge.shared.Forms;
import klynge.shared.NotFoundException;
import klynge.shared.RuleViolation;
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

/**
 * Minutes pages: writing an item's minutes, sending, commenting, approving, amending and
 * versions.
 */
@Controller
class MinutesController {

	private final MinutesService minutes;

	private final MinutesEditing editing;

	private final MinutesWorkflow workflow;

	private final MinutesComments comments;

	private final MinutesVersions versions;

	private final Agenda agenda;

	private final Meetings meetings;

	private final ReferenceLinks links;

	private final MinutesPage page;

	MinutesController(MinutesService minutes, MinutesEditing editing, MinutesWorkflow workflow,
			MinutesComments comments, MinutesVersions versions, Agenda agenda, Meetings meetings, ReferenceLinks links,
			MinutesPage page) {
		this.page = page;
		this.minutes = minutes;
		this.editing = editing;
		this.workflow = workflow;
		this.comments = comments;
		this.versions = versions;
		this.agenda = agenda;
		this.meetings = meetings;
		this.links = links;
	}

	// --- one item's minutes
	// ------------------------------------------------------------------------

	@GetMapping("/items/{itemId}/minutes/edit")
	String edit(@PathVariable UUID itemId, Model model) {
		AgendaItem item = agenda.item(itemId);
		minutes.ofMeeting(item.meetingId()).ifPresent(Minutes::requireEditable);
		model.addAttribute("form", ItemMinutesForm.of(minutes.itemMinutes(itemId).orElse(null)));
		return editPage(model, item);
	}

	/**
	 * Saves an item's minutes. From the one-page editor with htmx (autosave) the answer
	 * is the item's save state only ({@link #autosaved}); without htmx, Post/Redirect/Get
	 * back to where the form was (the meeting, or the one-page editor with
	 * {@code onePage}). {@code resolvedVersion}: after a conflict the user chose to keep
	 * their text over the version they were shown.
	 */
	@PostMapping("/items/{itemId}/minutes")
	String save(@PathVariable UUID itemId, @Valid @ModelAttribute("form") ItemMinutesForm form, BindingResult errors,
			@RequestParam(required = false) Integer resolvedVersion,
			@RequestParam(defaultValue = "false") boolean onePage, Model model, HttpServletResponse response,
			RedirectAttributes redirect, HtmxRequest htmx) {
		AgendaItem item = agenda.item(itemId);
		ItemMinutesForm typed = resolvedVersion == null ? form : form.withVersion(resolvedVersion);
		if (htmx.isHtmxRequest() && onePage) {
			return autosaved(item, typed, errors, model, response);
		}
		try {
			return Forms.submit(errors, response, () -> {
				editing.save(itemId, typed);
				redirect.addFlashAttribute("flash", "common.saved");
				return onePage ? "redirect:/meetings/" + item.meetingId() + "/minutes/edit#minutes-item-" + itemId
						: "redirect:/meetings/" + item.meetingId() + "#" + anchor(item);
			}, () -> editPage(model, item));
		}
		catch (EditConflict conflict) {
			ItemMinutes saved = minutes.itemMinutes(itemId).orElseThrow();
			errors.reject("minutes.conflict");
			model.addAttribute("saved", saved);
			model.addAttribute("theirs", form);
			// their text stays in the form; saving again replaces the version shown
			// beside it
			model.addAttribute("form", ItemMinutesForm.of(new ItemMinutes(null, null, itemId, form.notes(),
					form.feedbackHeading(), form.feedback(), form.decision(), 0), saved.version()));
			response.setStatus(409);
			return editPage(model, item);
		}
	}

	/**
	 * An autosave's answer: the new version and "Lagret kl. HH:MM"; or, never
	 * overwriting, the refusal (422) or the other version beside the typed text (409).
	 * The typed text stays in the fields: the answer swaps only the state, out of band.
	 */
	private String autosaved(AgendaItem item, ItemMinutesForm form, BindingResult errors, Model model,
			HttpServletResponse response) {
		model.addAttribute("itemId", item.id());
		model.addAttribute("meetingId", item.meetingId());
		if (errors.hasErrors()) {
			String field = errors.getFieldError() == null ? "" : errors.getFieldError().getField();
			if (java.util.Set.of("notes", "feedbackHeading", "feedback", "decision").contains(field)) {
				model.addAttribute("refusal", "minutes.autosave.tooLong");
				model.addAttribute("refusedField", "minutes." + field);
			}
			else {
				model.addAttribute("refusal", "error.validation");
			}
			response.setStatus(422);
			return "minutes/page-item :: state";
		}
		try {
			editing.save(item.id(), form);
			model.addAttribute("version", minutes.itemMinutes(item.id()).map(ItemMinutes::version).orElse(0));
			model.addAttribute("savedAt", page.savedAt());
			return "minutes/page-item :: state";
		}
		catch (RuleViolation violation) {
			model.addAttribute("refusal", violation.messageKey());
			response.setStatus(422);
			return "minutes/page-item :: state";
		}
		catch (EditConflict conflict) {
			model.addAttribute("saved", minutes.itemMinutes(item.id()).orElseThrow());
			response.setStatus(409);
			return "minutes/page-item :: state";
		}
	}

	private String editPage(Model model, AgendaItem item) {
		Meeting meeting = meetings.meeting(item.meetingId());
		model.addAttribute("item", item);
		model.addAttribute("meeting", meeting);
		model.addAttribute("bodyName", meetings.bodyName(meeting));
		model.addAttribute("label", label(item));
		return "minutes/edit";
	}

	// --- workflow
	// ----------------------------------------------------------------------------------

	@PostMapping("/minutes/{id}/send")
	String send(@PathVariable UUID id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Minutes m = minutes.minutes(id);
		return Forms.submit(response, () -> {
			workflow.sendForComments(id, deadline);
			redirect.addFlashAttribute("flash", "minutes.sent");
			return "redirect:/meetings/" + m.meetingId();
		}, violation -> {
			model.addAttribute("minutes", m);
			model.addAttribute("meeting", meetings.meeting(m.meetingId()));
			model.addAttribute("deadline", deadline);
			model.addAttribute("deadlineError", violation.messageKey());
			return "minutes/send";
		});
	}

	@GetMapping("/minutes/{id}/send")
	String sendForm(@PathVariable UUID id, Model model) {
		Minutes m = minutes.minutes(id);
		model.addAttribute("minutes", m);
		model.addAttribute("meeting", meetings.meeting(m.meetingId()));
		return "minutes/send";
	}

	/**
	 * "Godkjenn" asks first, showing what will be approved and locked (and, before the
	 * comment deadline, that comments are cut short); the confirming form posts
	 * {@code confirm=true}, which the service keeps as "approved before the deadline"
	 * where that applies.
	 */
	@PostMapping("/minutes/{id}/approve")
	String approveByChair(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean confirm, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Minutes m = minutes.minutes(id);
		return Forms.submit(response, () -> {
			if (!confirm) {
				workflow.requireApprovableByChair(id);
				return approveConfirm(m, null, null, model);
			}
			workflow.approveByChair(id, true);
			redirect.addFlashAttribute("flash", "minutes.approved");
			return "redirect:/meetings/" + m.meetingId();
		}, violation -> approveConfirm(m, null, violation, model));
	}

	@PostMapping("/minutes/{id}/approve-by-item")
	String approveByItem(@PathVariable UUID id, @RequestParam UUID itemId,
			@RequestParam(defaultValue = "false") boolean confirm, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		AgendaItem item = agenda.item(itemId);
		Minutes m = minutes.minutes(id);
		return Forms.submit(response, () -> {
			if (!confirm) {
				workflow.requireApprovableByItem(id, itemId);
				return approveConfirm(m, item, null, model);
			}
			workflow.approveByItem(id, itemId);
			redirect.addFlashAttribute("flash", "minutes.approved");
			return "redirect:/meetings/" + item.meetingId() + "#" + anchor(item);
		}, violation -> approveConfirm(m, item, violation, model));
	}

	/**
	 * The confirmation step: what will be approved, by whom, and any refusal where the
	 * button is.
	 */
	private String approveConfirm(Minutes m, AgendaItem byItem, RuleViolation error, Model model) {
		Meeting meeting = meetings.meeting(m.meetingId());
		model.addAttribute("minutes", m);
		model.addAttribute("meeting", meeting);
		model.addAttribute("bodyName", meetings.bodyName(meeting));
		model.addAttribute("byItem", byItem);
		model.addAttribute("byMeeting", byItem == null ? null : meetings.meeting(byItem.meetingId()));
		model.addAttribute("early", byItem == null && m.commentsStillOpen(minutes.today()));
		model.addAttribute("items",
				minutes.items(m.id()).stream().filter(i -> !i.isEmpty()).map(i -> agenda.item(i.itemId())).toList());
		model.addAttribute("error", error);
		return "minutes/approve-confirm";
	}

	@PostMapping("/minutes/{id}/comments")
	String comment(@PathVariable UUID id, @RequestParam(required = false) UUID itemId,
			@RequestParam(required = false) String text, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Minutes m = minutes.minutes(id);
		return Forms.submit(response, () -> {
			boolean late = comments.comment(id, itemId, text);
			redirect.addFlashAttribute("flash", late ? "minutes.comment.addedLate" : "minutes.comment.added");
			return "redirect:/meetings/" + m.meetingId();
		}, violation -> {
			model.addAttribute("minutes", m);
			model.addAttribute("meeting", meetings.meeting(m.meetingId()));
			model.addAttribute("itemId", itemId);
			model.addAttribute("text", text);
			model.addAttribute("textError", violation.messageKey());
			return "minutes/comment";
		});
	}

	// --- amendments
	// --------------------------------------------------------------------------------

	@GetMapping("/minutes/{id}/amend")
	String amendForm(@PathVariable UUID id, @RequestParam UUID itemId, Model model) {
		Minutes m = minutes.minutes(id);
		m.requireApproved();
		AgendaItem item = itemOf(m, itemId);
		model.addAttribute("form", AmendmentForm.of(minutes.itemMinutes(itemId).orElse(null)));
		return amendPage(model, m, item);
	}

	@PostMapping("/minutes/{id}/amend")
	String amend(@PathVariable UUID id, @RequestParam UUID itemId, @Valid @ModelAttribute("form") AmendmentForm form,
			BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Minutes m = minutes.minutes(id);
		AgendaItem item = itemOf(m, itemId);
		try {
			return Forms.submit(errors, response, () -> {
				int number = editing.amend(id, itemId, form.toItemForm(), form.reason());
				redirect.addFlashAttribute("flash", "minutes.amended");
				return "redirect:/minutes/" + id + "/versions/" + number;
			}, () -> amendPage(model, m, item));
		}
		catch (EditConflict conflict) {
			errors.reject("minutes.conflict");
			model.addAttribute("saved", minutes.itemMinutes(itemId).orElseThrow());
			response.setStatus(409);
			return amendPage(model, m, item);
		}
	}

	private String amendPage(Model model, Minutes m, AgendaItem item) {
		Meeting meeting = meetings.meeting(m.meetingId());
		model.addAttribute("minutes", m);
		model.addAttribute("item", item);
		model.addAttribute("meeting", meeting);
		model.addAttribute("bodyName", meetings.bodyName(meeting));
		model.addAttribute("label", label(item));
		return "minutes/amend";
	}

	// --- versions
	// ----------------------------------------------------------------------------------

	@GetMapping("/minutes/{id}/versions")
	String versions(@PathVariable UUID id, Model model) {
		Minutes m = minutes.visibleMinutes(id);
		model.addAttribute("minutes", m);
		model.addAttribute("versions", versions.versions(id));
		header(model, m);
		return "minutes/versions";
	}

	@GetMapping("/minutes/{id}/versions/{number}")
	String version(@PathVariable UUID id, @PathVariable int number, Model model) {
		Minutes m = minutes.visibleMinutes(id);
		MinutesVersion version = versions.version(id, number);
		Meeting meeting = meetings.meeting(m.meetingId());
		MinutesMarkdown.Resolver resolver = links.resolverFor(meeting.bodyId(), minutes.viewerOf(m));
		model.addAttribute("minutes", m);
		model.addAttribute("version", version);
		model.addAttribute("notes",
				version.items()
					.stream()
					.map(item -> new RenderedItem(item, MinutesMarkdown.render(item.notes(), resolver),
							MinutesMarkdown.renderBullets(item.feedbackLines(), resolver)))
					.toList());
		header(model, m);
		return "minutes/version";
	}

	/** A kept item with its notes and feedback rendered to safe HTML. */
	record RenderedItem(SnapshotItem item, String notesHtml, String feedbackHtml) {
	}

	@GetMapping("/minutes/{id}/versions/compare")
	String compare(@PathVariable UUID id, @RequestParam int a, @RequestParam int b, Model model) {
		Minutes m = minutes.visibleMinutes(id);
		model.addAttribute("minutes", m);
		model.addAttribute("comparison", versions.compare(id, a, b));
		header(model, m);
		return "minutes/compare";
	}

	private void header(Model model, Minutes m) {
		Meeting meeting = meetings.meeting(m.meetingId());
		model.addAttribute("meeting", meeting);
		model.addAttribute("bodyName", meetings.bodyName(meeting));
	}

	// --- unresolved references
	// -----------------------------------------------------------------------

	/** A case reference in some minutes that points to no item. */
	record Unresolved(UUID meetingId, String bodyName, LocalDate meetingDate, String itemLabel, String itemTitle,
			String reference, String field) {
	}

	@GetMapping("/minutes/unresolved-references")
	String unresolved(Model model) {
		List<Unresolved> rows = new ArrayList<>();
		for (ItemMinutes im : minutes.allItemMinutes()) {
			AgendaItem item = agenda.item(im.itemId());
			Meeting meeting = meetings.meeting(item.meetingId());
			String bodyName = meetings.bodyName(meeting);
			String[][] fields = { { "notes", im.notes() }, { "feedback", im.feedback() },
					{ "decision", im.decision() } };
			for (String[] field : fields) {
				for (CaseReferences.Reference reference : links.unresolved(item.bodyId(), field[1])) {
					rows.add(new Unresolved(meeting.id(), bodyName, meeting.meetingDate(), label(item), item.title(),
							reference.text(), field[0]));
				}
			}
		}
		rows.sort(Comparator.comparing(Unresolved::meetingDate).reversed());
		model.addAttribute("rows", rows);
		return "minutes/unresolved";
	}

	private AgendaItem itemOf(Minutes m, UUID itemId) {
		AgendaItem item = agenda.item(itemId);
		if (!item.meetingId().equals(m.meetingId())) {
			throw new NotFoundException("item", itemId);
		}
		return item;
	}

	private String label(AgendaItem item) {
		if (item.caseNumber() != null) {
			return item.caseNumber().toString();
		}
		AgendaItem parent = agenda.item(item.parentId());
		return parent.caseNumber() + " " + item.title();
	}

	private String anchor(AgendaItem item) {
		return "sak-" + (item.caseNumber() != null ? item.caseNumber() : agenda.item(item.parentId()).caseNumber());
	}

}
