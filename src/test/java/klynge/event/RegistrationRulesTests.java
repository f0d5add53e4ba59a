package klynge.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * The rules of registering without a database: places while the capacity lasts, then the
 * waiting list in the order people came, promotion of the first waiting as places free
 * up, the registration period, and the form's mistakes.
 */
class RegistrationRulesTests {

	static final OffsetDateTime START = OffsetDateTime.of(2027, 6, 9, 9, 0, 0, 0, ZoneOffset.ofHours(2));

	@Test
	void aPlaceWhileTheCapacityLastsThenTheWaitingListInOrder() {
		assertThat(RegistrationRules.place(3, 0, 0).status()).isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(RegistrationRules.place(3, 2, 0).status()).isEqualTo(RegistrationStatus.CONFIRMED);
		RegistrationRules.Placement first = RegistrationRules.place(3, 3, 0);
		assertThat(first.status()).isEqualTo(RegistrationStatus.WAITING);
		assertThat(first.waitingPosition()).isEqualTo(1);
		// positions only grow: after someone at 1 and 2 (2 since promoted), the next is 3
		assertThat(RegistrationRules.place(3, 3, 2).waitingPosition()).isEqualTo(3);
		// no capacity: never a waiting list
		assertThat(RegistrationRules.place(null, 10_000, 7).status()).isEqualTo(RegistrationStatus.CONFIRMED);
	}

	@Test
	void placesLeftNeverBelowZero() {
		assertThat(RegistrationRules.placesLeft(6, 5)).isEqualTo(1);
		assertThat(RegistrationRules.placesLeft(6, 6)).isZero();
		// the capacity lowered below those confirmed: none left, nobody thrown out
		assertThat(RegistrationRules.placesLeft(4, 6)).isZero();
		assertThat(RegistrationRules.placesLeft(null, 6)).isNull();
	}

	@Test
	void theFirstOnTheWaitingListArePromotedAsPlacesFreeUp() {
		UUID a = UUID.randomUUID();
		UUID b = UUID.randomUUID();
		UUID c = UUID.randomUUID();
		// given in another order than they came: the position decides
		List<RegistrationRules.Waiting> waiting = List.of(new RegistrationRules.Waiting(c, 7),
				new RegistrationRules.Waiting(a, 2), new RegistrationRules.Waiting(b, 5));
		assertThat(RegistrationRules.toPromote(3, 3, waiting)).isEmpty();
		assertThat(RegistrationRules.toPromote(3, 2, waiting)).containsExactly(a);
		assertThat(RegistrationRules.toPromote(5, 3, waiting)).containsExactly(a, b);
		assertThat(RegistrationRules.toPromote(10, 3, waiting)).containsExactly(a, b, c);
		assertThat(RegistrationRules.toPromote(null, 100, waiting)).containsExactly(a, b, c);
		assertThat(RegistrationRules.toPromote(3, 5, waiting)).isEmpty();
	}

	@Test
	void registrationOnlyForAPublishedEventWithinItsPeriod() {
		Event open = event(EventStatus.PUBLISHED, START.minusMonths(2), START.minusDays(7));
		assertThat(RegistrationRules.closedBecause(open, START.minusDays(30).toInstant())).isNull();
		assertThat(RegistrationRules.closedBecause(open, START.minusMonths(3).toInstant()))
			.isEqualTo("event.register.notYetOpen");
		assertThat(RegistrationRules.closedBecause(open, START.minusDays(7).toInstant()))
			.isEqualTo("event.register.closed");
		assertThat(RegistrationRules.closedBecause(event(EventStatus.DRAFT, null, null), Instant.EPOCH))
			.isEqualTo("event.register.closed");
		assertThat(RegistrationRules.closedBecause(event(EventStatus.CANCELLED, null, null), Instant.EPOCH))
			.isEqualTo("event.register.eventCancelled");
		// no deadline: open until the start
		Event noDeadline = event(EventStatus.PUBLISHED, null, null);
		assertThat(RegistrationRules.closedBecause(noDeadline, START.minusMinutes(1).toInstant())).isNull();
		assertThat(RegistrationRules.closedBecause(noDeadline, START.toInstant())).isEqualTo("event.register.closed");
	}

	@Test
	void theFormsMistakesFieldByField() {
		EventQuestion programme = new EventQuestion(UUID.randomUUID(), 1, "Studieprogram", QuestionKind.TEXT, null,
				true);
		EventQuestion presents = new EventQuestion(UUID.randomUUID(), 2, "Presenterer du?", QuestionKind.CHOICE,
				"Ja, muntlig\nJa, poster\nNei", false);
		List<EventQuestion> questions = List.of(programme, presents);
		assertThat(RegistrationRules.mistakes(
				new RegistrationForm("Ingrid", "ingrid@example.org", "", Map.of(programme.id(), "Sykepleie")),
				questions))
			.isEmpty();
		Map<String, String> mistakes = RegistrationRules.mistakes(
				new RegistrationForm(" ", "not-an-address", "x".repeat(301), Map.of(presents.id(), "Kanskje")),
				questions);
		assertThat(mistakes).containsEntry("name", "event.register.name.required")
			.containsEntry("email", "event.register.email.invalid")
			.containsEntry("organisation", "event.register.tooLong")
			.containsEntry(programme.field(), "event.register.answer.required")
			.containsEntry(presents.field(), "event.register.answer.choose");
		assertThat(RegistrationRules
			.mistakes(new RegistrationForm("A", "", "", Map.of(programme.id(), "y".repeat(2001))), questions))
			.containsEntry("email", "event.register.email.required")
			.containsEntry(programme.field(), "event.register.tooLong");
	}

	private static Event event(EventStatus status, OffsetDateTime opens, OffsetDateTime closes) {
		return new Event(UUID.randomUUID(), "Studentkonferansen", "studentkonferansen", null, null, START,
				START.plusHours(6), 6, opens, closes, status, 90, 0);
	}

}
