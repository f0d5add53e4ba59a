package klynge.archive.noark;

import java.time.LocalDate;

import klynge.shared.RuleViolation;

/**
 * The period of an arkivuttrekk: meetings dated from {@code from} to {@code to}, both
 * included. At most {@link #MAX_YEARS} years, so one extraction stays a size a browser
 * can download and an archive can take in one go.
 */
record NoarkPeriod(LocalDate from, LocalDate to) {

	static final int MAX_YEARS = 10;

	/** The period, or a {@link RuleViolation} naming what is wrong with it. */
	static NoarkPeriod of(LocalDate from, LocalDate to) {
		if (from == null) {
			throw new RuleViolation("from", "archive.noark.period.missing");
		}
		if (to == null) {
			throw new RuleViolation("to", "archive.noark.period.missing");
		}
		if (to.isBefore(from)) {
			throw new RuleViolation("to", "archive.noark.period.order");
		}
		if (!to.isBefore(from.plusYears(MAX_YEARS))) {
			throw new RuleViolation("to", "archive.noark.period.tooLong", MAX_YEARS);
		}
		return new NoarkPeriod(from, to);
	}

	/** "noark5-alrek-2021-01-01-2023-12-31.zip" */
	String fileName(String clusterShortName) {
		return "noark5-" + clusterShortName + "-" + from + "-" + to + ".zip";
	}

}
