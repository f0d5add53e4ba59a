package klynge.cluster;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's settings of the current cluster: name, colours and default
 * language. The time zone is shown but not changed here. Access (administrators) is ruled
 * in {@code WebRoutes}.
 */
@Controller
class ClusterSettingsController {

	static final List<String> LANGUAGES = List.of("nb", "nn", "en");

	private final CurrentCluster current;

	private final Clusters clusters;

	ClusterSettingsController(CurrentCluster current, Clusters clusters) {
		this.current = current;
		this.clusters = clusters;
	}

	@GetMapping("/settings")
	String form(Model model) {
		Cluster cluster = current.get();
		model.addAttribute("settings", ClusterSettings.of(cluster));
		return view(cluster, model);
	}

	@PostMapping("/settings")
	String save(@Valid @ModelAttribute("settings") ClusterSettings settings, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Cluster cluster = current.get();
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return view(cluster, model);
		}
		try {
			clusters.update(cluster.id(), settings);
		}
		catch (OptimisticLockingFailureException conflict) {
			// Keep what the administrator typed; the message tells them to reload and
			// redo it.
			errors.reject("error.conflict");
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return view(cluster, model);
		}
		redirect.addFlashAttribute("flash", "settings.saved");
		return "redirect:/settings";
	}

	private static String view(Cluster cluster, Model model) {
		model.addAttribute("languages", LANGUAGES);
		model.addAttribute("timeZone", cluster.timeZone());
		return "cluster/settings";
	}

}
