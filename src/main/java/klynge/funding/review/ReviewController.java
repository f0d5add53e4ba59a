package klynge.funding.review;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import klynge.cluster.CurrentCluster;
import klynge.funding.review.ReviewRepository.AttachmentFile;
import klynge.shared.EditConflict;
import klynge.shared.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The reviewer's pages (my assignments, one application with its scoring form, the
 * declaration of a conflict) and the committee's page of a call (assignments, recusals,
 * ranking, the proposal to the deciding body). Every read goes through {@link Reviews},
 * whose {@link ReviewGate} shuts a recused reviewer out: the page then says so and shows
 * nothing of the application (403).
 */
@Controller
class ReviewController {

	private final Reviews reviews;

	private final Proposals proposals;

	private final MessageSource messages;

	private final CurrentCluster cluster;

	ReviewController(Reviews reviews, Proposals proposals, MessageSource messages, CurrentCluster cluster) {
		this.reviews = reviews;
		this.proposals = proposals;
		this.messages = messages;
		this.cluster = cluster;
	}

	@ModelAttribute("zone")
	ZoneId zone() {
		return cluster.get().zone();
	}

	@GetMapping("/funding/review")
	String mine(Model model) {
		model.addAttribute("assignments", reviews.mine());
		model.addAttribute("calls", reviews.committeeCalls());
		return "funding/review/mine";
	}

	@GetMapping("/funding/review/{applicationId}")
	String sheet(@PathVariable UUID applicationId, Model model, HttpServletResponse response) {
		try {
			model.addAttribute("sheet", reviews.sheet(applicationId));
			return "funding/review/sheet";
		}
		catch (Recused recused) {
			return recused(recused, model, response);
		}
	}

	private String recused(Recused recused, Model model, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_FORBIDDEN);
		model.addAttribute("conflicts", recused.conflicts());
		return "funding/review/recused";
	}

	@PostMapping("/funding/review/{applicationId}/scores")
	String score(@PathVariable UUID applicationId, @RequestParam Map<String, String> form,
			@RequestParam(defaultValue = "save") String action, Model model, HttpServletResponse response) {
		try {
			int version = parseInt(form.get("version"), 0);
			List<ReviewScore> scores = new ArrayList<>();
			for (var entry : form.entrySet()) {
				if (entry.getKey().startsWith("score_")) {
					UUID criterion = UUID.fromString(entry.getKey().substring("score_".length()));
					String value = entry.getValue() == null ? "" : entry.getValue().strip();
					Integer score = value.isEmpty() ? null : parseInt(value, -1);
					scores.add(new ReviewScore(criterion, score, form.get("comment_" + criterion)));
				}
			}
			int saved = reviews.save(applicationId, scores, version);
			if ("submit".equals(action)) {
				reviews.submit(applicationId, saved);
			}
			return "redirect:/funding/review/" + applicationId + "?saved="
					+ ("submit".equals(action) ? "submitted" : "saved");
		}
		catch (Recused recused) {
			return recused(recused, model, response);
		}
		catch (IllegalArgumentException ex) {
			return refused(applicationId, model, response, new RuleViolation("scores", "review.score.range", 1, 7));
		}
		catch (RuleViolation violation) {
			return refused(applicationId, model, response, violation);
		}
		catch (EditConflict conflict) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("error",
					messages.getMessage("review.conflict.stale", null, LocaleContextHolder.getLocale()));
			model.addAttribute("sheet", reviews.sheet(applicationId));
			return "funding/review/sheet";
		}
	}

	private String refused(UUID applicationId, Model model, HttpServletResponse response, RuleViolation violation) {
		response.setStatus(422);
		model.addAttribute("error",
				messages.getMessage(violation.messageKey(), violation.arguments(), LocaleContextHolder.getLocale()));
		model.addAttribute("sheet", reviews.sheet(applicationId));
		return "funding/review/sheet";
	}

	private static int parseInt(String value, int fallback) {
		try {
			return value == null ? fallback : Integer.parseInt(value.strip());
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException(ex);
		}
	}

	@PostMapping("/funding/review/{applicationId}/conflict")
	String declare(@PathVariable UUID applicationId, @RequestParam(defaultValue = "") String reason, Model model,
			HttpServletResponse response) {
		try {
			reviews.declare(applicationId, reason);
			return "redirect:/funding/review/" + applicationId;
		}
		catch (RuleViolation violation) {
			try {
				return refused(applicationId, model, response, violation);
			}
			catch (Recused recused) {
				return recused(recused, model, response);
			}
		}
	}

	@GetMapping("/funding/review/{applicationId}/attachments/{attachmentId}")
	ResponseEntity<byte[]> attachment(@PathVariable UUID applicationId, @PathVariable UUID attachmentId) {
		try {
			AttachmentFile file = reviews.attachment(applicationId, attachmentId);
			return ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_PDF)
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment()
							.filename(file.fileName(), StandardCharsets.UTF_8)
							.build()
							.toString())
				.header("X-Content-Type-Options", "nosniff")
				.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
				.body(file.content());
		}
		catch (Recused recused) {
			// nothing of a recused reviewer's application, not even that the file exists
			return ResponseEntity.notFound().build();
		}
	}

	@GetMapping("/funding/review-calls/{callId}")
	String committee(@PathVariable UUID callId, Model model) {
		Reviews.CommitteeView view = reviews.committee(callId);
		model.addAttribute("view", view);
		model.addAttribute("meetings", view.mayAssign() ? proposals.comingMeetings(view.call()) : List.of());
		return "funding/review/committee";
	}

	@PostMapping("/funding/review-calls/{callId}/assignments")
	String assign(@PathVariable UUID callId, @RequestParam(required = false) UUID applicationId,
			@RequestParam(required = false) UUID accountId, Model model, HttpServletResponse response) {
		try {
			reviews.assign(callId, applicationId, accountId);
			return "redirect:/funding/review-calls/" + callId;
		}
		catch (RuleViolation violation) {
			return committeeRefused(callId, model, response, violation);
		}
	}

	@PostMapping("/funding/review-calls/{callId}/proposal")
	String propose(@PathVariable UUID callId, @RequestParam(required = false) UUID meetingId,
			@RequestParam(required = false) UUID itemId, Model model, HttpServletResponse response) {
		try {
			UUID item = proposals.propose(callId, meetingId, itemId);
			return "redirect:/funding/review-calls/" + callId + "?proposed=" + item;
		}
		catch (RuleViolation violation) {
			return committeeRefused(callId, model, response, violation);
		}
	}

	private String committeeRefused(UUID callId, Model model, HttpServletResponse response, RuleViolation violation) {
		response.setStatus(422);
		model.addAttribute("error",
				messages.getMessage(violation.messageKey(), violation.arguments(), LocaleContextHolder.getLocale()));
		return committee(callId, model);
	}

}
