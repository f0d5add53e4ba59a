package klynge.poll;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import klynge.body.BodyDirectory;
import klynge.cluster.CurrentCluster;
import klynge.shared.RuleViolation;
import org.springframework.http.HttpStatus;
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
 * The secretariat's poll pages: the list, a new poll, and each poll's page with its
 * options, invitees, results matrix, invitations, reminders and closing. A refused step
 * shows the page again (422) with the message and what was typed.
 */
@Controller
class PollController {

	private final Polls polls;

	private final BodyDirectory bodies;

	private final CurrentCluster cluster;

	PollController(Polls polls, BodyDirectory bodies, CurrentCluster cluster) {
		this.polls = polls;
		this.bodies = bodies;
		this.cluster = cluster;
	}

	@GetMapping("/polls")
	String list(Model model) {
		model.addAttribute("polls", polls.polls());
		return "poll/list";
	}

	@GetMapping("/polls/new")
	String form(Model model) {
		return newPage(PollForm.empty(), model);
	}

	@PostMapping("/polls")
	String create(@ModelAttribute("form") PollForm form, BindingResult errors, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		try {
			if (errors.hasErrors()) {
				throw new RuleViolation(null, "poll.form.invalid");
			}
			UUID id = polls.create(form);
			redirect.addFlashAttribute("flash", "poll.created");
			return "redirect:/polls/" + id;
		}
		catch (RuleViolation violation) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("refusal", violation);
			return newPage(form, model);
		}
	}

	private String newPage(PollForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("bodies", bodies.bodies(cluster.id()));
		return "poll/new";
	}

	@GetMapping("/polls/{id}")
	String poll(@PathVariable UUID id, Model model) {
		return page(id, model, OptionForm.empty(), InviteeForm.empty());
	}

	@PostMapping("/polls/{id}/options")
	String addOption(@PathVariable UUID id, @ModelAttribute OptionForm form, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		return step(id, response, model, redirect, "poll.option.added", () -> polls.addOption(id, form), form,
				InviteeForm.empty());
	}

	@PostMapping("/polls/{id}/options/{optionId}/delete")
	String removeOption(@PathVariable UUID id, @PathVariable UUID optionId, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		return step(id, response, model, redirect, "poll.option.removed", () -> polls.removeOption(id, optionId),
				OptionForm.empty(), InviteeForm.empty());
	}

	@PostMapping("/polls/{id}/invitees")
	String addInvitee(@PathVariable UUID id, @ModelAttribute InviteeForm form, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		return step(id, response, model, redirect, "poll.invitee.added", () -> polls.addInvitee(id, form),
				OptionForm.empty(), form);
	}

	@PostMapping("/polls/{id}/invitees/{inviteeId}/delete")
	String removeInvitee(@PathVariable UUID id, @PathVariable UUID inviteeId, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		return step(id, response, model, redirect, "poll.invitee.removed", () -> polls.removeInvitee(id, inviteeId),
				OptionForm.empty(), InviteeForm.empty());
	}

	@PostMapping("/polls/{id}/invitations")
	String invite(@PathVariable UUID id, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		return step(id, response, model, redirect, "poll.invited",
				() -> redirect.addFlashAttribute("flashCount", polls.sendInvitations(id).size()), OptionForm.empty(),
				InviteeForm.empty());
	}

	@PostMapping("/polls/{id}/reminders")
	String remind(@PathVariable UUID id, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		return step(id, response, model, redirect, "poll.reminded",
				() -> redirect.addFlashAttribute("flashCount", polls.remind(id).size()), OptionForm.empty(),
				InviteeForm.empty());
	}

	/** The form sends one {@code slot-<slot id>=<option id>} per meeting. */
	@PostMapping("/polls/{id}/close")
	String close(@PathVariable UUID id, @RequestParam Map<String, String> params, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		return step(id, response, model, redirect, "poll.closed", () -> polls.close(id, chosen(params)),
				OptionForm.empty(), InviteeForm.empty());
	}

	static Map<UUID, UUID> chosen(Map<String, String> params) {
		Map<UUID, UUID> chosen = new HashMap<>();
		params.forEach((name, value) -> {
			if (name.startsWith("slot-")) {
				try {
					chosen.put(UUID.fromString(name.substring(5)), UUID.fromString(value));
				}
				catch (IllegalArgumentException ex) {
					// a garbled id chooses nothing: the service names the slot
				}
			}
		});
		return chosen;
	}

	private String step(UUID id, HttpServletResponse response, Model model, RedirectAttributes redirect, String flash,
			Runnable work, OptionForm option, InviteeForm invitee) {
		try {
			work.run();
		}
		catch (RuleViolation violation) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("refusal", violation);
			return page(id, model, option, invitee);
		}
		catch (PollClosed closed) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("closedRefusal", true);
			return page(id, model, option, invitee);
		}
		redirect.addFlashAttribute("flash", flash);
		return "redirect:/polls/" + id;
	}

	private String page(UUID id, Model model, OptionForm option, InviteeForm invitee) {
		Poll poll = polls.get(id);
		model.addAttribute("poll", poll);
		model.addAttribute("results", poll.results());
		model.addAttribute("optionForm", option);
		model.addAttribute("inviteeForm", invitee);
		List<Invitee> remindable = poll.open() ? poll.results().unanswered().stream().filter(Invitee::invited).toList()
				: List.of();
		model.addAttribute("remindable", remindable);
		model.addAttribute("uninvited", poll.invitees().stream().filter(i -> !i.invited()).count());
		return "poll/poll";
	}

}
