package klynge.body;

import java.time.LocalDate;

import klynge.shared.RuleViolation;

/** A term of office: from a day, until a day (inclusive) or open-ended. */
record Term(LocalDate validFrom, LocalDate validTo) {

	Term {
		if (validFrom == null) {
			throw new RuleViolation("validFrom", "membership.term.fromRequired");
		}
		if (validTo != null && validTo.isBefore(validFrom)) {
			throw new RuleViolation("validTo", "membership.term.endBeforeStart");
		}
	}

	boolean contains(LocalDate day) {
		return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
	}

	boolean overlaps(Term other) {
		boolean thisStartsBeforeOtherEnds = other.validTo == null || !validFrom.isAfter(other.validTo);
		boolean otherStartsBeforeThisEnds = validTo == null || !other.validFrom.isAfter(validTo);
		return thisStartsBeforeOtherEnds && otherStartsBeforeThisEnds;
	}
}
