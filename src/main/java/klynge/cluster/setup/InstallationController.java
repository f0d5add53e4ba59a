package klynge.cluster.setup;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import klynge.cluster.Clusters;
import klynge.shared.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The installation administrator's page: the clusters of this installation, and a form
 * for a new one with its first administrator. Access (installation administrators) is
 * ruled in {@code web.WebRoutes}.
 */
@Controller
class InstallationController {

	private final FirstRun firstRun;

	private final Clusters clusters;

	InstallationController(FirstRun firstRun, Clusters clusters) {
		this.firstRun = firstRun;
		this.clusters = clusters;
	}

	@GetMapping("/installation/clusters")
	String list(Model model) {
		model.addAttribute("setup", SetupForm.empty());
		return view(model);
	}

	@PostMapping("/installation/clusters")
	String add(@Valid @ModelAttribute("setup") SetupForm form, BindingResult errors,
			@RequestParam(name = "logo", required = false) MultipartFile logo, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return Forms.submit(errors, response, () -> {
			firstRun.addCluster(form, Logos.read(logo));
			redirect.addFlashAttribute("flash", "installation.added");
			return "redirect:/installation/clusters";
		}, () -> view(model));
	}

	private String view(Model model) {
		model.addAttribute("clusters", clusters.all());
		model.addAttribute("hosts", clusters.hostNames());
		model.addAttribute("languages", SetupController.LANGUAGES);
		return "cluster/installation";
	}

}
