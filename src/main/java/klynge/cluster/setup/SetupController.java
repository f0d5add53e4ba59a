package klynge.cluster.setup;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import klynge.shared.Forms;
import klynge.shared.NotFoundException;
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
 * The first-run setup page: open to anyone while the installation has no cluster (the
 * setup code is the key), 404 for good once it has one. Access is ruled in
 * {@code web.WebRoutes}.
 */
@Controller
class SetupController {

	static final List<String> LANGUAGES = List.of("nb", "nn", "en");

	private final FirstRun firstRun;

	SetupController(FirstRun firstRun) {
		this.firstRun = firstRun;
	}

	@GetMapping("/setup")
	String form(Model model) {
		requireNeeded();
		model.addAttribute("setup", SetupForm.empty());
		return view(model);
	}

	@PostMapping("/setup")
	String setUp(@Valid @ModelAttribute("setup") SetupForm form, BindingResult errors,
			@RequestParam(name = "logo", required = false) MultipartFile logo, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		requireNeeded();
		return Forms.submit(errors, response, () -> {
			firstRun.setUp(form, Logos.read(logo));
			redirect.addAttribute("setup", "");
			return "redirect:/login";
		}, () -> view(model));
	}

	private void requireNeeded() {
		if (!firstRun.needed()) {
			throw new NotFoundException("setup", "done");
		}
	}

	static String view(Model model) {
		model.addAttribute("languages", LANGUAGES);
		return "cluster/setup";
	}

}
