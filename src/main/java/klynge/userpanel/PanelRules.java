package klynge.userpanel;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import klynge.shared.RuleViolation;

/**
 * The rules of periods and assignments, apart from the database so they are unit-tested.
 */
final class PanelRules {

	static final int NAME_MAX = 200;

	static final int TEXT_MAX = 300;

	static final int LONG_TEXT_MAX = 4000;

	private PanelRules() {
	}

	/**
	 * A period of one panel may not overlap another of the same panel: names the first it
	 * overlaps.
	 */
	static void requireNoOverlap(UUID selfId, LocalDate from, LocalDate to, List<Period> periodsOfPanel) {
		for (Period other : periodsOfPanel) {
			if (!other.id().equals(selfId) && other.overlaps(from, to)) {
				throw new RuleViolation("validFrom", "userpanel.period.overlaps", other.name());
			}
		}
	}

	/** Moving to the target status must be one of the allowed steps. */
	static void requireTransition(AssignmentStatus from, AssignmentStatus to) {
		if (!from.canMoveTo(to)) {
			throw new RuleViolation("status", "userpanel.status.forbidden");
		}
	}

	/** A typed date (yyyy-MM-dd); blank is null, unless required. */
	static LocalDate date(String text, String field, boolean required) {
		if (text == null || text.isBlank()) {
			if (required) {
				throw new RuleViolation(field, "userpanel.date.required");
			}
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new RuleViolation(field, "userpanel.date.invalid");
		}
	}

	static void requireOrder(LocalDate from, LocalDate to) {
		if (from != null && to != null && to.isBefore(from)) {
			throw new RuleViolation("validTo", "userpanel.date.endBeforeStart");
		}
	}

	/**
	 * A required or optional text, trimmed, within its length; blank optional is null.
	 */
	static String text(String text, String field, int max, boolean required) {
		String value = text == null ? "" : text.strip();
		if (value.isEmpty()) {
			if (required) {
				throw new RuleViolation(field, "userpanel.text.required");
			}
			return null;
		}
		if (value.length() > max) {
			throw new RuleViolation(field, "userpanel.text.tooLong", max);
		}
		return value;
	}

	/** An id picked from a list; blank is none, anything else not an id is refused. */
	static UUID id(String text, String field) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(text.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new RuleViolation(field, "userpanel.choice.unknown");
		}
	}

	static AssignmentStatus status(String text) {
		try {
			return AssignmentStatus.valueOf(text == null ? "" : text.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new RuleViolation("status", "userpanel.choice.unknown");
		}
	}

}
