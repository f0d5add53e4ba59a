package klynge.event;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The public event pages: the list, an event with its program and the registration form,
 * and the cancellation link. A refused registration comes back with what was typed and a
 * message beside each field (422).
 */
@Controller
class EventController {

	private final Events events;

	EventController(Events events) {
		this.events = events;
	}

	@GetMapping("/arrangementer")
	String list(Model model) {
		model.addAttribute("events", events.visible());
		model.addAttribute("zone", events.zone());
		return "event/list";
	}

	@GetMapping("/arrangementer/{slug}")
	String page(@PathVariable String slug, Model model) {
		return page(events.page(slug), RegistrationForm.empty(), Map.of(), model);
	}

	@PostMapping("/arrangementer/{slug}/pamelding")
	String register(@PathVariable String slug, @RequestParam Map<String, String> params, Locale locale,
			HttpServletResponse response, Model model) {
		EventPage page = events.page(slug);
		RegistrationForm form = RegistrationForm.of(params, page.questions());
		try {
			Events.Registered registered = events.register(slug, form, locale);
			model.addAttribute("event", page.event());
			model.addAttribute("registered", registered);
			return "event/registered";
		}
		catch (Refused refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(events.page(slug), form, refused.errors(), model);
		}
	}

	private String page(EventPage page, RegistrationForm form, Map<String, String> errors, Model model) {
		model.addAttribute("page", page);
		model.addAttribute("event", page.event());
		model.addAttribute("zone", events.zone());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "event/page";
	}

	@GetMapping("/arrangementer/avmelding/{token}")
	String cancellation(@PathVariable String token, Model model) {
		Events.Cancellation cancellation = events.cancellation(token);
		model.addAttribute("event", cancellation.event());
		model.addAttribute("registration", cancellation.registration());
		model.addAttribute("token", token);
		model.addAttribute("zone", events.zone());
		return "event/cancel";
	}

	@PostMapping("/arrangementer/avmelding/{token}")
	String cancel(@PathVariable String token, Model model) {
		Events.Cancellation cancellation = events.cancellation(token);
		events.cancel(token);
		model.addAttribute("event", cancellation.event());
		return "event/cancelled";
	}

	@ExceptionHandler(LinkGone.class)
	@ResponseStatus(HttpStatus.GONE)
	String gone() {
		return "event/gone";
	}

}
