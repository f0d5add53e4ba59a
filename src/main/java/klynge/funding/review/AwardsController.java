package klynge.funding.review;

import java.util.Map;
import java.util.UUID;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import klynge.cluster.CurrentCluster;
import klynge.shared.EditConflict;
import klynge.shared.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The awards page of a call ("Tildeling"): the ranked applications with an amount each,
 * the frame, the sum and what is left (live, htmx), saved through {@link Awards} by the
 * secretariat, read by the committee; "Marker som vedtatt"; and the letters, sent once
 * after a confirm step ({@link AwardLetters}). A refusal keeps every typed amount.
 */
@Controller
class AwardsController {

	private final Awards awards;

	private final AwardLetters letters;

	private final MessageSource messages;

	private final CurrentCluster cluster;

	AwardsController(Awards awards, AwardLetters letters, MessageSource messages, CurrentCluster cluster) {
		this.awards = awards;
		this.letters = letters;
		this.messages = messages;
		this.cluster = cluster;
	}

	@GetMapping("/funding/review-calls/{callId}/awards")
	String page(@PathVariable UUID callId, @RequestParam(required = false) String letters, Model model) {
		// which notice the letters' redirect asked for ("sent" or "already")
		model.addAttribute("letters", "sent".equals(letters) || "already".equals(letters) ? letters : null);
		return page(awards.sheet(callId), model);
	}

	private String page(AwardSheet sheet, Model model) {
		model.addAttribute("sheet", sheet);
		model.addAttribute("sent", letters.sent(sheet.call().id()).orElse(null));
		model.addAttribute("zone", cluster.get().zone());
		model.addAttribute("staff", awards.isStaff());
		return "funding/review/awards";
	}

	@PostMapping("/funding/review-calls/{callId}/awards")
	String save(@PathVariable UUID callId, @RequestParam Map<String, String> form, Model model,
			HttpServletResponse response) {
		AwardSheet typed = awards.sheet(callId).typed(form);
		try {
			awards.record(callId, typed.awards());
			return "redirect:/funding/review-calls/" + callId + "/awards?saved";
		}
		catch (RuleViolation violation) {
			// the form comes back with every amount as typed: nothing is lost
			refuse(violation, model, response);
			return page(typed, model);
		}
	}

	/**
	 * The live totals under the form: sum, left, over the frame, unreadable amounts.
	 * Without htmx, the whole page with the amounts as typed (nothing saved).
	 */
	@PostMapping("/funding/review-calls/{callId}/awards/sum")
	String sum(@PathVariable UUID callId, @RequestParam Map<String, String> form, HtmxRequest htmx, Model model) {
		AwardSheet typed = awards.sheet(callId).typed(form);
		if (!htmx.isHtmxRequest()) {
			return page(typed, model);
		}
		model.addAttribute("sheet", typed);
		return "funding/review/awards :: totals";
	}

	@PostMapping("/funding/review-calls/{callId}/decided")
	String decide(@PathVariable UUID callId, Model model, HttpServletResponse response) {
		try {
			awards.decide(callId);
			return "redirect:/funding/review-calls/" + callId + "/awards?decided";
		}
		catch (RuleViolation violation) {
			refuse(violation, model, response);
		}
		catch (EditConflict conflict) {
			refuse(new RuleViolation("status", "award.decide.conflict"), model, response);
			response.setStatus(HttpServletResponse.SC_CONFLICT);
		}
		return page(awards.sheet(callId), model);
	}

	@GetMapping("/funding/review-calls/{callId}/letters")
	String confirmLetters(@PathVariable UUID callId, Model model) {
		AwardSheet sheet = awards.sheet(callId);
		int[] counts = letters.counts(callId);
		model.addAttribute("sheet", sheet);
		model.addAttribute("awardCount", counts[0]);
		model.addAttribute("rejectionCount", counts[1]);
		model.addAttribute("sent", letters.sent(callId).orElse(null));
		model.addAttribute("zone", cluster.get().zone());
		return "funding/review/letters";
	}

	@PostMapping("/funding/review-calls/{callId}/letters")
	String sendLetters(@PathVariable UUID callId, Model model, HttpServletResponse response) {
		try {
			AwardLetters.Outcome outcome = letters.send(callId);
			return "redirect:/funding/review-calls/" + callId + "/awards?letters="
					+ (outcome.first() ? "sent" : "already");
		}
		catch (RuleViolation violation) {
			refuse(violation, model, response);
			return page(awards.sheet(callId), model);
		}
	}

	private void refuse(RuleViolation violation, Model model, HttpServletResponse response) {
		response.setStatus(422);
		model.addAttribute("error",
				messages.getMessage(violation.messageKey(), violation.arguments(), LocaleContextHolder.getLocale()));
	}

}
