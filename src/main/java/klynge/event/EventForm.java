package klynge.event;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The staff form of an event as typed: times as {@code datetime-local} in the cluster's
 * zone, numbers as text, so a bad value comes back with a message instead of a 400.
 */
record EventForm(String title, String slug, String summary, String place, String startsAt, String endsAt,
		String capacity, String registrationOpens, String registrationCloses, String status, String retentionDays,
		Integer version) {

	static EventForm empty() {
		return new EventForm("", "", "", "", "", "", "", "", "", EventStatus.DRAFT.name(), "90", null);
	}

	static EventForm of(Event e, ZoneId zone) {
		return new EventForm(e.title(), e.slug(), e.summary(), e.place(), local(e.startsAt(), zone),
				local(e.endsAt(), zone), e.capacity() == null ? "" : e.capacity().toString(),
				local(e.registrationOpens(), zone), local(e.registrationCloses(), zone), e.status().name(),
				Integer.toString(e.retentionDays()), e.version());
	}

	private static String local(OffsetDateTime time, ZoneId zone) {
		return time == null ? "" : time.atZoneSameInstant(zone).toLocalDateTime().toString();
	}

	/** The fields to store, or {@link Refused} naming each field that is wrong. */
	EventRepository.EventFields fields(ZoneId zone) {
		Map<String, String> errors = new LinkedHashMap<>();
		String t = text(title);
		if (t == null) {
			errors.put("title", "event.form.title.required");
		}
		else if (t.length() > 200) {
			errors.put("title", "event.form.tooLong");
		}
		String s = text(slug) == null && t != null ? slugOf(t) : text(slug);
		if (s == null || !s.matches("[a-z0-9]+(-[a-z0-9]+)*") || s.length() > 80 || s.equals("avmelding")) {
			errors.put("slug", "event.form.slug.invalid");
		}
		OffsetDateTime start = time(startsAt, zone, "startsAt", true, errors);
		OffsetDateTime end = time(endsAt, zone, "endsAt", true, errors);
		if (start != null && end != null && end.isBefore(start)) {
			errors.put("endsAt", "event.form.endsBeforeStart");
		}
		OffsetDateTime opens = time(registrationOpens, zone, "registrationOpens", false, errors);
		OffsetDateTime closes = time(registrationCloses, zone, "registrationCloses", false, errors);
		if (opens != null && closes != null && closes.isBefore(opens)) {
			errors.put("registrationCloses", "event.form.closesBeforeOpens");
		}
		Integer cap = number(capacity, "capacity", 1, 100_000, false, errors);
		Integer retention = number(retentionDays, "retentionDays", 0, 3650, true, errors);
		EventStatus st = null;
		try {
			st = EventStatus.valueOf(status == null ? "" : status);
		}
		catch (IllegalArgumentException ex) {
			errors.put("status", "event.form.status.invalid");
		}
		if (text(summary) != null && summary.length() > 4000 || text(place) != null && place.length() > 300) {
			errors.put(text(summary) != null && summary.length() > 4000 ? "summary" : "place", "event.form.tooLong");
		}
		if (!errors.isEmpty()) {
			throw new Refused(errors);
		}
		return new EventRepository.EventFields(t, s, text(summary), text(place), start, end, cap, opens, closes, st,
				retention);
	}

	static String slugOf(String title) {
		String s = java.text.Normalizer
			.normalize(title.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "o").replace("å", "a"),
					java.text.Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "");
		s = s.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
		return s.length() > 80 ? s.substring(0, 80).replaceAll("-+$", "") : s;
	}

	private static String text(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static OffsetDateTime time(String value, ZoneId zone, String field, boolean required,
			Map<String, String> errors) {
		if (text(value) == null) {
			if (required) {
				errors.put(field, "event.form.time.required");
			}
			return null;
		}
		try {
			return LocalDateTime.parse(value.strip()).atZone(zone).toOffsetDateTime();
		}
		catch (DateTimeParseException ex) {
			errors.put(field, "event.form.time.invalid");
			return null;
		}
	}

	private static Integer number(String value, String field, int min, int max, boolean required,
			Map<String, String> errors) {
		if (text(value) == null) {
			if (required) {
				errors.put(field, "event.form.number.invalid");
			}
			return null;
		}
		try {
			int n = Integer.parseInt(value.strip());
			if (n < min || n > max) {
				errors.put(field, "event.form.number.invalid");
				return null;
			}
			return n;
		}
		catch (NumberFormatException ex) {
			errors.put(field, "event.form.number.invalid");
			return null;
		}
	}

}
