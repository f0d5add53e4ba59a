package klynge.event;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The rules of registering: a place while the capacity lasts, else the waiting list in
 * the order people came; when places free up, the first waiting get them, in that order.
 * Pure functions, so the tests need no database; the service holds the event's row lock
 * while it applies them, so two registrations never take the last place both.
 */
final class RegistrationRules {

	static final int NAME_MAX = 200;

	static final int EMAIL_MAX = 320;

	static final int ORGANISATION_MAX = 300;

	static final int ANSWER_MAX = 2000;

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private RegistrationRules() {
	}

	/** Where a new registration goes. */
	record Placement(RegistrationStatus status, Integer waitingPosition) {
	}

	/** Someone on the waiting list, by the position they got when registering. */
	record Waiting(UUID id, int position) {
	}

	/**
	 * A place while {@code confirmed} is below the capacity (none: no limit), else the
	 * waiting list after everyone there ({@code lastPosition}: the highest position given
	 * so far, 0 when none).
	 */
	static Placement place(Integer capacity, int confirmed, int lastPosition) {
		if (capacity == null || confirmed < capacity) {
			return new Placement(RegistrationStatus.CONFIRMED, null);
		}
		return new Placement(RegistrationStatus.WAITING, lastPosition + 1);
	}

	/** Places left, or null when the event has no capacity limit. */
	static Integer placesLeft(Integer capacity, int confirmed) {
		return capacity == null ? null : Math.max(0, capacity - confirmed);
	}

	/**
	 * Who gets the places that are free: the first on the waiting list, as many as there
	 * are places.
	 */
	static List<UUID> toPromote(Integer capacity, int confirmed, List<Waiting> waiting) {
		List<Waiting> queue = new ArrayList<>(waiting);
		queue.sort(Comparator.comparingInt(Waiting::position));
		int free = capacity == null ? queue.size() : Math.max(0, capacity - confirmed);
		return queue.stream().limit(free).map(Waiting::id).toList();
	}

	/**
	 * Why the event takes no registration now (a message key), or null when it does: it
	 * must be published, not over, and within its registration period (which ends at the
	 * start when no end is set).
	 */
	static String closedBecause(Event event, Instant now) {
		if (event.status() == EventStatus.CANCELLED) {
			return "event.register.eventCancelled";
		}
		if (event.status() != EventStatus.PUBLISHED) {
			return "event.register.closed";
		}
		if (event.registrationOpens() != null && now.isBefore(event.registrationOpens().toInstant())) {
			return "event.register.notYetOpen";
		}
		Instant closes = event.registrationCloses() != null ? event.registrationCloses().toInstant()
				: event.startsAt().toInstant();
		if (!now.isBefore(closes)) {
			return "event.register.closed";
		}
		return null;
	}

	/**
	 * The form's mistakes, field by field (message keys): name and a valid e-mail are
	 * needed, required questions answered, a choice one of the options, nothing too long.
	 */
	static Map<String, String> mistakes(RegistrationForm form, List<EventQuestion> questions) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (form.name().isEmpty()) {
			errors.put("name", "event.register.name.required");
		}
		else if (form.name().length() > NAME_MAX) {
			errors.put("name", "event.register.tooLong");
		}
		if (form.email().isEmpty()) {
			errors.put("email", "event.register.email.required");
		}
		else if (form.email().length() > EMAIL_MAX || !EMAIL.matcher(form.email()).matches()) {
			errors.put("email", "event.register.email.invalid");
		}
		if (form.organisation().length() > ORGANISATION_MAX) {
			errors.put("organisation", "event.register.tooLong");
		}
		for (EventQuestion question : questions) {
			String answer = form.answer(question.id());
			if (answer.isEmpty()) {
				if (question.required()) {
					errors.put(question.field(), "event.register.answer.required");
				}
			}
			else if (answer.length() > ANSWER_MAX) {
				errors.put(question.field(), "event.register.tooLong");
			}
			else if (question.kind() == QuestionKind.CHOICE && !question.options().contains(answer)) {
				errors.put(question.field(), "event.register.answer.choose");
			}
		}
		return errors;
	}

}
