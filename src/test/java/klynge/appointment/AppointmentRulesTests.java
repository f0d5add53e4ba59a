package klynge.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import klynge.shared.RuleViolation;
import org.junit.jupiter.api.Test;

/**
 * One holder at a time, steps in order: the rules of positions and processes.
 */
class AppointmentRulesTests {

	static final LocalDate SEPT_2022 = LocalDate.of(2022, 9, 1);

	static final LocalDate END_2023 = LocalDate.of(2023, 12, 31);

	final HeldTerm specht = new HeldTerm(UUID.randomUUID(), UUID.randomUUID(), "Karsten Specht", SEPT_2022, END_2023);

	@Test
	void aTermOverlappingAnotherHoldersIsRefusedNamingThem() {
		assertThatThrownBy(() -> AppointmentRules.checkTerm(List.of(specht), LocalDate.of(2023, 12, 31), null))
			.isInstanceOfSatisfying(RuleViolation.class, v -> {
				assertThat(v.messageKey()).isEqualTo("appointment.term.overlap");
				assertThat(v.field()).isEqualTo("validFrom");
				assertThat(v.arguments()).containsExactly("Karsten Specht", "01.09.2022", "31.12.2023");
			});
		// a term wholly inside, and one wrapping it
		assertThatThrownBy(
				() -> AppointmentRules.checkTerm(List.of(specht), LocalDate.of(2023, 1, 1), LocalDate.of(2023, 2, 1)))
			.isInstanceOf(RuleViolation.class);
		assertThatThrownBy(
				() -> AppointmentRules.checkTerm(List.of(specht), LocalDate.of(2020, 1, 1), LocalDate.of(2026, 1, 1)))
			.isInstanceOf(RuleViolation.class);
		// an open-ended term overlaps everything after it
		HeldTerm open = new HeldTerm(UUID.randomUUID(), UUID.randomUUID(), "Berit Angelskår", LocalDate.of(2019, 1, 1),
				null);
		assertThatThrownBy(() -> AppointmentRules.checkTerm(List.of(open), LocalDate.of(2030, 1, 1), null))
			.isInstanceOf(RuleViolation.class);
	}

	@Test
	void theNextTermMayStartTheDayAfterAndEndBeforeTheFirstStarts() {
		assertThatCode(
				() -> AppointmentRules.checkTerm(List.of(specht), LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31)))
			.doesNotThrowAnyException();
		assertThatCode(
				() -> AppointmentRules.checkTerm(List.of(specht), LocalDate.of(2020, 1, 1), LocalDate.of(2022, 8, 31)))
			.doesNotThrowAnyException();
	}

	@Test
	void aTermNeedsAStartAndCannotEndBeforeIt() {
		assertThatThrownBy(() -> AppointmentRules.checkTerm(List.of(), null, null))
			.hasFieldOrPropertyWithValue("messageKey", "appointment.term.fromRequired");
		assertThatThrownBy(
				() -> AppointmentRules.checkTerm(List.of(), LocalDate.of(2024, 1, 1), LocalDate.of(2023, 1, 1)))
			.hasFieldOrPropertyWithValue("messageKey", "appointment.term.endBeforeStart");
	}

	@Test
	void stepsComeInOrderEachDatedNoEarlierThanTheLast() {
		LocalDate march = LocalDate.of(2023, 3, 27);
		assertThatCode(() -> AppointmentRules.checkStep(ProcessStep.NEED_IDENTIFIED, ProcessStep.NEED_IDENTIFIED, null,
				march, false))
			.doesNotThrowAnyException();
		// skipping the nomination, going back, or recording a step of a finished process
		assertThatThrownBy(
				() -> AppointmentRules.checkStep(ProcessStep.NOMINATION, ProcessStep.DECISION, march, march, true))
			.hasFieldOrPropertyWithValue("messageKey", "appointment.step.outOfOrder");
		assertThatThrownBy(
				() -> AppointmentRules.checkStep(ProcessStep.DECISION, ProcessStep.NEED_IDENTIFIED, march, march, true))
			.hasFieldOrPropertyWithValue("messageKey", "appointment.step.outOfOrder");
		assertThatThrownBy(() -> AppointmentRules.checkStep(ProcessStep.DONE, ProcessStep.DECISION, march, march, true))
			.hasFieldOrPropertyWithValue("messageKey", "appointment.step.processDone");
		assertThatThrownBy(() -> AppointmentRules.checkStep(ProcessStep.NOMINATION, ProcessStep.NOMINATION, march,
				march.minusDays(1), false))
			.hasFieldOrPropertyWithValue("messageKey", "appointment.step.beforeLast");
		assertThatThrownBy(
				() -> AppointmentRules.checkStep(ProcessStep.NOMINATION, ProcessStep.NOMINATION, march, null, false))
			.hasFieldOrPropertyWithValue("messageKey", "appointment.step.dayRequired");
		// a decision names who is appointed
		assertThatThrownBy(() -> AppointmentRules.checkStep(ProcessStep.DECISION, ProcessStep.DECISION, march,
				march.plusMonths(6), false))
			.hasFieldOrPropertyWithValue("messageKey", "appointment.step.personRequired");
		assertThatCode(() -> AppointmentRules.checkStep(ProcessStep.DECISION, ProcessStep.DECISION, march,
				march.plusMonths(6), true))
			.doesNotThrowAnyException();
	}

	@Test
	void theStepsFollowEachOtherAndEndInDone() {
		assertThat(ProcessStep.NEED_IDENTIFIED.next()).isEqualTo(ProcessStep.NOMINATION);
		assertThat(ProcessStep.NOMINATION.next()).isEqualTo(ProcessStep.DECISION);
		assertThat(ProcessStep.DECISION.next()).isEqualTo(ProcessStep.DONE);
		assertThat(ProcessStep.DONE.next()).isEqualTo(ProcessStep.DONE);
	}

	@Test
	void aTermEndsWithinTheWindowOnlyFromTodayToTheLastDayOfIt() {
		LocalDate today = LocalDate.of(2026, 12, 1);
		HeldTerm term = new HeldTerm(null, null, "x", LocalDate.of(2025, 4, 1), LocalDate.of(2027, 3, 15));
		assertThat(term.endsWithin(today, 120)).isTrue();
		assertThat(term.endsWithin(today, 100)).isFalse();
		assertThat(term.endsWithin(LocalDate.of(2027, 3, 16), 120)).isFalse();
		assertThat(new HeldTerm(null, null, "x", today, null).endsWithin(today, 120)).isFalse();
		assertThat(AppointmentRules.nextTermEnd(LocalDate.of(2024, 1, 1), 3)).isEqualTo(LocalDate.of(2026, 12, 31));
	}

}
