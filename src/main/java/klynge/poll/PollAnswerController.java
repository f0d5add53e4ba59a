package klynge.poll;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import klynge.shared.NotFoundException;
import klynge.shared.RuleViolation;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The answer page of a personal link, without logging in: the options as radio groups
 * (yes / if need be / no), saved and changeable until the poll closes. An unknown or
 * garbled link is a kind 404; an answer to a closed poll a kind 409 that shows what was
 * chosen back. The page names no other invitee's address, and other invitees' names only
 * where the poll is set to show them (else counts only).
 */
@Controller
class PollAnswerController {

	private final Polls polls;

	PollAnswerController(Polls polls) {
		this.polls = polls;
	}

	@GetMapping("/polls/answer/{token}")
	String page(@PathVariable String token, Model model, HttpServletResponse response) {
		try {
			Polls.Answering answering = polls.answering(token);
			return page(answering, answering.mine(), token, model);
		}
		catch (NotFoundException ex) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return "poll/unknown";
		}
	}

	/** The form sends one {@code option-<option id>=YES|IF_NEED_BE|NO} per option. */
	@PostMapping("/polls/answer/{token}")
	String answer(@PathVariable String token, @RequestParam Map<String, String> params, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Polls.Answering answering;
		try {
			answering = polls.answering(token);
		}
		catch (NotFoundException ex) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return "poll/unknown";
		}
		Map<UUID, String> choices = choices(params);
		try {
			polls.answer(token, choices);
		}
		catch (RuleViolation violation) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("refusal", violation);
			return page(answering, shownBack(choices), token, model);
		}
		catch (PollClosed closed) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("closedRefusal", true);
			return page(new Polls.Answering(closed.poll(), answering.invitee()), shownBack(choices), token, model);
		}
		redirect.addFlashAttribute("flash", "poll.answer.saved");
		return "redirect:/polls/answer/" + token;
	}

	static Map<UUID, String> choices(Map<String, String> params) {
		Map<UUID, String> choices = new LinkedHashMap<>();
		params.forEach((name, value) -> {
			if (name.startsWith("option-")) {
				try {
					choices.put(UUID.fromString(name.substring(7)), value);
				}
				catch (IllegalArgumentException ex) {
					choices.put(new UUID(0, 0), value); // refused as an unknown option
				}
			}
		});
		return choices;
	}

	private static Map<UUID, AnswerChoice> shownBack(Map<UUID, String> choices) {
		Map<UUID, AnswerChoice> back = new LinkedHashMap<>();
		choices.forEach((id, value) -> {
			AnswerChoice choice = AnswerChoice.parse(value);
			if (choice != null) {
				back.put(id, choice);
			}
		});
		return back;
	}

	private String page(Polls.Answering answering, Map<UUID, AnswerChoice> mine, String token, Model model) {
		model.addAttribute("poll", answering.poll());
		model.addAttribute("invitee", answering.invitee());
		model.addAttribute("results", answering.poll().results());
		model.addAttribute("mine", mine);
		model.addAttribute("token", token);
		model.addAttribute("choices", AnswerChoice.values());
		return "poll/answer";
	}

}
