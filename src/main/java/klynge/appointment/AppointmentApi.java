package klynge.appointment;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import klynge.body.MembershipRole;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Appointments as JSON: positions with their terms and processes for staff (HTTP Basic),
 * registering a term (422 when it overlaps another holder's), starting a process and
 * recording its steps; today's office holders for anyone, without contact data.
 */
@Tag(name = "Appointments")
@RestController
@RequestMapping("/api/v1/appointments")
class AppointmentApi {

	record TermJson(UUID id, UUID personId, String name, LocalDate validFrom, LocalDate validTo) {

		static TermJson of(HeldTerm t) {
			return t == null ? null : new TermJson(t.id(), t.personId(), t.personName(), t.validFrom(), t.validTo());
		}
	}

	record ItemJson(UUID itemId, UUID meetingId, LocalDate meetingDate, String caseNumber, String title) {
	}

	record StepJson(ProcessStep step, LocalDate happenedOn, String note, UUID personId, String personName,
			List<ItemJson> items) {
	}

	record ProcessJson(UUID id, LocalDate termFrom, LocalDate termTo, ProcessStep step, List<StepJson> steps) {

		static ProcessJson of(AppointmentProcess p) {
			return new ProcessJson(p.id(), p.termFrom(), p.termTo(), p.step(), p.steps()
				.stream()
				.map(s -> new StepJson(s.step(), s.happenedOn(), s.note(), s.personId(), s.personName(), s.items()
					.stream()
					.map(i -> new ItemJson(i.itemId(), i.meetingId(), i.meetingDate(), i.caseNumber(), i.title()))
					.toList()))
				.toList());
		}
	}

	record PositionJson(UUID id, String name, UUID bodyId, String body, MembershipRole role, int termYears,
			TermJson current, boolean ending, List<TermJson> terms, List<ProcessJson> processes) {

		static PositionJson of(Appointments.PositionView v) {
			Position p = v.position();
			return new PositionJson(p.id(), p.name(), p.bodyId(), v.bodyName(), p.role(), p.termYears(),
					TermJson.of(v.current()), v.ending(), v.terms().stream().map(TermJson::of).toList(),
					v.processes().stream().map(ProcessJson::of).toList());
		}
	}

	private final Appointments appointments;

	AppointmentApi(Appointments appointments) {
		this.appointments = appointments;
	}

	@Operation(summary = "Every position with its terms, current holder and processes (staff)")
	@GetMapping
	List<PositionJson> list() {
		return appointments.overview().stream().map(PositionJson::of).toList();
	}

	@Operation(summary = "Today's office holders: name, position and term (public, no contact data)")
	@GetMapping("/holders")
	List<Appointments.OfficeHolder> holders() {
		return appointments.holders();
	}

	@Operation(summary = "One position with its terms and processes (staff)")
	@GetMapping("/{id}")
	PositionJson get(@PathVariable UUID id) {
		return PositionJson.of(appointments.overview(id));
	}

	@Operation(summary = "Creates a position: a role in a body, or a free name; 422 when refused")
	@PostMapping
	ResponseEntity<PositionJson> create(@RequestBody PositionForm form) {
		UUID id = appointments.createPosition(form);
		return ResponseEntity.created(URI.create("/api/v1/appointments/" + id))
			.body(PositionJson.of(appointments.overview(id)));
	}

	@Operation(summary = "Registers a term (a body's position: a membership); 422 when it overlaps another holder's")
	@PostMapping("/{id}/terms")
	ResponseEntity<PositionJson> registerTerm(@PathVariable UUID id, @RequestBody TermForm form) {
		appointments.registerTerm(id, form);
		return ResponseEntity.status(HttpStatus.CREATED).body(PositionJson.of(appointments.overview(id)));
	}

	@Operation(summary = "Starts the process for the position's next term (termTo defaults to the standard term)")
	@PostMapping("/{id}/processes")
	ResponseEntity<PositionJson> startProcess(@PathVariable UUID id, @RequestBody ProcessForm form) {
		appointments.startProcess(id, form);
		return ResponseEntity.status(HttpStatus.CREATED).body(PositionJson.of(appointments.overview(id)));
	}

	@Operation(summary = "Records the step the process waits for, linked to agenda items (itemIds, or cases of "
			+ "itemBodyId); a DECISION registers the term and ends the process")
	@PostMapping("/{id}/processes/{processId}/steps")
	ResponseEntity<PositionJson> recordStep(@PathVariable UUID id, @PathVariable UUID processId,
			@RequestBody StepForm form) {
		appointments.recordStep(id, processId, form);
		return ResponseEntity.status(HttpStatus.CREATED).body(PositionJson.of(appointments.overview(id)));
	}

}
