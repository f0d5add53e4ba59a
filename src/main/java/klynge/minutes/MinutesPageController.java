package klynge.minutes;

import java.util.Map;
import java.util.UUID;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import klynge.casefile.ReferralForm;
import klynge.casefile.Referrals;
import klynge.followup.FollowUpForm;
import klynge.followup.FollowUps;
import klynge.shared.RuleViolation;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The minutes of a whole meeting on one page ({@link MinutesPage}): the page, one item's
 * part again, and follow-ups and referrals added inline. Each item's text autosaves
 * through the item's own route ({@code POST /items/{id}/minutes}, in
 * {@link MinutesController}).
 */
@Controller
class MinutesPageController {

	private final MinutesPage page;

	private final FollowUps followUps;

	private final Referrals referrals;

	private final MinutesGuard guard;

	MinutesPageController(MinutesPage page, FollowUps followUps, Referrals referrals, MinutesGuard guard) {
		this.page = page;
		this.followUps = followUps;
		this.referrals = referrals;
		this.guard = guard;
	}

	@GetMapping("/meetings/{meetingId}/minutes/edit")
	String edit(@PathVariable UUID meetingId, Model model) {
		guard.requireStaff();
		return page.page(meetingId, Map.of(), model);
	}

	/**
	 * One item's part as saved now: "use the saved version" after a conflict swaps it in;
	 * without htmx, the page at the item.
	 */
	@GetMapping("/meetings/{meetingId}/minutes/items/{itemId}")
	String item(@PathVariable UUID meetingId, @PathVariable UUID itemId, Model model, HtmxRequest htmx) {
		guard.requireStaff();
		if (!htmx.isHtmxRequest()) {
			page.requireItemOf(meetingId, itemId);
			return "redirect:/meetings/" + meetingId + "/minutes/edit#minutes-item-" + itemId;
		}
		return page.item(meetingId, itemId, model);
	}

	/** "GG følger opp saken" added under the item, with owner and deadline. */
	@PostMapping("/meetings/{meetingId}/minutes/items/{itemId}/followups")
	String addFollowUp(@PathVariable UUID meetingId, @PathVariable UUID itemId,
			@Valid @ModelAttribute("followUpForm") FollowUpForm form, BindingResult errors, Model model,
			HttpServletResponse response, HtmxRequest htmx) {
		guard.requireStaff();
		page.requireItemOf(meetingId, itemId);
		String refused = errors.hasErrors() ? invalid(errors, "minutes.page.describe") : null;
		if (refused == null) {
			try {
				followUps.add(itemId, form);
			}
			catch (RuleViolation violation) {
				refused = violation.messageKey();
				model.addAttribute("refusedArguments", violation.arguments());
			}
		}
		if (refused != null) {
			model.addAttribute("followUpError", refused);
			model.addAttribute("followUpTyped", form);
		}
		else {
			model.addAttribute("added", "minutes.page.followUpAdded");
		}
		return answer(meetingId, itemId, refused != null, model, response, htmx);
	}

	/** The matter referred to another body, from under the item. */
	@PostMapping("/meetings/{meetingId}/minutes/items/{itemId}/referrals")
	String refer(@PathVariable UUID meetingId, @PathVariable UUID itemId,
			@Valid @ModelAttribute("referralForm") ReferralForm form, BindingResult errors, Model model,
			HttpServletResponse response, HtmxRequest htmx) {
		guard.requireStaff();
		page.requireItemOf(meetingId, itemId);
		String refused = errors.hasErrors() ? (errors.hasFieldErrors("toBodyId") ? "referral.body.unknown"
				: invalid(errors, "minutes.page.describe")) : null;
		if (refused == null) {
			try {
				referrals.refer(itemId, form);
			}
			catch (RuleViolation violation) {
				refused = violation.messageKey();
				model.addAttribute("refusedArguments", violation.arguments());
			}
		}
		if (refused != null) {
			model.addAttribute("referralError", refused);
			model.addAttribute("referralTyped", form);
		}
		else {
			model.addAttribute("added", "minutes.page.referralAdded");
		}
		return answer(meetingId, itemId, refused != null, model, response, htmx);
	}

	private String answer(UUID meetingId, UUID itemId, boolean refused, Model model, HttpServletResponse response,
			HtmxRequest htmx) {
		if (refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			if (!model.containsAttribute("refusedArguments")) {
				model.addAttribute("refusedArguments", new Object[0]);
			}
		}
		if (htmx.isHtmxRequest()) {
			return page.records(meetingId, itemId, model);
		}
		if (!refused) {
			return "redirect:/meetings/" + meetingId + "/minutes/edit#minutes-item-" + itemId;
		}
		model.addAttribute("refusedItem", itemId);
		return page.page(meetingId, Map.of(), model);
	}

	private static String invalid(BindingResult errors, String blank) {
		if (errors.hasFieldErrors("description")) {
			return blank;
		}
		if (errors.hasFieldErrors("dueOn")) {
			return "minutes.page.badDate";
		}
		return "error.validation";
	}

}
