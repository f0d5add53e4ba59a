package klynge.meeting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import klynge.body.BodyDirectory;
import klynge.cluster.CurrentCluster;
import klynge.shared.EditConflict;
import klynge.shared.Forms;
import klynge.shared.NotFoundException;
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

/**
 * Meeting pages: the calendar, one meeting read like the minutes, and planning and status
 * changes.
 */
@Controller
class MeetingController {

	private final Meetings meetings;

	private final MeetingViews pages;

	private final BodyDirectory bodies;

	private final CurrentCluster cluster;

	private final MeetingQueue queue;

	private final AgendaEditing editing;

	private final AgendaTemplates defaults;

	MeetingController(Meetings meetings, MeetingViews pages, BodyDirectory bodies, CurrentCluster cluster,
			MeetingQueue queue, AgendaEditing editing, AgendaTemplates defaults) {
		this.queue = queue;
		this.meetings = meetings;
		this.pages = pages;
		this.bodies = bodies;
		this.cluster = cluster;
		this.editing = editing;
		this.defaults = defaults;
	}

	/**
	 * "Møter": the list first (coming and recent meetings, or those of a body and year),
	 * the month calendar below it (on a phone an agenda list of the month). An old
	 * meeting is a year link away instead of a month-by-month walk back.
	 */
	@GetMapping("/meetings")
	String calendar(@RequestParam(required = false) String month, @RequestParam(required = false) String body,
			@RequestParam(required = false) String year, Model model) {
		YearMonth shown = parseMonth(month, YearMonth.now(cluster.get().zone()));
		model.addAttribute("month", shown);
		model.addAttribute("calendar", MonthCalendar.of(shown, meetings.between(shown.atDay(1), shown.atEndOfMonth()),
				meeting -> meetings.bodyName(meeting)));
		model.addAttribute("today", LocalDate.now(cluster.get().zone()));
		UUID bodyId = parseBody(body);
		Integer shownYear = parseYear(year);
		model.addAttribute("bodies", bodies.bodies(cluster.id()));
		model.addAttribute("years", queue.years());
		model.addAttribute("filterBody", bodyId);
		model.addAttribute("filterYear", shownYear);
		if (bodyId != null || shownYear != null) {
			model.addAttribute("found", queue.search(bodyId, shownYear, 500));
		}
		else {
			model.addAttribute("upcoming", queue.upcoming(20));
			model.addAttribute("recent", queue.recent(10));
		}
		return "meeting/calendar";
	}

	/** An unknown or malformed body is no filter (the list then shows every body). */
	private UUID parseBody(String body) {
		if (body == null || body.isBlank()) {
			return null;
		}
		try {
			UUID id = UUID.fromString(body.strip());
			return bodies.body(cluster.id(), id).isPresent() ? id : null;
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	private static Integer parseYear(String year) {
		if (year == null || !year.strip().matches("\\d{4}")) {
			return null;
		}
		return Integer.valueOf(year.strip());
	}

	@GetMapping("/bodies/{bodyId}/meetings")
	String ofBody(@PathVariable UUID bodyId, Model model) {
		var body = bodies.body(cluster.id(), bodyId).orElseThrow(() -> new NotFoundException("body", bodyId));
		LocalDate today = LocalDate.now(cluster.get().zone());
		var all = meetings.ofBody(bodyId);
		model.addAttribute("body", body);
		model.addAttribute("upcoming", all.stream().filter(m -> !m.meetingDate().isBefore(today)).toList().reversed());
		model.addAttribute("past", all.stream().filter(m -> m.meetingDate().isBefore(today)).toList());
		model.addAttribute("names", new BodyNames(bodies, cluster.id(), bodyId));
		return "meeting/body-meetings";
	}

	@GetMapping("/meetings/{id}")
	String page(@PathVariable UUID id, @RequestParam(required = false) String edit, Model model) {
		return editing.page(model, id, parseId(edit));
	}

	/** A new meeting starts at the body's usual place, with its Teams link. */
	@GetMapping("/meetings/new")
	String newMeeting(@RequestParam UUID bodyId, Model model) {
		// another cluster's body id: its own empty form, as before (the list offers its
		// own bodies)
		BodyDefaults usual;
		try {
			usual = defaults.of(bodyId);
		}
		catch (NotFoundException foreign) {
			usual = BodyDefaults.NONE;
		}
		model.addAttribute("form", MeetingForm.empty(bodyId, usual));
		return form(model, null);
	}

	/** A body's usual place and Teams link, and its agenda template. */
	@GetMapping("/bodies/{bodyId}/meeting-defaults")
	String bodyDefaults(@PathVariable UUID bodyId, Model model) {
		model.addAttribute("form", BodyDefaultsForm.of(defaults.of(bodyId)));
		return defaultsForm(model, bodyId);
	}

	@PostMapping("/bodies/{bodyId}/meeting-defaults")
	String saveBodyDefaults(@PathVariable UUID bodyId, @Valid @ModelAttribute("form") BodyDefaultsForm form,
			BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		defaults.of(bodyId);
		return Forms.submit(errors, response, () -> {
			defaults.save(bodyId, form);
			redirect.addFlashAttribute("flash", "common.saved");
			return "redirect:/bodies/" + bodyId + "/meeting-defaults";
		}, () -> defaultsForm(model, bodyId));
	}

	private String defaultsForm(Model model, UUID bodyId) {
		model.addAttribute("body", bodies.body(cluster.id(), bodyId).orElseThrow());
		model.addAttribute("types", AgendaItemType.values());
		return "meeting/defaults";
	}

	private static UUID parseId(String id) {
		try {
			return id == null || id.isBlank() ? null : UUID.fromString(id);
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	@PostMapping("/meetings")
	String create(@Valid @ModelAttribute("form") MeetingForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return Forms.submit(errors, response, () -> {
			UUID id = meetings.plan(form);
			redirect.addFlashAttribute("flash", "meeting.planned");
			return "redirect:/meetings/" + id;
		}, () -> form(model, null));
	}

	@GetMapping("/meetings/{id}/edit")
	String edit(@PathVariable UUID id, Model model) {
		Meeting meeting = meetings.meeting(id);
		model.addAttribute("form", MeetingForm.of(meeting));
		return form(model, meeting);
	}

	@PostMapping("/meetings/{id}")
	String update(@PathVariable UUID id, @Valid @ModelAttribute("form") MeetingForm form, BindingResult errors,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Meeting meeting = meetings.meeting(id);
		try {
			return Forms.submit(errors, response, () -> {
				meetings.reschedule(id, form);
				redirect.addFlashAttribute("flash", "common.saved");
				return "redirect:/meetings/" + id;
			}, () -> form(model, meeting));
		}
		catch (EditConflict conflict) {
			errors.reject("error.conflict");
			Meeting current = meetings.meeting(id);
			model.addAttribute("current", current);
			MeetingForm rebased = new MeetingForm(form.bodyId(), form.meetingDate(), form.startsAt(), form.endsAt(),
					form.address(), form.room(), form.floor(), form.onlineUrl(), form.reason(), current.version());
			BindingResult fresh = new BeanPropertyBindingResult(rebased, "form");
			fresh.reject("error.conflict");
			model.addAttribute("form", rebased);
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", fresh);
			response.setStatus(409);
			return form(model, meeting);
		}
	}

	/**
	 * "Send innkalling" and "Marker som gjennomført" before the meeting's date first show
	 * what will happen (who is summoned, the agenda, the warning) and ask again; the
	 * confirming form posts {@code confirm=true}. Works the same with and without htmx:
	 * the answer is a page either way.
	 */
	@PostMapping("/meetings/{id}/status")
	String moveTo(@PathVariable UUID id, @RequestParam MeetingStatus target,
			@RequestParam(defaultValue = "false") boolean confirm, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		boolean early = target == MeetingStatus.HELD && meetings.heldBeforeItsDate(id);
		if (!confirm && (target == MeetingStatus.SUMMONED || early)) {
			return confirmPage(id, target.name(), early, null, model);
		}
		return Forms.submit(response, () -> {
			meetings.moveToByHand(id, target);
			redirect.addFlashAttribute("flash", target.messageKey() + ".done");
			return "redirect:/meetings/" + id;
		}, violation -> {
			model.addAttribute("actionError", violation);
			return editing.page(model, id, null);
		});
	}

	/**
	 * "Avlys": with a reason, shows who will be told and asks again before the meeting is
	 * cancelled.
	 */
	@PostMapping("/meetings/{id}/cancel")
	String cancel(@PathVariable UUID id, @RequestParam(required = false) String reason,
			@RequestParam(defaultValue = "false") boolean confirm, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return Forms.submit(response, () -> {
			if (!confirm) {
				meetings.requireCancellable(id, reason);
				return confirmPage(id, "CANCELLED", false, reason, model);
			}
			meetings.cancel(id, reason);
			redirect.addFlashAttribute("flash", "meeting.cancelled");
			return "redirect:/meetings/" + id;
		}, violation -> {
			model.addAttribute("cancelError", violation.messageKey());
			return editing.page(model, id, null);
		});
	}

	private String confirmPage(UUID id, String action, boolean early, String reason, Model model) {
		MeetingView page = pages.of(id);
		model.addAttribute("page", page);
		model.addAttribute("action", action);
		model.addAttribute("early", early);
		model.addAttribute("reason", reason);
		model.addAttribute("recipients",
				page.attendance().attendees().stream().filter(a -> a.summoned() && a.personId() != null).toList());
		return "meeting/confirm";
	}

	@PostMapping("/meetings/{id}/chair")
	String chair(@PathVariable UUID id, @RequestParam(required = false) UUID chairPersonId,
			RedirectAttributes redirect) {
		meetings.setChair(id, chairPersonId);
		redirect.addFlashAttribute("flash", "common.saved");
		return "redirect:/meetings/" + id;
	}

	private String form(Model model, Meeting meeting) {
		model.addAttribute("meeting", meeting);
		model.addAttribute("bodies", bodies.bodies(cluster.id()));
		return "meeting/form";
	}

	private static YearMonth parseMonth(String month, YearMonth current) {
		try {
			return month == null || month.isBlank() ? current : YearMonth.parse(month);
		}
		catch (DateTimeParseException e) {
			return current;
		}
	}

	/** Lets the body's meeting list name each meeting's body as it was then. */
	record BodyNames(BodyDirectory bodies, UUID clusterId, UUID bodyId) {

		public String on(LocalDate day) {
			return bodies.nameOn(clusterId, bodyId, day);
		}
	}

}
