package klynge.funding;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import klynge.cluster.CurrentCluster;
import klynge.organisation.OrganisationDirectory;
import klynge.shared.Forms;
import klynge.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Registration of applicants: the form, "check your e-mail", and the confirmation link (a
 * page with a button, so a mail scanner that follows links creates nothing).
 */
@Controller
class RegistrationController {

	private final Registrations registrations;

	private final OrganisationDirectory organisations;

	private final CurrentCluster cluster;

	RegistrationController(Registrations registrations, OrganisationDirectory organisations, CurrentCluster cluster) {
		this.registrations = registrations;
		this.organisations = organisations;
		this.cluster = cluster;
	}

	@GetMapping("/register")
	String form(Model model) {
		model.addAttribute("form", RegistrationForm.empty());
		return page(model);
	}

	@PostMapping("/register")
	String register(@Valid @ModelAttribute("form") RegistrationForm form, BindingResult errors, Model model,
			HttpServletResponse response) {
		return Forms.submit(errors, response, () -> {
			registrations.register(form);
			model.addAttribute("email", form.email());
			return "funding/register-sent";
		}, () -> page(model));
	}

	private String page(Model model) {
		model.addAttribute("organisations", organisations.organisations(cluster.id()));
		return "funding/register";
	}

	@GetMapping("/register/confirm/{token}")
	String confirmPage(@PathVariable String token, Model model, HttpServletResponse response) {
		if (!registrations.isValid(token)) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return "funding/register-invalid";
		}
		model.addAttribute("token", token);
		return "funding/register-confirm";
	}

	@PostMapping("/register/confirm/{token}")
	String confirm(@PathVariable String token, Model model, HttpServletResponse response) {
		try {
			model.addAttribute("username", registrations.confirm(token));
			return "funding/register-done";
		}
		catch (NotFoundException | klynge.shared.RuleViolation ex) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return "funding/register-invalid";
		}
	}

}
