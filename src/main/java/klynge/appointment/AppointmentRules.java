package klynge.appointment;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import klynge.shared.RuleViolation;

/**
 * The rules of positions and processes: a position has one holder at a time, so a new
 * term may not overlap another (ending the current holder's open term the day before is
 * the caller's choice); a process moves one step at a time, forward, each step dated no
 * earlier than the one before, and a nomination or decision names the person.
 */
final class AppointmentRules {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private AppointmentRules() {
	}

	/** Refuses a term that is backwards or overlaps another holder's term. */
	static void checkTerm(List<HeldTerm> terms, LocalDate from, LocalDate to) {
		if (from == null) {
			throw new RuleViolation("validFrom", "appointment.term.fromRequired");
		}
		if (to != null && to.isBefore(from)) {
			throw new RuleViolation("validTo", "appointment.term.endBeforeStart");
		}
		for (HeldTerm other : terms) {
			if (other.overlaps(from, to)) {
				throw new RuleViolation("validFrom", "appointment.term.overlap", other.personName(),
						DAY.format(other.validFrom()), other.validTo() == null ? "" : DAY.format(other.validTo()));
			}
		}
	}

	/**
	 * Checks that {@code recorded} is the step the process is at, dated no earlier than
	 * the last step, and names a person where it must.
	 * @param current the step the process waits for
	 * @param lastDay the day of the last recorded step, or null
	 */
	static void checkStep(ProcessStep current, ProcessStep recorded, LocalDate lastDay, LocalDate day,
			boolean hasPerson) {
		if (recorded == null || recorded == ProcessStep.DONE) {
			throw new RuleViolation("step", "appointment.step.required");
		}
		if (current == ProcessStep.DONE) {
			throw new RuleViolation("step", "appointment.step.processDone");
		}
		if (recorded != current) {
			throw new RuleViolation("step", "appointment.step.outOfOrder");
		}
		if (day == null) {
			throw new RuleViolation("happenedOn", "appointment.step.dayRequired");
		}
		if (lastDay != null && day.isBefore(lastDay)) {
			throw new RuleViolation("happenedOn", "appointment.step.beforeLast", DAY.format(lastDay));
		}
		if (recorded == ProcessStep.DECISION && !hasPerson) {
			throw new RuleViolation("personId", "appointment.step.personRequired");
		}
	}

	/** The standard next term after a term ending on {@code lastDay}. */
	static LocalDate nextTermEnd(LocalDate from, int termYears) {
		return from.plusYears(termYears).minusDays(1);
	}

}
