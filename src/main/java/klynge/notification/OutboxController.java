package klynge.notification;

import java.util.UUID;

import klynge.cluster.CurrentCluster;
import klynge.mail.MailOutbox;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The cluster's outgoing e-mail for the sekretariat: status, attempts, last error, send
 * again.
 */
@Controller
class OutboxController {

	private final MailOutbox outbox;

	private final CurrentCluster cluster;

	OutboxController(MailOutbox outbox, CurrentCluster cluster) {
		this.outbox = outbox;
		this.cluster = cluster;
	}

	@GetMapping("/mail/outbox")
	String list(Model model) {
		model.addAttribute("entries", outbox.list(cluster.id(), 200));
		return "mail/outbox";
	}

	@PostMapping("/mail/outbox/{id}/retry")
	String retry(@PathVariable UUID id, RedirectAttributes redirect) {
		outbox.retry(cluster.id(), id);
		redirect.addFlashAttribute("flash", "notification.outbox.retried");
		return "redirect:/mail/outbox";
	}

}
