package klynge.security;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import klynge.shared.Forms;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Account administration for administrators: list, invite, resend invitation, roles and
 * access.
 */
@Controller
@RequestMapping("/accounts")
class AccountController {

	private final Accounts accounts;

	private final AccountMails mails;

	AccountController(Accounts accounts, AccountMails mails) {
		this.accounts = accounts;
		this.mails = mails;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("accounts", accounts.list());
		return "security/accounts";
	}

	@GetMapping("/new")
	String inviteForm(Model model) {
		model.addAttribute("inviteForm", InviteForm.empty());
		model.addAttribute("people", accounts.linkablePeople());
		return "security/account-invite";
	}

	@PostMapping
	String invite(@Valid @ModelAttribute("inviteForm") InviteForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return Forms.submit(errors, response, () -> {
			IssuedToken issued = accounts.invite(form);
			boolean sent = mails.invitation(issued);
			redirect.addFlashAttribute("flash", sent ? "account.invited" : "account.invitedMailFailed");
			return "redirect:/accounts";
		}, () -> {
			model.addAttribute("people", accounts.linkablePeople());
			return "security/account-invite";
		});
	}

	@GetMapping("/{id}")
	String edit(@PathVariable UUID id, Model model) {
		AccountView account = accounts.get(id);
		model.addAttribute("account", account);
		model.addAttribute("form", AccountEditForm.of(account));
		return "security/account-edit";
	}

	@PostMapping("/{id}")
	String update(@PathVariable UUID id, @ModelAttribute("form") AccountEditForm form, BindingResult errors,
			@AuthenticationPrincipal KlyngeUser me, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return Forms.submit(errors, response, () -> {
			accounts.update(id, form.toUpdate(), me.accountId());
			redirect.addFlashAttribute("flash", "account.updated");
			return "redirect:/accounts";
		}, () -> {
			model.addAttribute("account", accounts.get(id));
			return "security/account-edit";
		});
	}

	/** Enables or disables from the list: the row with htmx, the list again without. */
	@PostMapping("/{id}/enabled")
	String setEnabled(@PathVariable UUID id, @RequestParam boolean enabled, @RequestParam int version,
			@AuthenticationPrincipal KlyngeUser me, HtmxRequest htmx, Model model, RedirectAttributes redirect) {
		AccountView account = accounts.get(id);
		AccountView updated = accounts.update(id,
				new AccountUpdate(account.administrator(), account.secretariat(), enabled, version), me.accountId());
		if (htmx.isHtmxRequest()) {
			model.addAttribute("account", updated);
			return "security/accounts :: row";
		}
		redirect.addFlashAttribute("flash", "account.updated");
		return "redirect:/accounts";
	}

	@PostMapping("/{id}/invitation")
	String resendInvitation(@PathVariable UUID id, RedirectAttributes redirect) {
		boolean sent = mails.invitation(accounts.reinvite(id));
		redirect.addFlashAttribute("flash", sent ? "account.reinvited" : "account.invitedMailFailed");
		return "redirect:/accounts";
	}

}
