package klynge.security;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import klynge.cluster.CurrentCluster;
import klynge.shared.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Invitations in bulk for administrators: a body's members with their invitation state
 * (everyone with an address chosen), a confirmation page that shows who will get mail,
 * and the overview of every invitation with resend and withdraw. Sending is two-step,
 * like the summons: a POST without {@code confirm=true} answers with the confirmation
 * page, whose form carries a one-time key so that a second click sends nothing.
 */
@Controller
class InvitationController {

	private final Invitations invitations;

	private final CurrentCluster current;

	InvitationController(Invitations invitations, CurrentCluster current) {
		this.invitations = invitations;
		this.current = current;
	}

	@GetMapping("/bodies/{id}/invitations")
	String body(@PathVariable UUID id, Model model) {
		return bodyPage(id, model);
	}

	@PostMapping("/bodies/{id}/invitations")
	String invite(@PathVariable UUID id, @RequestParam(name = "personId", required = false) List<UUID> personIds,
			@RequestParam(defaultValue = "false") boolean confirm, @RequestParam(required = false) String key,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		if (personIds == null || personIds.isEmpty()) {
			response.setStatus(422);
			model.addAttribute("error", "invitation.rule.noneChosen");
			return bodyPage(id, model);
		}
		if (!confirm || key == null || key.isBlank()) {
			BulkInvitation plan = invitations.plan(id, personIds);
			model.addAttribute("body", invitations.body(id));
			model.addAttribute("plan", plan);
			model.addAttribute("personIds", personIds);
			model.addAttribute("key", UUID.randomUUID().toString());
			return "security/invitation-confirm";
		}
		return Forms.submit(response, () -> {
			BulkInvitation done = invitations.invite(id, personIds, key);
			redirect.addFlashAttribute("result", done);
			redirect.addFlashAttribute("flash", done.replayed() ? "invitation.alreadySent" : "invitation.sent");
			return "redirect:/accounts/invitations?body=" + id;
		}, violation -> {
			model.addAttribute("error", violation.messageKey());
			return bodyPage(id, model);
		});
	}

	@GetMapping("/accounts/invitations")
	String overview(@RequestParam(required = false) UUID body, Model model) {
		if (body != null) {
			model.addAttribute("body", invitations.body(body));
		}
		model.addAttribute("bodies", invitations.bodies());
		model.addAttribute("invitations", invitations.overview(body));
		model.addAttribute("pending", invitations.pending(body).size());
		model.addAttribute("zone", current.get().zone());
		return "security/invitations";
	}

	/** "Send to all pending": the confirmation page first, then once per key. */
	@PostMapping("/accounts/invitations/resend")
	String resendPending(@RequestParam(required = false) UUID body,
			@RequestParam(defaultValue = "false") boolean confirm, @RequestParam(required = false) String key,
			Model model, RedirectAttributes redirect) {
		if (!confirm || key == null || key.isBlank()) {
			if (body != null) {
				model.addAttribute("body", invitations.body(body));
			}
			model.addAttribute("pending", invitations.pending(body));
			model.addAttribute("key", UUID.randomUUID().toString());
			return "security/invitation-resend-confirm";
		}
		List<Invitation> resent = invitations.resendPending(body, key);
		redirect.addFlashAttribute("flash", resent.isEmpty() ? "invitation.noneResent" : "invitation.resentAll");
		redirect.addFlashAttribute("count", resent.size());
		return "redirect:/accounts/invitations" + (body == null ? "" : "?body=" + body);
	}

	@PostMapping("/accounts/{id}/invitation/resend")
	String resend(@PathVariable UUID id, @RequestParam(required = false) UUID body, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return Forms.submit(response, () -> {
			invitations.resend(id);
			redirect.addFlashAttribute("flash", "account.reinvited");
			return "redirect:/accounts/invitations" + (body == null ? "" : "?body=" + body);
		}, violation -> refused(violation.messageKey(), body, model));
	}

	@PostMapping("/accounts/{id}/invitation/revoke")
	String revoke(@PathVariable UUID id, @RequestParam(required = false) UUID body, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return Forms.submit(response, () -> {
			invitations.revoke(id);
			redirect.addFlashAttribute("flash", "invitation.revoked");
			return "redirect:/accounts/invitations" + (body == null ? "" : "?body=" + body);
		}, violation -> refused(violation.messageKey(), body, model));
	}

	private String refused(String messageKey, UUID body, Model model) {
		model.addAttribute("error", messageKey);
		return overview(body, model);
	}

	private String bodyPage(UUID id, Model model) {
		model.addAttribute("body", invitations.body(id));
		model.addAttribute("invitees", invitations.ofBody(id));
		model.addAttribute("zone", current.get().zone());
		return "security/body-invitations";
	}

}
