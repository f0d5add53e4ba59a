package klynge.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Labels of the meeting's facts that a flattened table put before all their values:
 * "Utval: Møtestad: Dato: Tid: Fylkesutvalet, Rådhuset 09:00" or, without colons, "Organ
 * Møtestad Fylkesutvalet Rådhuset - sal 2 Møtedato". The body's value ends at the first
 * comma (else it is one word), the place's at a date, a time or a label; stray spaces
 * that damaged text puts in a label ("Møtes tad", "Tids punkt") are read through.
 */
final class StackedFacts {

	/** "Organ Møtestad Fylkesutvalet …": a body's and a place's label without colons. */
	private static final Pattern BARE = Pattern.compile(
			"^(?:\\d{1,3}\\s+)?(?:\\p{Lu}{3,}\\s+)?(?:Organ|Utval|Utvalg)\\s+(?:Møtestad|Møtested|Stad|Sted)\\s+(?=\\p{Lu})");

	/** A label at the start of the values: "Tids punkt: Styret for …". */
	private static final Pattern LEADING_LABEL = Pattern.compile("^(\\p{Lu}[\\p{Ll} ]{1,20}?)\\s*:\\s*");

	/**
	 * Where a place's value ends: a date, a time (not a room's number), or a label word.
	 */
	private static final Pattern PLACE_END = Pattern.compile(
			"\\s(?=\\d{1,2}[.:/]\\s?\\d|\\d{1,2}\\.\\s*\\p{L})|\\s(?=(?:Møtedato|Dato|Møtetid|Tid|Tidspunkt|Kl|Klokkeslett)\\b)");

	/** Where a date's value ends: a time or a label. */
	private static final Pattern DATE_END = Pattern
		.compile("\\s(?=(?:kl\\.?\\s*)?\\d{1,2}[:.]\\d{2}\\b)|\\s(?=\\p{Lu}\\p{Ll}+\\s*:)");

	private static final Pattern TIME = Pattern.compile("^\\s*(?:kl\\.?\\s*)?(\\d{1,2})[:.](\\d{2})\\b");

	private StackedFacts() {
	}

	/** Reads a line that starts with bare body and place labels; false if it does not. */
	static boolean bare(ParsedMinutes minutes, String line) {
		Matcher bare = BARE.matcher(line);
		if (!bare.lookingAt()) {
			return false;
		}
		String rest = values(minutes, List.of("body", "place"), line.substring(bare.end()));
		if (!rest.isBlank()) {
			minutes.preamble.add(rest.strip());
		}
		return true;
	}

	/**
	 * Reads the values of labels stacked before them ("Utvalg:" on a line, "Møtested:
	 * Regionrådet Tromsø Møtedato: …" on the next); null if the labels are not the
	 * meeting's facts, else what follows their values.
	 */
	static String stacked(ParsedMinutes minutes, List<String> labels, String value) {
		List<String> kinds = new ArrayList<>();
		for (String label : labels) {
			kinds.add(kind(label));
		}
		String values = value;
		Matcher leading = LEADING_LABEL.matcher(values);
		while (leading.lookingAt() && kind(leading.group(1)) != null) {
			kinds.add(kind(leading.group(1)));
			values = values.substring(leading.end());
			leading = LEADING_LABEL.matcher(values);
		}
		if (kinds.size() < 2 || kinds.contains(null) || !kinds.contains("body") && !kinds.contains("place")) {
			return null;
		}
		return values(minutes, kinds, values);
	}

	/** "Møtes tad" → "place"; null if no fact's label. */
	private static String kind(String label) {
		String key = label.toLowerCase(Locale.ROOT).replace(" ", "").replaceFirst("[.:]$", "");
		return switch (key) {
			case "organ", "utval", "utvalg" -> "body";
			case "møtestad", "møtested", "stad", "sted" -> "place";
			case "dato", "møtedato" -> "date";
			case "tid", "tidspunkt", "møtetid", "kl", "klokkeslett" -> "time";
			default -> null;
		};
	}

	/** The values in the labels' order; returns the text after them. */
	private static String values(ParsedMinutes minutes, List<String> kinds, String text) {
		String rest = text.strip();
		for (String kind : kinds) {
			switch (kind) {
				case "body" -> {
					Matcher limit = PLACE_END.matcher(rest);
					int before = limit.find() ? limit.start() : rest.length();
					int comma = rest.indexOf(", ");
					int space = rest.indexOf(' ');
					boolean more = kinds.size() > 1;
					int end = !more ? before : comma > 0 && comma < before ? comma : space > 0 ? space : rest.length();
					if (minutes.bodyName == null && end > 0) {
						minutes.bodyName = rest.substring(0, end).strip();
					}
					rest = rest.substring(end).replaceFirst("^[,\\s]+", "");
				}
				case "place" -> {
					Matcher end = PLACE_END.matcher(rest);
					int at = end.find() ? end.start() : rest.length();
					if (at > 0) { // the table's own place, not one guessed from prose
						minutes.place = rest.substring(0, at).strip();
					}
					rest = rest.substring(at).strip();
				}
				case "date" -> {
					Matcher until = DATE_END.matcher(rest);
					int at = until.find() ? until.start() : Math.min(rest.length(), 30);
					java.time.LocalDate date = MeetingFacts.findDate(rest.substring(0, at));
					if (date != null) {
						if (minutes.date == null) {
							minutes.date = date;
						}
						rest = rest.substring(at).strip();
					}
				}
				case "time" -> {
					Matcher time = TIME.matcher(rest);
					if (time.lookingAt()) {
						int hours = Integer.parseInt(time.group(1));
						int minutesOf = Integer.parseInt(time.group(2));
						if (minutes.startsAt == null && hours < 24 && minutesOf < 60) {
							minutes.startsAt = java.time.LocalTime.of(hours, minutesOf);
						}
						rest = rest.substring(time.end()).strip();
					}
				}
				default -> {
				}
			}
		}
		return rest;
	}

}
