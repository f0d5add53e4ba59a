package klynge.strategy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The rules of strategies: the current light is the newest assessment (by date, then by
 * when it was recorded), the history reads newest first, an adopted strategy stays
 * adopted, an input moves new → considered → incorporated / not used; and the checking of
 * what the forms bring.
 */
final class StrategyRules {

	/** Newest first: by the assessment's date, then by when it was recorded. */
	static final Comparator<Assessment> NEWEST_FIRST = Comparator.comparing(Assessment::assessedOn)
		.thenComparing(Assessment::createdAt, Comparator.nullsFirst(Comparator.naturalOrder()))
		.reversed();

	private StrategyRules() {
	}

	static List<Assessment> history(Collection<Assessment> assessments) {
		return assessments.stream().sorted(NEWEST_FIRST).toList();
	}

	static Optional<Assessment> current(Collection<Assessment> assessments) {
		return assessments.stream().min(NEWEST_FIRST);
	}

	/**
	 * The light as it stood at the end of the day: the newest assessment on or before it.
	 */
	static Light lightOn(Collection<Assessment> assessments, LocalDate day) {
		return current(assessments.stream().filter(a -> !a.assessedOn().isAfter(day)).toList()).map(Assessment::light)
			.orElse(Light.NOT_ASSESSED);
	}

	/**
	 * Why a strategy may not go from one status to the other (a message key), or null.
	 */
	static String statusChange(StrategyStatus from, StrategyStatus to) {
		return from == StrategyStatus.ADOPTED && to == StrategyStatus.DRAFT ? "strategy.status.staysAdopted" : null;
	}

	/** Why an input may not go from one status to the other (a message key), or null. */
	static String inputChange(InputStatus from, InputStatus to) {
		return from.mayBecome(to) ? null : "strategy.input.status.notAllowed";
	}

	/**
	 * Reads a form's fields, collecting a message key per field that is wrong;
	 * {@link #done} throws them all at once.
	 */
	static final class Check {

		private final Map<String, String> errors = new LinkedHashMap<>();

		String text(String field, String value, int max, boolean required) {
			String text = value == null ? "" : value.strip();
			if (text.isEmpty()) {
				if (required) {
					errors.put(field, "strategy.form.required");
				}
				return null;
			}
			if (text.length() > max) {
				errors.put(field, "strategy.form.tooLong");
			}
			return text;
		}

		Integer year(String field, String value) {
			String text = value == null ? "" : value.strip();
			if (text.isEmpty()) {
				errors.put(field, "strategy.form.required");
				return null;
			}
			try {
				int year = Integer.parseInt(text);
				if (year >= 1900 && year <= 2200) {
					return year;
				}
			}
			catch (NumberFormatException ex) {
				// the message below
			}
			errors.put(field, "strategy.form.year");
			return null;
		}

		Integer position(String field, String value, int otherwise) {
			String text = value == null ? "" : value.strip();
			if (text.isEmpty()) {
				return otherwise;
			}
			try {
				int position = Integer.parseInt(text);
				if (position >= 0 && position <= 1000) {
					return position;
				}
			}
			catch (NumberFormatException ex) {
				// the message below
			}
			errors.put(field, "strategy.form.position");
			return otherwise;
		}

		LocalDate date(String field, String value, LocalDate latest) {
			String text = value == null ? "" : value.strip();
			if (text.isEmpty()) {
				errors.put(field, "strategy.form.required");
				return null;
			}
			try {
				LocalDate day = LocalDate.parse(text);
				if (day.isAfter(latest)) {
					errors.put(field, "strategy.form.future");
				}
				else if (day.getYear() < 1900) {
					errors.put(field, "strategy.form.date");
				}
				return day;
			}
			catch (DateTimeParseException ex) {
				errors.put(field, "strategy.form.date");
				return null;
			}
		}

		UUID id(String field, String value) {
			String text = value == null ? "" : value.strip();
			if (text.isEmpty()) {
				return null;
			}
			try {
				return UUID.fromString(text);
			}
			catch (IllegalArgumentException ex) {
				errors.put(field, "strategy.form.choice");
				return null;
			}
		}

		<E extends Enum<E>> E choice(String field, String value, Class<E> type) {
			try {
				return Enum.valueOf(type, value == null ? "" : value.strip());
			}
			catch (IllegalArgumentException ex) {
				errors.put(field, value == null || value.isBlank() ? "strategy.form.required" : "strategy.form.choice");
				return null;
			}
		}

		Integer version(String value) {
			try {
				return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}

		void fail(String field, String messageKey) {
			errors.putIfAbsent(field, messageKey);
		}

		boolean ok(String field) {
			return !errors.containsKey(field);
		}

		void done() {
			if (!errors.isEmpty()) {
				throw new Refused(errors);
			}
		}

	}

}
