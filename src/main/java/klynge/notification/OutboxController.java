package klynge.notification;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import klynge.cluster.CurrentCluster;
import klynge.mail.MailOutbox;
import klynge.mail.OutboxAttachment;
import klynge.mail.OutboxEntry;
import klynge.mail.OutgoingMail;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The cluster's outgoing e-mail for the sekretariat: status, attempts, last error, send
 * again, and what each mail says and carries (text, attachments to download).
 */
@Controller
class OutboxController {

	private final MailOutbox outbox;

	private final CurrentCluster cluster;

	OutboxController(MailOutbox outbox, CurrentCluster cluster) {
		this.outbox = outbox;
		this.cluster = cluster;
	}

	/** A row of the page: the mail, its readable text and its attachments. */
	record Shown(OutboxEntry entry, String body, List<OutboxAttachment> attachments) {
	}

	@GetMapping("/mail/outbox")
	String list(Model model) {
		UUID clusterId = cluster.id();
		List<OutboxEntry> entries = outbox.list(clusterId, 200);
		Map<UUID, List<OutboxAttachment>> attachments = outbox
			.attachments(clusterId, entries.stream().map(OutboxEntry::id).toList())
			.stream()
			.collect(Collectors.groupingBy(OutboxAttachment::mailId));
		Map<UUID, String> bodies = outbox.bodies(clusterId, entries.stream().map(OutboxEntry::id).toList());
		model.addAttribute("entries",
				entries.stream()
					.map(e -> new Shown(e, bodies.get(e.id()), attachments.getOrDefault(e.id(), List.of())))
					.toList());
		return "mail/outbox";
	}

	/** An attachment as it was mailed; another cluster's mail is not found. */
	@GetMapping("/mail/outbox/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> attachment(@PathVariable UUID id, @PathVariable UUID attachmentId) {
		OutgoingMail.Attachment file = outbox.attachment(cluster.id(), id, attachmentId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(file.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(file.content());
	}

	@PostMapping("/mail/outbox/{id}/retry")
	String retry(@PathVariable UUID id, RedirectAttributes redirect) {
		outbox.retry(cluster.id(), id);
		redirect.addFlashAttribute("flash", "notification.outbox.retried");
		return "redirect:/mail/outbox";
	}

}
