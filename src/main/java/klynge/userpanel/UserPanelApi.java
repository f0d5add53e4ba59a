package klynge.userpanel;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import klynge.body.MemberTerm;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The user panel as JSON: periods with members (name, organisation, role; never contact
 * data) and assignments for anyone (anonymous visitors get the current ones without
 * notes); staff get every assignment with its note and history, and write.
 */
@Tag(name = "User panel")
@RestController
@RequestMapping("/api/v1/user-panel")
class UserPanelApi {

	record MemberJson(UUID personId, String name, String organisation, String role, LocalDate validFrom,
			LocalDate validTo) {

		static MemberJson of(MemberTerm m) {
			return new MemberJson(m.member().personId(), m.member().name(), m.member().organisationName(),
					m.member().role().name(), m.validFrom(), m.validTo());
		}
	}

	record PeriodJson(UUID id, String name, LocalDate validFrom, LocalDate validTo, UUID constitutingMeetingId,
			LocalDate constitutingMeetingDate, String mandate, int organisations, List<MemberJson> members) {

		static PeriodJson of(UserPanel.PeriodView v) {
			Period p = v.period();
			return new PeriodJson(p.id(), p.name(), p.validFrom(), p.validTo(), p.constitutingMeetingId(),
					v.constitutingMeeting() == null ? null : v.constitutingMeeting().meetingDate(), p.mandate(),
					(int) v.organisationCount(), v.members().stream().map(MemberJson::of).toList());
		}
	}

	record StatusJson(AssignmentStatus status, LocalDate effectiveOn, String note) {
	}

	record AssignmentJson(UUID id, UUID personId, String personName, String externalBody, String requestedBy,
			LocalDate validFrom, LocalDate validTo, AssignmentStatus status, UUID meetingItemId, String note,
			List<StatusJson> history) {

		static AssignmentJson of(UserPanel.AssignmentView v, boolean staff) {
			Assignment a = v.assignment();
			return new AssignmentJson(a.id(), a.personId(), v.personName(), a.externalBody(), a.requestedBy(),
					a.validFrom(), a.validTo(), a.status(), staff || v.publicItem() ? a.meetingItemId() : null,
					staff ? a.note() : null,
					v.history()
						.stream()
						.map(h -> new StatusJson(h.status(), h.effectiveOn(), staff ? h.note() : null))
						.toList());
		}
	}

	record PanelJson(UUID bodyId, String name, List<PeriodJson> periods, List<AssignmentJson> assignments) {
	}

	record Created(UUID id) {
	}

	private final UserPanel panel;

	UserPanelApi(UserPanel panel) {
		this.panel = panel;
	}

	@Operation(
			summary = "The user panel: its periods with members, and its assignments (empty when the cluster has none)")
	@GetMapping
	PanelJson overview() {
		UserPanel.Overview o = panel.overview().orElse(null);
		if (o == null) {
			return new PanelJson(null, null, List.of(), List.of()); // the cluster has no
																	// user panel
		}
		return new PanelJson(o.panel().id(), o.panel().name(), o.periods().stream().map(PeriodJson::of).toList(),
				assignments(o));
	}

	@Operation(summary = "A period of the user panel with its members")
	@GetMapping("/periods/{id}")
	PeriodJson period(@PathVariable UUID id) {
		return PeriodJson.of(panel.period(id));
	}

	@Operation(summary = "The assignments of user representatives (current ones only, without notes, for the public)")
	@GetMapping("/assignments")
	List<AssignmentJson> assignments() {
		return panel.overview().map(this::assignments).orElse(List.of());
	}

	private List<AssignmentJson> assignments(UserPanel.Overview o) {
		boolean staff = panel.isStaff();
		LocalDate today = panel.today();
		return o.assignments()
			.stream()
			.filter(a -> staff || a.assignment().currentOn(today))
			.map(a -> AssignmentJson.of(a, staff))
			.toList();
	}

	@Operation(summary = "Adds a period (422 when it overlaps another period of the panel)")
	@PostMapping("/periods")
	@ResponseStatus(HttpStatus.CREATED)
	Created createPeriod(@RequestBody PeriodForm form) {
		return new Created(panel.createPeriod(form));
	}

	@Operation(summary = "Adds an assignment of a user representative (status REQUESTED)")
	@PostMapping("/assignments")
	@ResponseStatus(HttpStatus.CREATED)
	Created createAssignment(@RequestBody AssignmentForm form) {
		return new Created(panel.createAssignment(form));
	}

	@Operation(summary = "Moves an assignment to its next status from a day")
	@PostMapping("/assignments/{id}/status")
	AssignmentJson changeStatus(@PathVariable UUID id, @RequestBody StatusForm form) {
		panel.changeStatus(id, form);
		return AssignmentJson.of(panel.assignment(id), true);
	}

}
