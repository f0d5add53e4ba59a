package klynge.security;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import klynge.cluster.CurrentCluster;
import klynge.shared.Forms;
import klynge.shared.RuleViolation;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The administrator's single sign-on providers of the current cluster (add, edit, remove,
 * test discovery), and the page a login without a matching account ends on. A provider is
 * saved only when its issuer answers with a discovery document, so a typo in the address
 * shows beside the field, not at the next login.
 */
@Controller
class SignOnController {

	private final SignOnProviders providers;

	private final SignOnRegistrations registrations;

	private final CurrentCluster cluster;

	SignOnController(SignOnProviders providers, SignOnRegistrations registrations, CurrentCluster cluster) {
		this.providers = providers;
		this.registrations = registrations;
		this.cluster = cluster;
	}

	@GetMapping("/settings/sign-on")
	String list(Model model) {
		model.addAttribute("form", new SignOnForm());
		return list(model, null);
	}

	@PostMapping("/settings/sign-on")
	String create(@Valid @ModelAttribute("form") SignOnForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		checkIssuer(form, errors);
		return Forms.submit(errors, response, () -> {
			discover(form);
			providers.create(cluster.id(), form);
			redirect.addFlashAttribute("flash", "signOn.saved");
			return "redirect:/settings/sign-on";
		}, () -> list(model, null));
	}

	@GetMapping("/settings/sign-on/{id}")
	String edit(@PathVariable UUID id, Model model) {
		SignOnProvider provider = providers.get(cluster.id(), id);
		model.addAttribute("form", SignOnForm.of(provider));
		return edit(provider, model);
	}

	@PostMapping("/settings/sign-on/{id}")
	String update(@PathVariable UUID id, @Valid @ModelAttribute("form") SignOnForm form, BindingResult errors,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		SignOnProvider provider = providers.get(cluster.id(), id);
		checkIssuer(form, errors);
		try {
			return Forms.submit(errors, response, () -> {
				discover(form);
				providers.update(cluster.id(), id, form);
				registrations.forget(id);
				redirect.addFlashAttribute("flash", "signOn.saved");
				return "redirect:/settings/sign-on";
			}, () -> edit(provider, model));
		}
		catch (OptimisticLockingFailureException conflict) {
			errors.reject("error.conflict");
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return edit(provider, model);
		}
	}

	@PostMapping("/settings/sign-on/{id}/delete")
	String delete(@PathVariable UUID id, RedirectAttributes redirect) {
		providers.delete(cluster.id(), id);
		registrations.forget(id);
		redirect.addFlashAttribute("flash", "signOn.deleted");
		return "redirect:/settings/sign-on";
	}

	/** Asks the provider for its discovery document now and says what came back. */
	@PostMapping("/settings/sign-on/{id}/discovery")
	String testDiscovery(@PathVariable UUID id, Model model) {
		SignOnProvider provider = providers.get(cluster.id(), id);
		try {
			SignOnRegistrations.builder(provider.issuer());
			model.addAttribute("discovery", "signOn.discovery.ok");
		}
		catch (SignOnRegistrations.Unreachable unreachable) {
			model.addAttribute("discovery", "signOn.discovery.failed");
		}
		model.addAttribute("discoveryIssuer", provider.issuer());
		model.addAttribute("form", new SignOnForm());
		return list(model, id);
	}

	/**
	 * A provider login whose address has no account here (or an unverified one): no
	 * session, and whom to ask.
	 */
	@GetMapping("/login/sso/refused")
	String refused(Model model) {
		model.addAttribute("clusterName", cluster.get().name());
		return "security/sign-on-refused";
	}

	private static void checkIssuer(SignOnForm form, BindingResult errors) {
		if (!errors.hasFieldErrors("issuer") && !form.issuerAllowed()) {
			errors.rejectValue("issuer", "signOn.issuer.invalid");
		}
	}

	private void discover(SignOnForm form) {
		try {
			SignOnRegistrations.builder(form.issuer());
		}
		catch (SignOnRegistrations.Unreachable unreachable) {
			throw new RuleViolation("issuer", "signOn.issuer.unreachable", form.issuer());
		}
	}

	private String list(Model model, UUID tested) {
		model.addAttribute("providers", providers.of(cluster.id()));
		model.addAttribute("tested", tested);
		// the redirect URI to register with the provider (behind a proxy: as the proxy
		// forwards it)
		model.addAttribute("callbackBase",
				ServletUriComponentsBuilder.fromCurrentContextPath().path("/login/oauth2/code/").toUriString());
		return "security/sign-on";
	}

	private static String edit(SignOnProvider provider, Model model) {
		model.addAttribute("provider", provider);
		return "security/sign-on-edit";
	}

}
