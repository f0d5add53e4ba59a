package klynge.casefile;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import klynge.body.BodyDirectory;
import klynge.cluster.CurrentCluster;
import klynge.meeting.Meeting;
import klynge.meeting.Meetings;
import klynge.shared.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Cases and their timelines; putting an item in a case and referring it to another body.
 */
@Controller
class CaseController {

	private final CaseFiles caseFiles;

	private final Referrals referrals;

	private final BodyDirectory bodies;

	private final Meetings meetings;

	private final CurrentCluster cluster;

	CaseController(CaseFiles caseFiles, Referrals referrals, BodyDirectory bodies, Meetings meetings,
			CurrentCluster cluster) {
		this.caseFiles = caseFiles;
		this.referrals = referrals;
		this.bodies = bodies;
		this.meetings = meetings;
		this.cluster = cluster;
	}

	@GetMapping("/cases")
	String list(Model model) {
		model.addAttribute("cases", caseFiles.visibleCases());
		return "casefile/cases";
	}

	@GetMapping("/cases/{id}")
	String timeline(@PathVariable UUID id, Model model) {
		model.addAttribute("timeline", caseFiles.timeline(id));
		return "casefile/case";
	}

	@GetMapping("/items/{itemId}/case")
	String caseForm(@PathVariable UUID itemId, Model model) {
		return caseForm(model, caseFiles.item(itemId), null);
	}

	@PostMapping("/items/{itemId}/case")
	String putInCase(@PathVariable UUID itemId, @RequestParam(required = false) UUID caseId,
			@RequestParam(required = false) String title, Model model, HttpServletResponse response) {
		ItemRef item = caseFiles.item(itemId);
		return Forms.submit(response, () -> {
			if (caseId != null) {
				caseFiles.addItem(caseId, itemId);
			}
			else {
				caseFiles.createFromItem(itemId, title);
			}
			return redirectTo(item);
		}, violation -> caseForm(model, item, violation.messageKey()));
	}

	@GetMapping("/items/{itemId}/referrals/new")
	String referralForm(@PathVariable UUID itemId, Model model) {
		model.addAttribute("form", ReferralForm.empty());
		return referralForm(model, caseFiles.item(itemId));
	}

	@PostMapping("/items/{itemId}/referrals")
	String refer(@PathVariable UUID itemId, @Valid @ModelAttribute("form") ReferralForm form, BindingResult errors,
			Model model, HttpServletResponse response) {
		ItemRef item = caseFiles.item(itemId);
		return Forms.submit(errors, response, () -> {
			referrals.refer(itemId, form);
			return redirectTo(item);
		}, () -> referralForm(model, item));
	}

	private String caseForm(Model model, ItemRef item, String error) {
		model.addAttribute("item", item);
		model.addAttribute("current", caseFiles.caseOf(item.itemId()).orElse(null));
		model.addAttribute("cases", caseFiles.list());
		model.addAttribute("error", error);
		model.addAttribute("bodyName", bodies.nameOn(cluster.id(), item.bodyId(), item.meetingDate()));
		return "casefile/case-form";
	}

	private String referralForm(Model model, ItemRef item) {
		model.addAttribute("item", item);
		model.addAttribute("bodyName", bodies.nameOn(cluster.id(), item.bodyId(), item.meetingDate()));
		model.addAttribute("bodies",
				bodies.bodies(cluster.id()).stream().filter(b -> !b.id().equals(item.bodyId())).toList());
		model.addAttribute("meetings", referrals.expectedMeetingChoices(item));
		model.addAttribute("meetingNames", new MeetingNames(meetings));
		return "casefile/referral-form";
	}

	private static String redirectTo(ItemRef item) {
		return "redirect:/meetings/" + item.meetingId() + "#" + item.anchor();
	}

	/** Names a meeting for a select: "Partnermøtet 16.10.2023". */
	record MeetingNames(Meetings meetings) {

		public String of(Meeting meeting) {
			return meetings.bodyName(meeting) + " " + CaseController.shortDate(meeting.meetingDate());
		}
	}

	static String shortDate(LocalDate date) {
		return DateTimeFormatter.ofPattern("dd.MM.yyyy").format(date);
	}

}
