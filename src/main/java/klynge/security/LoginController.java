package klynge.security;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The login page; Spring Security handles the POST. */
@Controller
class LoginController {

	/**
	 * {@code wait}: the seconds {@link LoginThrottle} asks this client to wait; only ever
	 * shown as a number.
	 */
	@GetMapping("/login")
	String login(@RequestParam(name = "wait", required = false) String wait, Model model) {
		if (wait != null && wait.matches("[0-9]{1,4}")) {
			model.addAttribute("waitSeconds", Math.max(1, Integer.parseInt(wait)));
		}
		return "security/login";
	}

}
