package klynge.notification;

import klynge.security.CurrentUser;
import klynge.security.LoggedIn;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Min kalender": the personal webcal feed, its secret address, revoking and renewing it.
 */
@Controller
class CalendarController {

	private final CalendarTokens tokens;

	private final CurrentUser currentUser;

	private final String baseUrl;

	CalendarController(CalendarTokens tokens, CurrentUser currentUser, @Value("${klynge.base-url}") String baseUrl) {
		this.tokens = tokens;
		this.currentUser = currentUser;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	@GetMapping("/calendar")
	String page(Model model) {
		LoggedIn user = user();
		model.addAttribute("activeSince", tokens.activeSince(user.clusterId(), user.accountId()).orElse(null));
		Object token = model.getAttribute("token");
		if (token != null) {
			// the label names the scheme the address really has (http on a test or demo
			// host)
			String feed = baseUrl + "/calendar/feed/" + token + ".ics";
			model.addAttribute("feedUrl", feed);
			model.addAttribute("feedScheme", java.net.URI.create(feed).getScheme());
			model.addAttribute("webcalUrl", feed.replaceFirst("^https?://", "webcal://"));
		}
		return "notification/calendar";
	}

	@PostMapping("/calendar/token")
	String issue(RedirectAttributes redirect) {
		LoggedIn user = user();
		redirect.addFlashAttribute("token", tokens.issue(user.clusterId(), user.accountId()));
		return "redirect:/calendar";
	}

	@PostMapping("/calendar/token/revoke")
	String revoke(RedirectAttributes redirect) {
		LoggedIn user = user();
		tokens.revoke(user.clusterId(), user.accountId());
		redirect.addFlashAttribute("flash", "notification.calendar.revoked");
		return "redirect:/calendar";
	}

	@GetMapping("/calendar/feed/{token}.ics")
	ResponseEntity<byte[]> feed(@PathVariable String token) {
		return IcsController.ics(tokens.feed(token), "klynge.ics");
	}

	/** The route rules let only logged-in users here. */
	private LoggedIn user() {
		return currentUser.get().orElseThrow(() -> new AccessDeniedException("not logged in"));
	}

}
