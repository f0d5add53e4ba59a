package klynge.anchoring;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import klynge.shared.RuleViolation;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The anchoring pages: the overview and each case's tracking table (staff and the chair),
 * the personal link and the answer page (the representative only).
 */
@Controller
class AnchoringController {

	private final Anchorings anchorings;

	AnchoringController(Anchorings anchorings) {
		this.anchorings = anchorings;
	}

	@GetMapping("/anchoring")
	String list(Model model) {
		model.addAttribute("cases", anchorings.cases());
		return "anchoring/list";
	}

	@GetMapping("/anchoring/mine")
	String mine(Model model) {
		model.addAttribute("mine", anchorings.mine());
		return "anchoring/mine";
	}

	@GetMapping("/anchoring/{id}")
	String tracking(@PathVariable UUID id, Model model) {
		AnchoringCase anchoring = anchorings.get(id);
		model.addAttribute("anchoring", anchoring);
		model.addAttribute("people", anchorings.people());
		return "anchoring/case";
	}

	/**
	 * Two steps, as every step that sends mail: without {@code confirm} the page lists
	 * who gets a reminder.
	 */
	@PostMapping("/anchoring/{id}/reminders")
	String remind(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean confirm, Model model,
			RedirectAttributes redirect) {
		if (!confirm) {
			model.addAttribute("anchoring", anchorings.get(id));
			model.addAttribute("recipients", anchorings.remindable(id));
			return "anchoring/remind-confirm";
		}
		List<PartnerRequest> reminded = anchorings.remind(id);
		redirect.addFlashAttribute("flash", "anchoring.reminded");
		redirect.addFlashAttribute("remindedCount", reminded.size());
		return "redirect:/anchoring/" + id;
	}

	@PostMapping("/anchoring/request/{id}/representative")
	String representative(@PathVariable UUID id, @RequestParam(required = false) UUID personId,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		UUID caseId = anchorings.caseOfRequest(id);
		try {
			if (personId == null) {
				throw new RuleViolation("personId", "anchoring.representative.required");
			}
			anchorings.chooseRepresentative(id, personId);
		}
		catch (RuleViolation violation) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("anchoring", anchorings.get(caseId));
			model.addAttribute("people", anchorings.people());
			model.addAttribute("refusal", violation);
			model.addAttribute("refusedRequest", id);
			return "anchoring/case";
		}
		redirect.addFlashAttribute("flash", "anchoring.representative.saved");
		return "redirect:/anchoring/" + caseId;
	}

	@PostMapping("/anchoring/request/{id}/withdraw")
	String withdraw(@PathVariable UUID id, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		UUID caseId = anchorings.caseOfRequest(id);
		try {
			anchorings.withdraw(id);
		}
		catch (RuleViolation violation) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("anchoring", anchorings.get(caseId));
			model.addAttribute("people", anchorings.people());
			model.addAttribute("refusal", violation);
			model.addAttribute("refusedRequest", id);
			return "anchoring/case";
		}
		redirect.addFlashAttribute("flash", "anchoring.withdrawn");
		return "redirect:/anchoring/" + caseId;
	}

	/**
	 * The link in the mail: login first (Spring Security brings the representative back
	 * here), then on to the request's page, so the token is in no page.
	 */
	@GetMapping("/anchoring/link/{token}")
	String link(@PathVariable String token) {
		return "redirect:/anchoring/request/" + anchorings.follow(token);
	}

	@GetMapping("/anchoring/request/{id}")
	String request(@PathVariable UUID id, Model model) {
		return answerPage(anchorings.request(id), AnswerForm.empty(), model);
	}

	@PostMapping("/anchoring/request/{id}/answer")
	String answer(@PathVariable UUID id, @ModelAttribute AnswerForm form, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		Anchorings.Mine mine = anchorings.request(id);
		try {
			if (!form.valid()) {
				throw new RuleViolation("choice", "anchoring.answer.choose");
			}
			if (form.answer() == null) {
				anchorings.comment(id, form.comment());
				redirect.addFlashAttribute("flash", "anchoring.commented");
			}
			else {
				anchorings.answer(id, form.answer(), form.comment());
				redirect.addFlashAttribute("flash", "anchoring.answered");
			}
		}
		catch (RuleViolation violation) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("refusal", violation);
			return answerPage(mine, form, model);
		}
		catch (AlreadyAnswered already) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("conflict", true);
			return answerPage(anchorings.request(id), form, model);
		}
		return "redirect:/anchoring/request/" + id;
	}

	private String answerPage(Anchorings.Mine mine, AnswerForm form, Model model) {
		model.addAttribute("anchoring", mine.anchoring());
		model.addAttribute("request", mine.request());
		model.addAttribute("form", form);
		return "anchoring/answer";
	}

	@ExceptionHandler(LinkGone.class)
	@ResponseStatus(HttpStatus.GONE)
	String gone(LinkGone gone, Model model) {
		model.addAttribute("messageKey", gone.reason().messageKey());
		return "anchoring/gone";
	}

}
