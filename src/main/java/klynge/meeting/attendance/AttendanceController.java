package klynge.meeting.attendance;

import java.util.UUID;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import klynge.cluster.CurrentCluster;
import klynge.meeting.Meeting;
import klynge.meeting.Meetings;
import klynge.organisation.OrganisationDirectory;
import klynge.shared.EditConflict;
import klynge.shared.Forms;
import klynge.shared.NotFoundException;
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
 * Recording attendance: Innkalt, Forfall (x, vara, teams), deputies, guests and who
 * chaired.
 */
@Controller
class AttendanceController {

	private final Attendance attendance;

	private final Meetings meetings;

	private final OrganisationDirectory registry;

	private final CurrentCluster cluster;

	AttendanceController(Attendance attendance, Meetings meetings, OrganisationDirectory registry,
			CurrentCluster cluster) {
		this.attendance = attendance;
		this.meetings = meetings;
		this.registry = registry;
		this.cluster = cluster;
	}

	@GetMapping("/meetings/{meetingId}/attendance/edit")
	String edit(@PathVariable UUID meetingId, Model model) {
		model.addAttribute("guestForm", new GuestForm(null, null, null));
		return page(meetingId, model);
	}

	/**
	 * One row at a time; with htmx only that row is swapped. Errors stand beside the
	 * row's field.
	 */
	@PostMapping("/attendance/{id}")
	String update(@PathVariable UUID id, @Valid AttendanceForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect, @RequestParam UUID meetingId, HtmxRequest htmx) {
		if (errors.hasErrors()) {
			boolean deputy = errors.hasFieldErrors("deputyPersonId");
			response.setStatus(422);
			return row(id, meetingId, deputy ? "attendance.deputy.unknown" : "error.validation",
					deputy ? "deputyPersonId" : null, model, redirect, htmx);
		}
		try {
			return Forms.submit(response, () -> {
				attendance.update(id, form);
				return row(id, meetingId, null, null, model, redirect, htmx);
			}, violation -> row(id, meetingId, violation.messageKey(), violation.field(), model, redirect, htmx));
		}
		catch (EditConflict conflict) {
			response.setStatus(409);
			return row(id, meetingId, "error.conflict", null, model, redirect, htmx);
		}
	}

	/**
	 * The row again (htmx) or the page with the row's message, or after a save the page
	 * by Post/Redirect/Get; the caller has set the status of a refusal.
	 */
	private String row(UUID id, UUID meetingId, String error, String field, Model model, RedirectAttributes redirect,
			HtmxRequest htmx) {
		model.addAttribute("rowError", error);
		model.addAttribute("rowErrorField", field);
		model.addAttribute("rowErrorFor", id);
		if (htmx.isHtmxRequest()) {
			AttendanceSheet sheet = attendance.sheet(meetingId);
			model.addAttribute("a",
					sheet.attendees()
						.stream()
						.filter(a -> a.id().equals(id))
						.findFirst()
						.orElseThrow(() -> new NotFoundException("attendee", id)));
			model.addAttribute("meetingId", meetingId);
			model.addAttribute("people", registry.people(cluster.id()));
			model.addAttribute("statuses", AttendanceStatus.values());
			model.addAttribute("deputies", attendance.registeredDeputies(meetingId));
			return "meeting/attendance-row :: row";
		}
		if (error != null) {
			model.addAttribute("guestForm", new GuestForm(null, null, null));
			return page(meetingId, model);
		}
		redirect.addFlashAttribute("flash", "common.saved");
		return "redirect:/meetings/" + meetingId + "/attendance/edit";
	}

	/**
	 * The whole table in one save: every row's Innkalt, Forfall and deputy, all or
	 * nothing. With htmx the form posts itself on each change and the table is swapped; a
	 * refusal (a row's rule, the minutes approved, a stale version) comes back as the
	 * table with the message where the user looks: beside the row, or above the table. A
	 * refused row keeps what the user chose; a locked or stale table shows what is
	 * stored, so the screen never shows a change that was not saved.
	 */
	@PostMapping("/meetings/{meetingId}/attendance")
	String updateAll(@PathVariable UUID meetingId,
			@org.springframework.web.bind.annotation.RequestParam org.springframework.util.MultiValueMap<String, String> params,
			Model model, HttpServletResponse response, RedirectAttributes redirect, HtmxRequest htmx) {
		AttendanceTable table = AttendanceTable.parse(params);
		if (!table.errors().isEmpty()) {
			model.addAttribute("rowErrors", table.errors());
			model.addAttribute("rowErrorFields", java.util.Map.of());
			model.addAttribute("shownRows", table.over(attendance.sheet(meetingId).attendees()));
			response.setStatus(422);
			return refusedTable(meetingId, model, htmx);
		}
		try {
			return Forms.submit(response, () -> {
				attendance.updateAll(meetingId, table.rows());
				if (!htmx.isHtmxRequest()) {
					redirect.addFlashAttribute("flash", "common.saved");
					return "redirect:/meetings/" + meetingId + "/attendance/edit";
				}
				model.addAttribute("tableSaved", true);
				return table(meetingId, model);
			}, violation -> {
				model.addAttribute("tableError", violation.messageKey());
				return refusedTable(meetingId, model, htmx);
			});
		}
		catch (Attendance.RowViolation violation) {
			// a row's own RuleViolation, wrapped with the row it belongs to
			model.addAttribute("rowErrors", java.util.Map.of(violation.rowId(), violation.violation().messageKey()));
			model.addAttribute("rowErrorFields",
					java.util.Map.of(violation.rowId(), String.valueOf(violation.violation().field())));
			model.addAttribute("shownRows", table.over(attendance.sheet(meetingId).attendees()));
			response.setStatus(422);
			return refusedTable(meetingId, model, htmx);
		}
		catch (EditConflict conflict) {
			model.addAttribute("tableError", "attendance.conflict");
			response.setStatus(409);
			return refusedTable(meetingId, model, htmx);
		}
	}

	/** A refused table: swapped alone with htmx, otherwise in the whole page. */
	private String refusedTable(UUID meetingId, Model model, HtmxRequest htmx) {
		if (htmx.isHtmxRequest()) {
			return table(meetingId, model);
		}
		model.addAttribute("guestForm", new GuestForm(null, null, null));
		return page(meetingId, model);
	}

	private String table(UUID meetingId, Model model) {
		fill(meetingId, model);
		return "meeting/attendance-table :: table";
	}

	@PostMapping("/meetings/{meetingId}/guests")
	String addGuest(@PathVariable UUID meetingId, @Valid @ModelAttribute("guestForm") GuestForm form,
			BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		return Forms.submit(errors, response, () -> {
			attendance.addGuest(meetingId, form);
			redirect.addFlashAttribute("flash", "common.saved");
			return "redirect:/meetings/" + meetingId + "/attendance/edit";
		}, () -> page(meetingId, model));
	}

	@PostMapping("/attendance/{id}/delete")
	String remove(@PathVariable UUID id, @RequestParam UUID meetingId, RedirectAttributes redirect) {
		attendance.remove(id);
		redirect.addFlashAttribute("flash", "common.deleted");
		return "redirect:/meetings/" + meetingId + "/attendance/edit";
	}

	private String page(UUID meetingId, Model model) {
		Meeting meeting = fill(meetingId, model);
		model.addAttribute("bodyName", meetings.bodyName(meeting));
		model.addAttribute("chairId", meetings.chairOf(meeting));
		return "meeting/attendance-edit";
	}

	private Meeting fill(UUID meetingId, Model model) {
		Meeting meeting = meetings.meeting(meetingId);
		AttendanceSheet sheet = attendance.sheet(meetingId);
		model.addAttribute("meeting", meeting);
		model.addAttribute("sheet", sheet);
		if (!model.containsAttribute("shownRows")) {
			model.addAttribute("shownRows", sheet.attendees());
		}
		model.addAttribute("meetingId", meetingId);
		model.addAttribute("people", registry.people(cluster.id()));
		model.addAttribute("statuses", AttendanceStatus.values());
		model.addAttribute("deputies", attendance.registeredDeputies(meetingId));
		return meeting;
	}

}
