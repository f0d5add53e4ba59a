package klynge.casefile;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
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

/** A body's agenda backlog page: propose ("meld sak"), pull into a meeting, dismiss. */
@Controller
class BacklogController {

	private final Backlog backlog;

	BacklogController(Backlog backlog) {
		this.backlog = backlog;
	}

	@GetMapping("/bodies/{bodyId}/backlog")
	String page(@PathVariable UUID bodyId, Model model) {
		model.addAttribute("backlog", backlog.view(bodyId));
		return "casefile/backlog";
	}

	@GetMapping("/bodies/{bodyId}/backlog/propose")
	String proposeForm(@PathVariable UUID bodyId, Model model) {
		model.addAttribute("backlog", backlog.view(bodyId));
		model.addAttribute("form", ProposalForm.empty());
		return "casefile/propose";
	}

	@PostMapping("/bodies/{bodyId}/backlog/propose")
	String propose(@PathVariable UUID bodyId, @Valid @ModelAttribute("form") ProposalForm form, BindingResult errors,
			Model model, HttpServletResponse response) {
		Backlog.View view = backlog.view(bodyId);
		if (errors.hasErrors()) {
			response.setStatus(422);
			model.addAttribute("backlog", view);
			return "casefile/propose";
		}
		backlog.propose(bodyId, form);
		return "redirect:/bodies/" + bodyId + "/backlog";
	}

	@PostMapping("/bodies/{bodyId}/backlog/pull")
	String pull(@PathVariable UUID bodyId, @RequestParam(required = false) UUID entryId,
			@RequestParam(required = false) String source, @RequestParam(required = false) UUID key,
			@RequestParam(required = false) UUID meetingId, Model model, HttpServletResponse response) {
		return Forms.submit(response, () -> {
			backlog.pull(bodyId, new Backlog.Pull(entryId, source, key, meetingId));
			return "redirect:/meetings/" + meetingId;
		}, violation -> {
			model.addAttribute("backlog", backlog.view(bodyId));
			model.addAttribute("error", violation.messageKey());
			return "casefile/backlog";
		});
	}

	@PostMapping("/bodies/{bodyId}/backlog/dismiss")
	String dismiss(@PathVariable UUID bodyId, @RequestParam(required = false) UUID entryId,
			@RequestParam(required = false) String source, @RequestParam(required = false) UUID key,
			RedirectAttributes redirect) {
		if (entryId != null) {
			backlog.dismiss(bodyId, entryId);
		}
		else if (key != null) {
			backlog.dismissCandidate(bodyId, source, key);
		}
		return "redirect:/bodies/" + bodyId + "/backlog";
	}

}
