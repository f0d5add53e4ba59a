package klynge.organisation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import klynge.shared.RuleViolation;

/** A date range with an optional end (open = still running). Both ends are inclusive. */
record Period(LocalDate from, LocalDate to) {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	Period {
		if (from == null) {
			throw new RuleViolation("validFrom", "period.fromRequired");
		}
		if (to != null && to.isBefore(from)) {
			throw new RuleViolation("validTo", "period.endBeforeStart");
		}
	}

	boolean isOpen() {
		return to == null;
	}

	boolean covers(LocalDate day) {
		return !day.isBefore(from) && (to == null || !day.isAfter(to));
	}

	boolean overlaps(Period other) {
		boolean startsBeforeOtherEnds = other.to == null || !from.isAfter(other.to);
		boolean endsAfterOtherStarts = to == null || !to.isBefore(other.from);
		return startsBeforeOtherEnds && endsAfterOtherStarts;
	}

	/** "01.01.2019–" or "01.01.2019–31.12.2022", for messages. */
	String display() {
		return DATE.format(from) + "\u2013" + (to == null ? "" : DATE.format(to));
	}
}
