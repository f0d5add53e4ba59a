package klynge.minutes;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import klynge.meeting.Meetings;
import klynge.shared.EditConflict;
import klynge.shared.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A comment as a conversation (issue 14): its thread, the secretariat's answer,
 * "handled", and applying it to the draft.
 */
@Controller
class CommentController {

	private final MinutesComments comments;

	private final MinutesService minutes;

	private final Meetings meetings;

	CommentController(MinutesComments comments, MinutesService minutes, Meetings meetings) {
		this.comments = comments;
		this.minutes = minutes;
		this.meetings = meetings;
	}

	@GetMapping("/minutes/{id}/comments/{commentId}")
	String conversation(@PathVariable UUID id, @PathVariable UUID commentId, Model model) {
		model.addAttribute("c", comments.conversation(id, commentId));
		return "minutes/conversation";
	}

	@PostMapping("/minutes/{id}/comments/{commentId}/replies")
	String reply(@PathVariable UUID id, @PathVariable UUID commentId, @RequestParam(required = false) String text,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		return Forms.submit(response, () -> {
			comments.reply(id, commentId, text);
			redirect.addFlashAttribute("flash", "minutes.comment.replied");
			return "redirect:/minutes/" + id + "/comments/" + commentId;
		}, violation -> {
			model.addAttribute("c", comments.conversation(id, commentId));
			model.addAttribute("text", text);
			model.addAttribute("textError", violation.messageKey());
			return "minutes/conversation";
		});
	}

	@PostMapping("/minutes/{id}/comments/{commentId}/handled")
	String handled(@PathVariable UUID id, @PathVariable UUID commentId, RedirectAttributes redirect) {
		comments.markHandled(id, commentId);
		redirect.addFlashAttribute("flash", "minutes.comment.markedHandled");
		return "redirect:/minutes/" + id + "/comments/" + commentId;
	}

	@GetMapping("/minutes/{id}/comments/{commentId}/apply")
	String applyForm(@PathVariable UUID id, @PathVariable UUID commentId, Model model) {
		model.addAttribute("form", comments.suggestion(id, commentId));
		return applyPage(model, id, commentId);
	}

	@PostMapping("/minutes/{id}/comments/{commentId}/apply")
	String apply(@PathVariable UUID id, @PathVariable UUID commentId,
			@Valid @ModelAttribute("form") ItemMinutesForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			return Forms.submit(errors, response, () -> {
				comments.apply(id, commentId, form);
				redirect.addFlashAttribute("flash", "minutes.comment.appliedFlash");
				return "redirect:/minutes/" + id + "/comments/" + commentId;
			}, () -> applyPage(model, id, commentId));
		}
		catch (EditConflict conflict) {
			errors.reject("minutes.conflict");
			response.setStatus(409);
			// the draft changed meanwhile: show the text now saved, with the suggestion
			model.addAttribute("form", comments.suggestion(id, commentId));
			return applyPage(model, id, commentId);
		}
	}

	private String applyPage(Model model, UUID id, UUID commentId) {
		MinutesComments.Conversation c = comments.conversation(id, commentId);
		model.addAttribute("c", c);
		model.addAttribute("meeting", meetings.meeting(minutes.minutes(id).meetingId()));
		return "minutes/apply";
	}

}
