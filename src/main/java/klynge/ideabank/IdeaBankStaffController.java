package klynge.ideabank;

import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The organisers' pages: the calls and thesis ideas, a call with its submissions and the
 * publishing action, a submission with its poster, decision and program slot.
 */
@Controller
class IdeaBankStaffController {

	private final IdeaBank ideaBank;

	IdeaBankStaffController(IdeaBank ideaBank) {
		this.ideaBank = ideaBank;
	}

	@GetMapping("/ideabank")
	String overview(Model model) {
		return overview(Map.of(), Map.of(), model);
	}

	private String overview(Map<String, String> errors, Map<String, String> typed, Model model) {
		model.addAttribute("rows", ideaBank.calls());
		model.addAttribute("eventChoices", ideaBank.eventsWithoutCall());
		model.addAttribute("ideas", ideaBank.ideas());
		model.addAttribute("errors", errors);
		model.addAttribute("typed", typed);
		model.addAttribute("zone", ideaBank.zone());
		return "ideabank/staff";
	}

	@PostMapping("/ideabank/cfp")
	String createCall(@RequestParam(required = false) UUID eventId, @RequestParam(required = false) String opensAt,
			@RequestParam(required = false) String closesAt, @RequestParam(required = false) String topics,
			HttpServletResponse response, Model model) {
		try {
			return "redirect:/ideabank/cfp/" + ideaBank.createCall(eventId, opensAt, closesAt, topics);
		}
		catch (Refused refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return overview(refused.errors(), typed("opensAt", opensAt, "closesAt", closesAt, "topics", topics), model);
		}
	}

	@PostMapping("/ideabank/ideas")
	String addIdea(@RequestParam(required = false) String ideaTitle,
			@RequestParam(required = false) String ideaDescription,
			@RequestParam(required = false) String ideaOrganisation, @RequestParam(required = false) String ideaTopic,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		try {
			ideaBank.addIdea(ideaTitle, ideaDescription, ideaOrganisation, ideaTopic);
		}
		catch (Refused refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return overview(refused.errors(), typed("ideaTitle", ideaTitle, "ideaDescription", ideaDescription,
					"ideaOrganisation", ideaOrganisation, "ideaTopic", ideaTopic), model);
		}
		redirect.addFlashAttribute("flash", "ideabank.saved");
		return "redirect:/ideabank";
	}

	@PostMapping("/ideabank/ideas/{id}/delete")
	String deleteIdea(@PathVariable UUID id, RedirectAttributes redirect) {
		ideaBank.deleteIdea(id);
		redirect.addFlashAttribute("flash", "ideabank.saved");
		return "redirect:/ideabank";
	}

	@GetMapping("/ideabank/cfp/{id}")
	String call(@PathVariable UUID id, Model model) {
		return call(id, Map.of(), null, model);
	}

	private String call(UUID id, Map<String, String> errors, Map<String, String> typed, Model model) {
		IdeaBank.CallView view = ideaBank.call(id);
		model.addAttribute("view", view);
		model.addAttribute("submissions", ideaBank.submissions(id));
		model.addAttribute("errors", errors);
		model.addAttribute("typed", typed != null ? typed : typed("opensAt",
				view.call().opensAt().atZoneSameInstant(ideaBank.zone()).toLocalDateTime().toString(), "closesAt",
				view.call().closesAt().atZoneSameInstant(ideaBank.zone()).toLocalDateTime().toString(), "topics",
				view.call().topics()));
		model.addAttribute("zone", ideaBank.zone());
		return "ideabank/call";
	}

	@PostMapping("/ideabank/cfp/{id}")
	String updateCall(@PathVariable UUID id, @RequestParam(required = false) Integer version,
			@RequestParam(required = false) String opensAt, @RequestParam(required = false) String closesAt,
			@RequestParam(required = false) String topics, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		try {
			ideaBank.updateCall(id, version, opensAt, closesAt, topics);
		}
		catch (Refused refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return call(id, refused.errors(), typed("opensAt", opensAt, "closesAt", closesAt, "topics", topics), model);
		}
		redirect.addFlashAttribute("flash", "ideabank.saved");
		return "redirect:/ideabank/cfp/" + id;
	}

	@PostMapping("/ideabank/cfp/{id}/publish")
	String publish(@PathVariable UUID id, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		try {
			ideaBank.publish(id);
		}
		catch (Refused refused) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return call(id, refused.errors(), null, model);
		}
		redirect.addFlashAttribute("flash", "ideabank.published");
		return "redirect:/ideabank/cfp/" + id;
	}

	@GetMapping("/ideabank/submissions/{id}")
	String submission(@PathVariable UUID id, Model model) {
		return submission(id, Map.of(), Map.of(), model);
	}

	private String submission(UUID id, Map<String, String> errors, Map<String, String> typed, Model model) {
		Submission s = ideaBank.submission(id);
		model.addAttribute("submission", s);
		model.addAttribute("view", ideaBank.call(s.callId()));
		model.addAttribute("errors", errors);
		model.addAttribute("typed", typed);
		return "ideabank/submission";
	}

	@GetMapping("/ideabank/submissions/{id}/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
		return IdeaBankController.pdf(ideaBank.staffPosterFile(id));
	}

	@PostMapping("/ideabank/submissions/{id}/decision")
	String decide(@PathVariable UUID id, @RequestParam(required = false) Integer version,
			@RequestParam(required = false) String decision, @RequestParam(required = false) String comment,
			@RequestParam(defaultValue = "false") boolean thesisIdea, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		try {
			ideaBank.decide(id, version, decision, comment, thesisIdea);
		}
		catch (Refused refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return submission(id, refused.errors(), typed("comment", comment), model);
		}
		redirect.addFlashAttribute("flash", "ideabank.saved");
		return "redirect:/ideabank/submissions/" + id;
	}

	@PostMapping("/ideabank/submissions/{id}/slot")
	String slot(@PathVariable UUID id, @RequestParam(required = false) String slotDay,
			@RequestParam(required = false) String slotStartsAt, @RequestParam(required = false) String slotEndsAt,
			@RequestParam(required = false) String slotSession, @RequestParam(required = false) String slotRoom,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		try {
			ideaBank.slot(id, slotDay, slotStartsAt, slotEndsAt, slotSession, slotRoom);
		}
		catch (Refused refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return submission(id, refused.errors(), typed("slotDay", slotDay, "slotStartsAt", slotStartsAt,
					"slotEndsAt", slotEndsAt, "slotSession", slotSession, "slotRoom", slotRoom), model);
		}
		redirect.addFlashAttribute("flash", "ideabank.saved");
		return "redirect:/ideabank/submissions/" + id;
	}

	/** What was typed, by field (nulls become blanks), to show again with the errors. */
	private static Map<String, String> typed(String... pairs) {
		Map<String, String> map = new java.util.HashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put(pairs[i], pairs[i + 1] == null ? "" : pairs[i + 1]);
		}
		return map;
	}

}
