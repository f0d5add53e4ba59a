package klynge.body;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import klynge.cluster.CurrentCluster;
import klynge.organisation.OrganisationDirectory;
import klynge.shared.Forms;
import klynge.shared.NotFoundException;
import klynge.shared.RuleViolation;
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
 * The editors' membership forms, reordering, and a person's memberships across bodies.
 */
@Controller
class MembershipController {

	private final MembershipService memberships;

	private final BodyService bodies;

	private final BodyDirectory directory;

	private final OrganisationDirectory registry;

	private final CurrentCluster cluster;

	MembershipController(MembershipService memberships, BodyService bodies, BodyDirectory directory,
			OrganisationDirectory registry, CurrentCluster cluster) {
		this.memberships = memberships;
		this.bodies = bodies;
		this.directory = directory;
		this.registry = registry;
		this.cluster = cluster;
	}

	@GetMapping("/bodies/{bodyId}/memberships/new")
	String createForm(@PathVariable UUID bodyId, @RequestParam(required = false) String validFrom, Model model) {
		bodies.body(cluster.id(), bodyId);
		MembershipForm form = new MembershipForm();
		LocalDate from = directory.today(cluster.id());
		try {
			from = validFrom == null || validFrom.isBlank() ? from : LocalDate.parse(validFrom.trim());
		}
		catch (DateTimeParseException e) {
			// keep today: the date field of the form explains the format when it is
			// posted
		}
		form.setValidFrom(from);
		model.addAttribute("form", form);
		return form(model, bodyId, null);
	}

	@PostMapping("/bodies/{bodyId}/memberships")
	String create(@PathVariable UUID bodyId, @Valid @ModelAttribute("form") MembershipForm form, BindingResult errors,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		bodies.body(cluster.id(), bodyId);
		return Forms.submit(errors, response, () -> {
			memberships.add(cluster.id(), bodyId, form.toCommand());
			redirect.addFlashAttribute("flash", "common.saved");
			return "redirect:/bodies/" + bodyId + "?date=" + form.getValidFrom();
		}, () -> form(model, bodyId, null));
	}

	@GetMapping("/bodies/{bodyId}/memberships/{id}/edit")
	String editForm(@PathVariable UUID bodyId, @PathVariable UUID id, Model model) {
		model.addAttribute("form", MembershipForm.of(memberships.membershipOf(cluster.id(), bodyId, id)));
		return form(model, bodyId, id);
	}

	@PostMapping("/bodies/{bodyId}/memberships/{id}")
	String update(@PathVariable UUID bodyId, @PathVariable UUID id, @Valid @ModelAttribute("form") MembershipForm form,
			BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		memberships.membershipOf(cluster.id(), bodyId, id);
		return Forms.submit(errors, response, () -> {
			memberships.update(cluster.id(), id, form.toCommand(), form.getVersion());
			redirect.addFlashAttribute("flash", "common.saved");
			return "redirect:/bodies/" + bodyId + "?date=" + form.getValidFrom();
		}, () -> form(model, bodyId, id));
	}

	@PostMapping("/bodies/{bodyId}/memberships/{id}/end")
	String end(@PathVariable UUID bodyId, @PathVariable UUID id, @RequestParam(required = false) String validTo,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		var current = memberships.membershipOf(cluster.id(), bodyId, id);
		return Forms.submit(response, () -> {
			memberships.end(cluster.id(), id, endDate(validTo));
			redirect.addFlashAttribute("flash", "membership.ended");
			return "redirect:/bodies/" + bodyId;
		}, violation -> {
			model.addAttribute("endError", violation.messageKey());
			model.addAttribute("endValue", validTo);
			model.addAttribute("form", MembershipForm.of(current));
			return form(model, bodyId, id);
		});
	}

	@PostMapping("/bodies/{bodyId}/memberships/{id}/delete")
	String delete(@PathVariable UUID bodyId, @PathVariable UUID id, RedirectAttributes redirect) {
		memberships.membershipOf(cluster.id(), bodyId, id);
		memberships.delete(cluster.id(), id);
		redirect.addFlashAttribute("flash", "common.deleted");
		return "redirect:/bodies/" + bodyId;
	}

	/** Up/down in the member table; htmx swaps the table from the redirected page. */
	@PostMapping("/bodies/{bodyId}/memberships/{id}/move")
	String move(@PathVariable UUID bodyId, @PathVariable UUID id, @RequestParam String direction,
			@RequestParam(required = false) String date) {
		LocalDate day;
		try {
			day = date == null || date.isBlank() ? directory.today(cluster.id()) : LocalDate.parse(date.trim());
		}
		catch (DateTimeParseException e) {
			day = directory.today(cluster.id());
		}
		memberships.move(cluster.id(), bodyId, id, day, "up".equals(direction));
		return "redirect:/bodies/" + bodyId + "?date=" + day + "#members";
	}

	@GetMapping("/people/{personId}/memberships")
	String ofPerson(@PathVariable UUID personId, Model model, HtmxRequest htmx) {
		model.addAttribute("person",
				registry.person(cluster.id(), personId).orElseThrow(() -> new NotFoundException("person", personId)));
		model.addAttribute("lines", bodies.personHistory(cluster.id(), personId));
		return htmx.isHtmxRequest() ? "body/person-memberships :: memberships-content" : "body/person-memberships";
	}

	private static LocalDate parse(String text) {
		return text == null || text.isBlank() ? null : LocalDate.parse(text.trim());
	}

	/** The end date typed in the member table; a malformed one is refused like a rule. */
	private static LocalDate endDate(String text) {
		try {
			return parse(text);
		}
		catch (DateTimeParseException e) {
			throw new RuleViolation("validTo", "membership.end.invalid");
		}
	}

	private String form(Model model, UUID bodyId, UUID id) {
		model.addAttribute("bodyId", bodyId);
		model.addAttribute("membershipId", id);
		model.addAttribute("bodyName", directory.body(cluster.id(), bodyId).map(BodySummary::name).orElse(""));
		model.addAttribute("roles", MembershipRole.values());
		model.addAttribute("people", registry.people(cluster.id()));
		model.addAttribute("organisations", registry.organisations(cluster.id()));
		// Deputies stand in for a member of the body who holds office on the deputy's
		// first day.
		LocalDate from = ((MembershipForm) model.getAttribute("form")).getValidFrom();
		model.addAttribute("candidates",
				bodies.view(cluster.id(), bodyId, directory.today(cluster.id()))
					.history()
					.stream()
					.filter(line -> line.membership().role() != MembershipRole.DEPUTY)
					.filter(line -> from == null || line.membership().toDomain().term().contains(from))
					.toList());
		return "body/membership-form";
	}

}
