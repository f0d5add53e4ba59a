package klynge.security;

import klynge.cluster.CurrentCluster;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The login page, with a button per single sign-on provider of the cluster; Spring
 * Security handles the POST and the providers' redirects.
 */
@Controller
class LoginController {

	private final SignOnProviders signOn;

	private final CurrentCluster cluster;

	LoginController(SignOnProviders signOn, CurrentCluster cluster) {
		this.signOn = signOn;
		this.cluster = cluster;
	}

	/**
	 * {@code wait}: the seconds {@link LoginThrottle} asks this client to wait; only ever
	 * shown as a number.
	 */
	@GetMapping("/login")
	String login(@RequestParam(name = "wait", required = false) String wait, Model model) {
		if (wait != null && wait.matches("[0-9]{1,4}")) {
			model.addAttribute("waitSeconds", Math.max(1, Integer.parseInt(wait)));
		}
		// "Logg inn med …" for each single sign-on provider of this host's cluster
		model.addAttribute("signOnProviders", signOn.of(cluster.id()));
		return "security/login";
	}

}
