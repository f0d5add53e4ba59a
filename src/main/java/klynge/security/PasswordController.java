package klynge.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;

import jakarta.validation.Valid;
import klynge.cluster.Cluster;
import klynge.cluster.Clusters;
import klynge.shared.Forms;
import klynge.security.AccountTokens.Purpose;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** Public pages: accept an invitation, ask for a reset link, choose a new password. */
@Controller
class PasswordController {

	private final Accounts accounts;

	private final AccountMails mails;

	private final ResetThrottle throttle;

	private final Clusters clusters;

	private final HttpServletRequest request;

	PasswordController(Accounts accounts, AccountMails mails, ResetThrottle throttle, Clusters clusters,
			HttpServletRequest request) {
		this.accounts = accounts;
		this.mails = mails;
		this.throttle = throttle;
		this.clusters = clusters;
		this.request = request;
	}

	/** The cluster whose host name the request came to, or null (a shared host). */
	private UUID hostCluster() {
		return clusters.byHostName(request.getServerName()).map(Cluster::id).orElse(null);
	}

	@GetMapping("/invitation/{token}")
	String invitation(@PathVariable String token, Model model) {
		return passwordPage(token, Purpose.INVITATION, PasswordForm.empty(), model);
	}

	@PostMapping("/invitation/{token}")
	String acceptInvitation(@PathVariable String token, @ModelAttribute("form") PasswordForm form, BindingResult errors,
			Model model, HttpServletResponse response) {
		return setPassword(token, Purpose.INVITATION, form, errors, model, response, "redirect:/login?activated");
	}

	@GetMapping("/password/forgotten")
	String forgotten(Model model) {
		model.addAttribute("form", ForgottenForm.empty());
		return "security/forgotten";
	}

	/**
	 * Always the same answer, whether or not an account matched or the mail was held back
	 * ({@link ResetThrottle}).
	 */
	@PostMapping("/password/forgotten")
	String requestReset(@Valid @ModelAttribute("form") ForgottenForm form, BindingResult errors, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		if (errors.hasErrors()) {
			response.setStatus(422);
			return "security/forgotten";
		}
		if (throttle.mayMail(form.identifier(), request.getRemoteAddr())) {
			accounts.issueResets(form.identifier()).forEach(mails::passwordReset);
		}
		model.addAttribute("sent", true);
		return "security/forgotten";
	}

	@GetMapping("/password/reset/{token}")
	String reset(@PathVariable String token, Model model) {
		return passwordPage(token, Purpose.PASSWORD_RESET, PasswordForm.empty(), model);
	}

	@PostMapping("/password/reset/{token}")
	String resetPassword(@PathVariable String token, @ModelAttribute("form") PasswordForm form, BindingResult errors,
			Model model, HttpServletResponse response) {
		return setPassword(token, Purpose.PASSWORD_RESET, form, errors, model, response, "redirect:/login?reset");
	}

	@ExceptionHandler(InvalidToken.class)
	String invalidToken(InvalidToken invalid, HttpServletResponse response, Model model) {
		response.setStatus(invalid.gone() ? HttpStatus.GONE.value() : HttpStatus.NOT_FOUND.value());
		model.addAttribute("withdrawn", invalid.withdrawn());
		return "security/token-invalid";
	}

	private String setPassword(String token, Purpose purpose, PasswordForm form, BindingResult errors, Model model,
			HttpServletResponse response, String success) {
		return Forms.submit(errors, response, () -> {
			accounts.setPassword(token, purpose, form, hostCluster());
			return success;
		}, () -> passwordPage(token, purpose, new PasswordForm("", ""), model));
	}

	private String passwordPage(String token, Purpose purpose, PasswordForm form, Model model) {
		model.addAttribute("username", accounts.checkToken(token, purpose, hostCluster()));
		model.addAttribute("invitation", purpose == Purpose.INVITATION);
		model.addAttribute("token", token);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", form);
		}
		return "security/password";
	}

}
