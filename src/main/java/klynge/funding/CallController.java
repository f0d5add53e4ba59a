package klynge.funding;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import klynge.funding.project.Projects;
import klynge.organisation.OrganisationDirectory;
import klynge.cluster.CurrentCluster;
import klynge.shared.EditConflict;
import klynge.shared.Forms;
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
 * The call pages: the list for the cluster's people, one call (public once published),
 * drafting (frame and conditions, sections, criteria), comments in the comment round, the
 * versions of a section side by side, and the steps of the life cycle.
 */
@Controller
class CallController {

	private final Calls calls;

	private final Funds funds;

	private final Applications applications;

	private final OrganisationDirectory organisations;

	private final CurrentCluster cluster;

	private final Projects projects;

	CallController(Calls calls, Funds funds, Applications applications, OrganisationDirectory organisations,
			CurrentCluster cluster, Projects projects) {
		this.calls = calls;
		this.funds = funds;
		this.applications = applications;
		this.organisations = organisations;
		this.cluster = cluster;
		this.projects = projects;
	}

	@GetMapping("/calls")
	String list(Model model) {
		model.addAttribute("calls", calls.list());
		model.addAttribute("funds", funds.list());
		return "funding/calls";
	}

	@GetMapping("/calls/{id}")
	String show(@PathVariable UUID id, Model model) {
		FundingCall call = calls.get(id);
		model.addAttribute("call", call);
		model.addAttribute("fund", funds.get(call.fundId()));
		model.addAttribute("frame", funds.frame(funds.get(call.fundId())));
		model.addAttribute("sections", calls.sections(id));
		model.addAttribute("criteria", calls.criteria(id));
		model.addAttribute("comments", calls.comments(id));
		model.addAttribute("mayManage", calls.mayManage(call));
		model.addAttribute("mayComment", calls.mayComment(call));
		model.addAttribute("adopted", calls.adoptedItem(call).orElse(null));
		model.addAttribute("adoptable", calls.mayManage(call) && call.status() == CallStatus.COMMENT_ROUND
				? calls.adoptableItems(call) : List.of());
		model.addAttribute("organisationNames", organisationNames());
		model.addAttribute("bodies", calls.bodies());
		return "funding/call";
	}

	@GetMapping("/calls/new")
	String create(Model model) {
		model.addAttribute("form", CallForm.empty());
		return form(model, null);
	}

	@PostMapping("/calls")
	String add(@Valid @ModelAttribute("form") CallForm form, BindingResult errors, Model model,
			HttpServletResponse response) {
		return Forms.submit(errors, response, () -> {
			Projects.checkCallDueDates(form.progressReportDue(), form.finalReportDue());
			UUID id = calls.create(form);
			projects.saveCallDueDates(id, form.progressReportDue(), form.finalReportDue());
			return "redirect:/calls/" + id;
		}, () -> form(model, null));
	}

	@GetMapping("/calls/{id}/edit")
	String edit(@PathVariable UUID id, Model model) {
		FundingCall call = calls.get(id);
		Projects.CallDue due = projects.callDue(id);
		model.addAttribute("form", CallForm.of(call, due.progress(), due.finalReport()));
		return form(model, call);
	}

	@PostMapping("/calls/{id}")
	String update(@PathVariable UUID id, @Valid @ModelAttribute("form") CallForm form, BindingResult errors,
			Model model, HttpServletResponse response) {
		FundingCall call = calls.get(id);
		try {
			return Forms.submit(errors, response, () -> {
				Projects.checkCallDueDates(form.progressReportDue(), form.finalReportDue());
				calls.update(id, form, form.version() == null ? call.version() : form.version());
				projects.saveCallDueDates(id, form.progressReportDue(), form.finalReportDue());
				return "redirect:/calls/" + id;
			}, () -> form(model, call));
		}
		catch (EditConflict conflict) {
			errors.reject("funding.conflict");
			response.setStatus(HttpStatus.CONFLICT.value());
			return form(model, calls.get(id));
		}
	}

	private String form(Model model, FundingCall call) {
		model.addAttribute("call", call);
		model.addAttribute("funds", funds.list());
		model.addAttribute("committees", calls.committees());
		model.addAttribute("bodies", calls.bodies());
		model.addAttribute("organisations", organisations.organisations(cluster.id()));
		return "funding/call-form";
	}

	@PostMapping("/calls/{id}/sections")
	String addSection(@PathVariable UUID id, @RequestParam(required = false) String heading,
			@RequestParam(required = false) String body, RedirectAttributes redirect, Model model,
			HttpServletResponse response) {
		return Forms.submit(response, () -> {
			UUID section = calls.addSection(id, heading, body);
			return "redirect:/calls/" + id + "#section-" + section;
		}, violation -> refused(model, id, violation));
	}

	@PostMapping("/calls/{id}/sections/{sectionId}")
	String saveSection(@PathVariable UUID id, @PathVariable UUID sectionId,
			@RequestParam(required = false) String heading, @RequestParam(required = false) String body,
			@RequestParam(defaultValue = "0") int version, Model model, HttpServletResponse response) {
		try {
			return Forms.submit(response, () -> {
				calls.saveSection(sectionId, heading, body, version);
				return "redirect:/calls/" + id + "#section-" + sectionId;
			}, violation -> refused(model, id, violation));
		}
		catch (EditConflict conflict) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return refused(model, id, new RuleViolation(null, "funding.conflict"));
		}
	}

	@PostMapping("/calls/{id}/sections/{sectionId}/comments")
	String comment(@PathVariable UUID id, @PathVariable UUID sectionId, @RequestParam(required = false) String text,
			Model model, HttpServletResponse response) {
		return Forms.submit(response, () -> {
			calls.comment(sectionId, text);
			return "redirect:/calls/" + id + "#section-" + sectionId;
		}, violation -> refused(model, id, violation));
	}

	@GetMapping("/calls/{id}/sections/{sectionId}/versions")
	String versions(@PathVariable UUID id, @PathVariable UUID sectionId, @RequestParam(required = false) Integer from,
			@RequestParam(required = false) Integer to, Model model) {
		CallSection section = calls.section(sectionId);
		List<SectionVersion> versions = calls.versions(sectionId);
		int last = versions.isEmpty() ? 0 : versions.getLast().number();
		int right = to == null ? last : to;
		int left = from == null ? Math.max(1, right - 1) : from;
		SectionVersion a = versions.stream().filter(v -> v.number() == left).findFirst().orElse(null);
		SectionVersion b = versions.stream().filter(v -> v.number() == right).findFirst().orElse(null);
		model.addAttribute("call", calls.get(id));
		model.addAttribute("section", section);
		model.addAttribute("versions", versions);
		model.addAttribute("left", a);
		model.addAttribute("right", b);
		model.addAttribute("diff", a == null || b == null ? List.of() : TextDiff.words(a.body(), b.body()));
		return "funding/versions";
	}

	@PostMapping("/calls/{id}/criteria")
	String addCriterion(@PathVariable UUID id, @RequestParam(required = false) String name,
			@RequestParam(required = false) String description, @RequestParam(defaultValue = "-1") int weight,
			Model model, HttpServletResponse response) {
		return Forms.submit(response, () -> {
			calls.addCriterion(id, name, description, weight);
			return "redirect:/calls/" + id + "#criteria";
		}, violation -> refused(model, id, violation));
	}

	@PostMapping("/calls/{id}/criteria/{criterionId}/delete")
	String deleteCriterion(@PathVariable UUID id, @PathVariable UUID criterionId, Model model,
			HttpServletResponse response) {
		return Forms.submit(response, () -> {
			calls.deleteCriterion(id, criterionId);
			return "redirect:/calls/" + id + "#criteria";
		}, violation -> refused(model, id, violation));
	}

	@PostMapping("/calls/{id}/status")
	String status(@PathVariable UUID id, @RequestParam CallStatus status,
			@RequestParam(required = false) UUID adoptedItemId, @RequestParam(defaultValue = "0") int version,
			Model model, HttpServletResponse response) {
		try {
			return Forms.submit(response, () -> {
				calls.moveTo(id, status, adoptedItemId, version);
				return "redirect:/calls/" + id;
			}, violation -> refused(model, id, violation));
		}
		catch (EditConflict conflict) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return refused(model, id, new RuleViolation(null, "funding.conflict"));
		}
	}

	@GetMapping("/calls/{id}/applications")
	String applications(@PathVariable UUID id, Model model) {
		model.addAttribute("call", calls.get(id));
		model.addAttribute("applications", applications.ofCall(id));
		model.addAttribute("organisationNames", organisationNames());
		return "funding/call-applications";
	}

	/** The call page again with the refusal on top (422, set by Forms). */
	private String refused(Model model, UUID id, RuleViolation violation) {
		model.addAttribute("refusal", violation);
		return show(id, model);
	}

	private java.util.Map<UUID, String> organisationNames() {
		java.util.Map<UUID, String> names = new java.util.HashMap<>();
		organisations.organisations(cluster.id()).forEach(o -> names.put(o.id(), o.name()));
		return names;
	}

}
