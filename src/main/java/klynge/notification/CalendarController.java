package klynge.notification;


import klynge.security.KlyngeUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Min kalender": the personal webcal feed, its secret address, revoking and renewing it. */
@Controller
class CalendarController {

	private final CalendarTokens tokens;

	private final String baseUrl;

	CalendarController(CalendarTokens tokens, @Value("${klynge.base-url}") String baseUrl) {
		this.tokens = tokens;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	@GetMapping("/calendar")
	String page(@AuthenticationPrincipal KlyngeUser user, Model model) {
		model.addAttribute("activeSince", tokens.activeSince(user.clusterId(), user.accountId()).orElse(null));
		Object token = model.getAttribute("token");
		if (token != null) {
			String https = baseUrl + "/calendar/feed/" + token + ".ics";
			model.addAttribute("httpsUrl", https);
			model.addAttribute("webcalUrl", https.replaceFirst("^https?://", "webcal://"));
		}
		return "notification/calendar";
	}

	@PostMapping("/calendar/token")
	String issue(@AuthenticationPrincipal KlyngeUser user, RedirectAttributes redirect) {
		redirect.addFlashAttribute("token", tokens.issue(user.clusterId(), user.accountId()));
		return "redirect:/calendar";
	}

	@PostMapping("/calendar/token/revoke")
	String revoke(@AuthenticationPrincipal KlyngeUser user, RedirectAttributes redirect) {
		tokens.revoke(user.clusterId(), user.accountId());
		redirect.addFlashAttribute("flash", "notification.calendar.revoked");
		return "redirect:/calendar";
	}

	@GetMapping("/calendar/feed/{token}.ics")
	ResponseEntity<byte[]> feed(@PathVariable String token) {
		return IcsController.ics(tokens.feed(token), "klynge.ics");
	}

}
