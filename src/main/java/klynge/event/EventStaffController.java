package klynge.event;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import klynge.shared.Csv;
import klynge.shared.RuleViolation;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff pages of events: the list with numbers, the event's edit page (the event, its
 * days and sessions, co-organisers and questions), the participant list with its exports,
 * and the check-in list for a phone at the door.
 */
@Controller
class EventStaffController {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final Events events;

	private final EventExports exports;

	EventStaffController(Events events, EventExports exports) {
		this.events = events;
		this.exports = exports;
	}

	@GetMapping("/events")
	String list(Model model) {
		model.addAttribute("rows", events.all());
		model.addAttribute("zone", events.zone());
		return "event/staff-list";
	}

	@GetMapping("/events/new")
	String newEvent(Model model) {
		model.addAttribute("form", EventForm.empty());
		model.addAttribute("errors", Map.of());
		return "event/new";
	}

	@PostMapping("/events")
	String create(@ModelAttribute EventForm form, HttpServletResponse response, Model model) {
		try {
			return "redirect:/events/" + events.create(form);
		}
		catch (Refused refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("form", form);
			model.addAttribute("errors", refused.errors());
			return "event/new";
		}
	}

	@GetMapping("/events/{id}")
	String edit(@PathVariable UUID id, Model model) {
		return editPage(id, null, Map.of(), model);
	}

	private String editPage(UUID id, EventForm form, Map<String, String> errors, Model model) {
		EventPage page = events.staffPage(id);
		model.addAttribute("page", page);
		model.addAttribute("event", page.event());
		model.addAttribute("form", form != null ? form : EventForm.of(page.event(), events.zone()));
		model.addAttribute("errors", errors);
		model.addAttribute("organisations", events.organisationChoices());
		return "event/edit";
	}

	@PostMapping("/events/{id}")
	String update(@PathVariable UUID id, @ModelAttribute EventForm form, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		try {
			events.update(id, form);
		}
		catch (Refused refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return editPage(id, form, refused.errors(), model);
		}
		redirect.addFlashAttribute("flash", "event.saved");
		return "redirect:/events/" + id;
	}

	/**
	 * Runs a change of the edit page; a refusal shows the page again with its message.
	 */
	private String change(UUID id, Runnable work, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		try {
			work.run();
		}
		catch (Refused refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return editPage(id, null, refused.errors(), model);
		}
		catch (RuleViolation violation) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return editPage(id, null, Map.of("page", violation.messageKey()), model);
		}
		redirect.addFlashAttribute("flash", "event.saved");
		return "redirect:/events/" + id;
	}

	@PostMapping("/events/{id}/days")
	String addDay(@PathVariable UUID id, @RequestParam(required = false) String day,
			@RequestParam(required = false) String theme, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		return change(id, () -> events.addDay(id, day, theme), response, model, redirect);
	}

	@PostMapping("/events/{id}/days/{dayId}/delete")
	String deleteDay(@PathVariable UUID id, @PathVariable UUID dayId, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		return change(id, () -> events.deleteDay(id, dayId), response, model, redirect);
	}

	@PostMapping("/events/{id}/sessions")
	String addSession(@PathVariable UUID id, @ModelAttribute Events.SessionForm form, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		return change(id, () -> events.addSession(id, form), response, model, redirect);
	}

	@PostMapping("/events/{id}/sessions/{sessionId}")
	String updateSession(@PathVariable UUID id, @PathVariable UUID sessionId, @ModelAttribute Events.SessionForm form,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		return change(id, () -> events.updateSession(id, sessionId, form), response, model, redirect);
	}

	@PostMapping("/events/{id}/sessions/{sessionId}/delete")
	String deleteSession(@PathVariable UUID id, @PathVariable UUID sessionId, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		return change(id, () -> events.deleteSession(id, sessionId), response, model, redirect);
	}

	@PostMapping("/events/{id}/questions")
	String addQuestion(@PathVariable UUID id, @RequestParam(required = false) String questionText,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String choices,
			@RequestParam(defaultValue = "false") boolean required, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		return change(id, () -> events.addQuestion(id, questionText, kind, choices, required), response, model,
				redirect);
	}

	@PostMapping("/events/{id}/questions/{questionId}/delete")
	String deleteQuestion(@PathVariable UUID id, @PathVariable UUID questionId, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		return change(id, () -> events.deleteQuestion(id, questionId), response, model, redirect);
	}

	@PostMapping("/events/{id}/organisers")
	String addOrganiser(@PathVariable UUID id, @RequestParam(required = false) UUID organisationId,
			@RequestParam(required = false) String organiserName, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		return change(id, () -> events.addOrganiser(id, organisationId, organiserName), response, model, redirect);
	}

	@PostMapping("/events/{id}/organisers/{organiserId}/delete")
	String deleteOrganiser(@PathVariable UUID id, @PathVariable UUID organiserId, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		return change(id, () -> events.deleteOrganiser(id, organiserId), response, model, redirect);
	}

	@GetMapping("/events/{id}/participants")
	String participants(@PathVariable UUID id, Model model) {
		EventPage page = events.staffPage(id);
		model.addAttribute("page", page);
		model.addAttribute("event", page.event());
		model.addAttribute("registrations", events.registrations(id));
		model.addAttribute("zone", events.zone());
		return "event/participants";
	}

	@GetMapping("/events/{id}/participants.csv")
	ResponseEntity<byte[]> csv(@PathVariable UUID id, Locale locale) {
		EventPage page = events.staffPage(id);
		byte[] body = exports.csv(exports.rows(page, events.registrations(id), events.zone(), locale));
		return download(body, Csv.MEDIA_TYPE, exports.fileName(page.event(), "csv"));
	}

	@GetMapping("/events/{id}/participants.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable UUID id, Locale locale) {
		EventPage page = events.staffPage(id);
		byte[] body = exports.xlsx(exports.rows(page, events.registrations(id), events.zone(), locale),
				exports.sheetName(locale));
		return download(body, XLSX, exports.fileName(page.event(), "xlsx"));
	}

	private static ResponseEntity<byte[]> download(byte[] body, String type, String fileName) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(type))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName).build().toString())
			.body(body);
	}

	@GetMapping("/events/{id}/check-in")
	String checkIn(@PathVariable UUID id, @RequestParam(required = false) String q, Model model) {
		EventPage page = events.staffPage(id);
		model.addAttribute("page", page);
		model.addAttribute("event", page.event());
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("participants", events.checkInList(id, q));
		return "event/check-in";
	}

	/** htmx: the toggled row only; without htmx, back to the list. */
	@PostMapping("/events/{id}/check-in/{registrationId}")
	String toggle(@PathVariable UUID id, @PathVariable UUID registrationId, @RequestParam(required = false) String q,
			HtmxRequest htmx, Model model) {
		Registration registration = events.toggleCheckIn(id, registrationId);
		if (htmx.isHtmxRequest()) {
			model.addAttribute("event", events.get(id));
			model.addAttribute("p", registration);
			return "event/check-in-row :: row";
		}
		return "redirect:/events/" + id + "/check-in" + (q == null || q.isBlank() ? ""
				: "?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8));
	}

}
