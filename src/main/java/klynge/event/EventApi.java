package klynge.event;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Events as JSON: the published events and each one's program for anyone, the
 * registrations for staff. No token is ever part of an answer.
 */
@Tag(name = "Events")
@RestController
@RequestMapping("/api/v1/events")
class EventApi {

	record EventJson(UUID id, String title, String slug, String summary, String place, OffsetDateTime startsAt,
			OffsetDateTime endsAt, Integer capacity, OffsetDateTime registrationOpens,
			OffsetDateTime registrationCloses, EventStatus status) {

		static EventJson of(Event e) {
			return new EventJson(e.id(), e.title(), e.slug(), e.summary(), e.place(), e.startsAt(), e.endsAt(),
					e.capacity(), e.registrationOpens(), e.registrationCloses(), e.status());
		}
	}

	record SessionJson(UUID id, LocalTime startsAt, LocalTime endsAt, String title, String room, String speakers) {
	}

	record DayJson(UUID id, LocalDate day, String theme, List<SessionJson> sessions) {
	}

	record QuestionJson(UUID id, String text, QuestionKind kind, List<String> options, boolean required) {
	}

	record ProgramJson(EventJson event, List<DayJson> days, List<String> organisers, List<QuestionJson> questions,
			int registered, int waiting, Integer placesLeft, boolean registrationOpen) {
	}

	record RegistrationJson(UUID id, String name, String email, String organisation, RegistrationStatus status,
			Integer waitingPosition, OffsetDateTime registeredAt, OffsetDateTime cancelledAt,
			OffsetDateTime checkedInAt, OffsetDateTime anonymisedAt, Map<UUID, String> answers) {
	}

	private final Events events;

	EventApi(Events events) {
		this.events = events;
	}

	@Operation(summary = "The events (drafts for staff only), the latest first")
	@GetMapping
	List<EventJson> list() {
		return events.visible().stream().map(EventJson::of).toList();
	}

	@Operation(summary = "An event with its program by day and session, co-organisers, questions and places left")
	@GetMapping("/{id}")
	ProgramJson program(@PathVariable UUID id) {
		EventPage page = events.page(id);
		return new ProgramJson(EventJson.of(page.event()),
				page.program()
					.stream()
					.map(d -> new DayJson(d.id(), d.day(), d.theme(), d.sessions()
						.stream()
						.map(s -> new SessionJson(s.id(), s.startsAt(), s.endsAt(), s.title(), s.room(), s.speakers()))
						.toList()))
					.toList(),
				page.organisers().stream().map(EventOrganiser::name).toList(),
				page.questions()
					.stream()
					.map(q -> new QuestionJson(q.id(), q.text(), q.kind(), q.options(), q.required()))
					.toList(),
				page.counts().confirmed(), page.counts().waiting(), page.placesLeft(), page.open());
	}

	@Operation(summary = "The registrations of an event (staff): the confirmed, then the waiting list in order")
	@GetMapping("/{id}/registrations")
	List<RegistrationJson> registrations(@PathVariable UUID id) {
		return events.registrations(id)
			.stream()
			.map(r -> new RegistrationJson(r.id(), r.name(), r.email(), r.organisation(), r.status(),
					r.waitingPosition(), r.registeredAt(), r.cancelledAt(), r.checkedInAt(), r.anonymisedAt(),
					r.answers()))
			.toList();
	}

}
