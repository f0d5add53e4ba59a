package klynge.importing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The meeting's facts in the header: the body from the title line ("Referat fra …"), and
 * "Dato:", "Tid:", "Sted:", "Organ:" as key–value cells or "key: value"; dates in
 * numbers, words or ISO.
 */
final class MeetingFacts {

	private static final Pattern HEADING = Pattern.compile(
			"^(?:\\d{1,3}\\s+)?(?:REFERAT|PROTOKOLL|MØTEREFERAT|MØTEPROTOKOLL|MØTEBOK|Referat|Protokoll|Møtereferat|Møteprotokoll)\\b\\s*(?:fra|frå|FRA|FRÅ)?\\s*[–:-]?\\s*(.*)$");

	private static final Pattern DATE_NUMERIC = Pattern.compile("(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4}|\\d{2})\\b");

	private static final Pattern DATE_ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");

	private static final Pattern DATE_WORDS = Pattern.compile(
			"(\\d{1,2})\\.\\s*(?:(?:og|-|–)\\s*\\d{1,2}\\.\\s*)?(januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember)\\s+(\\d{4})",
			Pattern.CASE_INSENSITIVE);

	/**
	 * "18:00 – 21:30", "09.00—11.30", "10:00 til 18:00", and flattened PDF's "10:00
	 * 18:00".
	 */
	private static final Pattern TIME_RANGE = Pattern
		.compile("(\\d{1,2})[:.](\\d{2})\\s*(?:[-–—]|til|\\s)\\s*(\\d{1,2})[:.](\\d{2})");

	/**
	 * A date, weekday or time left after the body's name in a title line ("Styremøte 9.
	 * mars 2015").
	 */
	private static final Pattern NAME_TAIL = Pattern
		.compile("(?i)\\s+(?:(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|måndag|tysdag|laurdag|sundag)\\s+)?"
				+ "(?:den\\s+)?\\d{1,2}\\..*$");

	/** A title line that names a meeting, not a body ("ekstraordinært styremøte"). */
	private static final Pattern MEETING_WORD = Pattern.compile(
			"(?i)^(?:ekstraordinært\\s+|ekstraordinert\\s+)?(?:styremøte|styremøtet|møte|møtet|årsmøte|årsmøtet)\\b.*");

	private static final Pattern TIME_ONE = Pattern.compile("(\\d{1,2})[:.](\\d{2})");

	private static final List<String> MONTHS = List.of("januar", "februar", "mars", "april", "mai", "juni", "juli",
			"august", "september", "oktober", "november", "desember");

	private static final Map<String, String> KEYS = Map.ofEntries(Map.entry("dato", "date"),
			Map.entry("møtedato", "date"), Map.entry("møtetid", "time"), Map.entry("kl", "time"),
			Map.entry("tid", "time"), Map.entry("tidspunkt", "time"), Map.entry("klokkeslett", "time"),
			Map.entry("sted", "place"), Map.entry("stad", "place"), Map.entry("møtested", "place"),
			Map.entry("møtestad", "place"), Map.entry("møterom", "place"), Map.entry("tid og sted", "time and place"),
			Map.entry("tid og stad", "time and place"), Map.entry("organ", "body"), Map.entry("utval", "body"),
			Map.entry("utvalg", "body"), Map.entry("styre", "body"), Map.entry("prosjekt", "ignore"),
			Map.entry("møteleder", "ignore"), Map.entry("møteleiar", "ignore"), Map.entry("referent", "ignore"),
			Map.entry("arkivsak", "ignore"));

	/**
	 * "kl. 1700", "kl. 0930-1430", "klokka 13", "klokken 10.00 og hevet klokken 10.45".
	 */
	private static final Pattern CLOCK = Pattern.compile(
			"(?i)\\b(?:kl|klokka|klokken)\\.?\\s*(\\d{1,2})(?:[:.]?(\\d{2}))?\\b(?:\\s*(?:[-–—]|til)\\s*(?:kl\\.?\\s*)?(\\d{1,2})[:.]?(\\d{2}))?");

	/**
	 * "Møtet ble holdt i styrerommet, Muséplass 1 og varte …", "Møtet ble avviklet på
	 * Teams".
	 */
	private static final Pattern PLACE_PROSE = Pattern.compile(
			"(?:Møtet|møtet|Møtet vart|styremøte [^.]{0,40}?)\\s*(?:ble |vart |blei |var )?(?:holdt|halde|haldt|avviklet|avvikla|avholdt|gjennomført|gjennomførd)"
					+ "(?: [^.]{0,30}?)? (?:i|på) ([^.]{3,80}?)(?:\\s+og varte|\\s+fra kl|\\s+frå kl|,?\\s+kl\\.?\\s|\\.\\s|\\.?$)");

	private static final Pattern WEEKDAY = Pattern
		.compile("(?i)^(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|måndag|tysdag|laurdag|sundag)\\b");

	private MeetingFacts() {
	}

	/**
	 * The title line's body ("Referat fra Partnermøtet – …"), or null if this is no title
	 * line.
	 */
	static Matcher heading(String trimmed) {
		Matcher heading = HEADING.matcher(trimmed);
		return heading.matches() ? heading : null;
	}

	/**
	 * Reads "key value" cells or "key: value" into the minutes; false if the line starts
	 * with no key.
	 */
	static boolean keyValues(ParsedMinutes minutes, String[] cells, String trimmed) {
		boolean any = false;
		for (int i = 0; i < cells.length; i++) {
			String cell = cells[i].strip();
			if (cell.isEmpty()) {
				continue;
			}
			String key = keyOf(cell);
			String value = null;
			if (key != null) {
				int j = i + 1;
				while (j < cells.length && cells[j].isBlank()) {
					j++;
				}
				if (j < cells.length && keyOf(cells[j].strip()) == null) {
					value = cells[j].strip();
					i = j;
				}
			}
			else {
				int colon = cell.indexOf(':');
				if (colon > 0 && colon < 20) {
					String candidate = keyOf(cell.substring(0, colon + 1));
					if (candidate != null) {
						key = candidate;
						value = cell.substring(colon + 1).strip();
					}
				}
			}
			if (key == null) {
				if (any) {
					minutes.preamble.add(cell);
				}
				else {
					return false;
				}
				continue;
			}
			any = true;
			apply(minutes, KEYS.get(key), value, trimmed);
		}
		return any;
	}

	/**
	 * A label's colon or full stop ("Dato:", "Stad."), compiled once: every cell asks.
	 */
	private static final Pattern KEY_END = Pattern.compile("[:.]$");

	private static String keyOf(String cell) {
		String key = KEY_END.matcher(cell.toLowerCase(Locale.ROOT)).replaceFirst("").strip();
		return KEYS.containsKey(key) ? key : null;
	}

	private static void apply(ParsedMinutes minutes, String kind, String value, String line) {
		if (value == null || value.isEmpty()) {
			return;
		}
		switch (kind) {
			case "date" -> {
				LocalDate found = findDate(value);
				if (found != null) {
					minutes.date = found;
					if (minutes.startsAt == null && !clock(minutes, value)) {
						// "Dato: 31.10.2024 18:00 - 20:10": the times after the date
						range(minutes, DATE_NUMERIC.matcher(value).replaceFirst(" "));
					}
				}
				else {
					minutes.preamble.add(line);
				}
			}
			case "time" -> {
				if (minutes.date == null) {
					minutes.date = findDate(value); // "Tid: Fredag 4. april 2014, kl
													// 10:00 18:00"
				}
				Matcher range = TIME_RANGE.matcher(value);
				Matcher one = TIME_ONE.matcher(value);
				if (!range.find() && clock(minutes, value)) {
					return;
				}
				range.reset();
				if (range.find()) {
					minutes.startsAt = time(range.group(1), range.group(2));
					minutes.endsAt = time(range.group(3), range.group(4));
					if (minutes.startsAt != null && minutes.endsAt != null
							&& !minutes.endsAt.isAfter(minutes.startsAt)) {
						minutes.endsAt = null;
						minutes.preamble.add(line);
					}
				}
				else if (one.find()) {
					minutes.startsAt = time(one.group(1), one.group(2));
				}
				else {
					minutes.preamble.add(line);
				}
			}
			case "place" -> minutes.place = place(value, minutes.place);
			case "time and place" -> {
				// "Tid og sted: 10.00–12.00, møterom 3": the times, then the place
				range(minutes, value);
				String rest = TIME_RANGE.matcher(value).replaceFirst("").replaceFirst("^[\\s,.:–-]+", "");
				minutes.place = place(rest, minutes.place);
			}
			case "body" -> minutes.bodyName = beforeLabel(value, minutes.bodyName);
			default -> {
			}
		}
	}

	/** "18:00 - 20:10" anywhere in the text; false if there is none. */
	private static boolean range(ParsedMinutes minutes, String text) {
		Matcher range = TIME_RANGE.matcher(text);
		if (!range.find()) {
			return false;
		}
		LocalTime start = time(range.group(1), range.group(2));
		LocalTime end = time(range.group(3), range.group(4));
		if (start == null) {
			return false;
		}
		minutes.startsAt = start;
		minutes.endsAt = end != null && end.isAfter(start) ? end : null;
		return true;
	}

	/**
	 * A place value ends at the next label or the end of its sentence ("Stad: digitalt
	 * møte. Media kan følgje …").
	 */
	private static String place(String value, String earlier) {
		String kept = beforeLabel(value, null);
		if (kept == null) {
			return earlier;
		}
		Matcher sentence = SENTENCE_END.matcher(kept);
		kept = (sentence.find() ? kept.substring(0, sentence.start()) : kept).strip();
		return kept.isEmpty() ? earlier : kept;
	}

	private static final Pattern SENTENCE_END = Pattern.compile("\\.\\s+(?=\\p{Lu}\\p{Ll}*\\s+\\p{Ll})");

	/**
	 * A title ending with the meeting's date and place: "PROTOKOLL FRA STYREMØTE 16.
	 * SEPTEMBER 2014, Strømmen" (group 1 the month, group 2 the place).
	 */
	private static final Pattern PLACE_AFTER_DATE = Pattern
		.compile("(?i:møte|protokoll|referat)\\S*\\s.{0,60}?\\b\\d{1,2}\\.\\s*(\\p{L}{3,9})(?:\\s+\\d{4})?,?\\s+"
				+ "(\\p{Lu}\\p{Ll}+(?:[ -]\\p{Lu}\\p{Ll}+){0,2})$");

	/**
	 * A place label in the middle of a line, as flattened PDF text has it ("… kl. 09:00
	 * Stad: Rådhuset Til stades: …"); the place is read up to the next label.
	 */
	/**
	 * A flattened title block: "HORDALAND FYLKESKOMMUNE MØTEBOK Eldrerådet i Hordaland",
	 * the body after the upper-case title word; else null.
	 */
	static String bodyAfterTitle(String line) {
		Matcher body = BODY_AFTER_TITLE.matcher(line);
		return body.find() && !FACT_WORD.matcher(body.group(1)).find() ? body.group(1) : null;
	}

	private static final Pattern BODY_AFTER_TITLE = Pattern
		.compile("(?:^|\\s)(?:MØTEBOK|MØTEPROTOKOLL|PROTOKOLL|MØTEREFERAT|REFERAT)\\s+"
				+ "(\\p{Lu}\\p{Ll}+(?:\\s(?:\\p{Lu}\\p{Ll}+|i|for|og)){0,5})$");

	/** Words of the facts' labels, never part of a body's name. */
	private static final Pattern FACT_WORD = Pattern
		.compile("\\b(?:Organ|Utval|Utvalg|Møtestad|Møtested|Stad|Sted|Dato|Møtedato|Tid|Kl)\\b");

	static void placeInLine(ParsedMinutes minutes, String line) {
		if (minutes.place != null) {
			return;
		}
		Matcher afterDate = PLACE_AFTER_DATE.matcher(line);
		if (afterDate.find() && MONTHS.contains(afterDate.group(1).toLowerCase(Locale.ROOT))) {
			minutes.place = afterDate.group(2); // "Styremøte 16. september 2014,
												// Strømmen"
			return;
		}
		for (Pattern prose : PLACE_IN_PROSE) {
			Matcher place = prose.matcher(line);
			if (place.find()) {
				minutes.place = place.group(1).strip();
				return;
			}
		}
		Matcher label = PLACE_LABEL.matcher(line);
		if (label.find()) {
			String value = line.substring(label.end()).strip();
			if (label.group(1).toLowerCase(Locale.ROOT).startsWith("tid")) {
				value = TIME_RANGE.matcher(value).replaceFirst("").replaceFirst("^[\\s,.:–-]+", "");
			}
			if (!value.isEmpty() && !NEXT_LABEL.matcher(value).lookingAt()) {
				minutes.place = place(value, null);
			}
		}
	}

	/**
	 * The place in prose after the date or the time: "avholdt styremøte 14. mars 2024 i
	 * kontorene til …", "… kl. 13 på Rådhuset eller per telefon", "Møtet ble hevet kl.
	 * 10.45, møterom 3, Rådhuset".
	 */
	private static final List<Pattern> PLACE_IN_PROSE = List.of(Pattern.compile(
			"(?iu)(?:holdt|avholdt|hadde)\\s+(?:styre)?møte\\s+\\d{1,2}\\.\\s*\\p{L}+\\s+\\d{4}\\s+(?:i|på)\\s+([^.]{3,80}?)(?:\\.\\s|\\.?$)"),
			Pattern.compile(
					"(?u)\\b(?:[Kk]l\\.?|klokka|klokken)(?:\\s*\\d{1,2}(?:[.:]\\d{2})?)?\\s+(?:på|i)\\s+(\\p{Lu}[^.]{2,60}?)(?:\\s+eller\\s|\\s+Møtet\\s|\\.\\s|\\.?$)"),
			Pattern.compile(
					"(?iu)\\b(?:hevet|heva)\\s+(?:kl\\.?|klokka|klokken)\\s*\\d{1,2}[.:]\\d{2},\\s+(.{3,80}?)\\.?$"));

	/**
	 * A weekday and a date without the year ("Fredag 7. november"), the year then from
	 * the meeting's number ("Møte: 6/2024", "nr 1/2024", "STYREMØTE 05/24"), or null.
	 */
	static LocalDate dateWithoutYear(String[] lines, int end) {
		return dateWithoutYear(lines, end, null);
	}

	/**
	 * As {@link #dateWithoutYear(String[], int)}, with the year the items' numbers give
	 * ("T-1/20") when the header gives none.
	 */
	static LocalDate dateWithoutYear(String[] lines, int end, Integer itemsYear) {
		Integer year = null;
		Matcher date = null;
		for (int i = 0; i < end && (year == null || date == null); i++) {
			if (year == null) {
				Matcher number = MEETING_NUMBER.matcher(lines[i]);
				if (number.find()) {
					int found = Integer.parseInt(number.group(1));
					year = found < 100 ? 2000 + found : found;
				}
			}
			if (date == null) {
				Matcher day = WEEKDAY_DATE.matcher(lines[i]);
				if (day.find()) {
					date = day;
				}
			}
		}
		if (year == null && itemsYear != null) {
			year = itemsYear < 100 ? 2000 + itemsYear : itemsYear;
		}
		if (year == null || date == null) {
			return null;
		}
		try {
			return LocalDate.of(year, MONTHS.indexOf(date.group(2).toLowerCase(Locale.ROOT)) + 1,
					Integer.parseInt(date.group(1)));
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	private static final Pattern MEETING_NUMBER = Pattern
		.compile("(?iu)(?:møte|nr\\.?)\\s*:?\\s*\\d{1,2}/(\\d{4}|\\d{2})\\b");

	private static final Pattern WEEKDAY_DATE = Pattern.compile(
			"(?iu)\\b(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|måndag|tysdag|laurdag|sundag),?\\s+(\\d{1,2})\\.\\s*"
					+ "(?:(?:og|-|–)\\s*(?:\\p{L}{3,7}dag\\s+)?\\d{1,2}\\.\\s*)?(januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember)\\b(?!\\s+\\d{4})");

	private static final Pattern PLACE_LABEL = Pattern
		.compile("(?<!\\p{L})(Stad|Sted|Møtestad|Møtested|Møterom|Tid og sted|Tid og stad):\\s");

	/**
	 * A time after "kl." or "klokka" ("kl. 0930-1430", "klokka 13"); false if there is
	 * none.
	 */
	static boolean clock(ParsedMinutes minutes, String text) {
		if (text.indexOf('k') < 0 && text.indexOf('K') < 0) {
			return false;
		}
		Matcher clock = CLOCK.matcher(text);
		if (!clock.find()) {
			return false;
		}
		LocalTime start = time(clock.group(1), clock.group(2) == null ? "00" : clock.group(2));
		if (start == null) {
			return false;
		}
		minutes.startsAt = start;
		if (clock.group(3) != null) {
			LocalTime end = time(clock.group(3), clock.group(4));
			minutes.endsAt = end != null && end.isAfter(start) ? end : null;
		}
		return true;
	}

	/**
	 * Facts written in prose in the header: the place ("Møtet ble holdt i …") and a time
	 * after "kl." on a line that also gives the date or a weekday, or opens with "Møtet";
	 * true if the line said something.
	 */
	static boolean prose(ParsedMinutes minutes, String line) {
		boolean any = false;
		if (minutes.place == null && (line.contains("øtet") || line.contains("tyremøte"))) {
			Matcher place = PLACE_PROSE.matcher(line);
			if (place.find()) {
				minutes.place = place.group(1).strip();
				any = true;
			}
		}
		if (minutes.startsAt == null && (line.startsWith("Møtet") || WEEKDAY.matcher(line).lookingAt()
				|| (findDate(line) != null && DATE_YEAR.matcher(line).find()))) {
			Matcher ended = ENDED.matcher(line);
			Matcher clock = CLOCK.matcher(line);
			if (ended.find() && clock.find() && ended.start() < clock.start()) {
				// "Møtet ble avsluttet kl. 14.20": the end, not the start
				minutes.endsAt = time(clock.group(1), clock.group(2) == null ? "00" : clock.group(2));
				return true;
			}
			any |= clock(minutes, line);
		}
		return any;
	}

	private static final Pattern ENDED = Pattern.compile("(?i)\\b(?:avslutt|avslutta|hevet|heva|slutt)");

	private static final Pattern DATE_YEAR = Pattern.compile("\\d{4}|\\.\\d{2}\\b");

	/**
	 * A value that runs into the next label ("R10 Kopi til:") ends before it; a label
	 * alone is no value.
	 */
	private static String beforeLabel(String value, String earlier) {
		Matcher next = NEXT_LABEL.matcher(value);
		String kept = next.find() ? value.substring(0, next.start()).strip() : value;
		return kept.isEmpty() ? earlier : kept;
	}

	private static final Pattern NEXT_LABEL = Pattern
		.compile("(?:^|\\s)\\p{Lu}[\\p{L}.]{0,15}(?: \\p{Ll}[\\p{L}.]{0,15}){0,2}:(?=\\s|$)");

	private static LocalTime time(String hours, String minutes) {
		int h = Integer.parseInt(hours);
		int m = Integer.parseInt(minutes);
		return h < 24 && m < 60 ? LocalTime.of(h, m) : null;
	}

	static LocalDate findDate(String text) {
		try {
			Matcher numeric = DATE_NUMERIC.matcher(text);
			if (numeric.find()) {
				int year = Integer.parseInt(numeric.group(3));
				return LocalDate.of(year < 100 ? 2000 + year : year, Integer.parseInt(numeric.group(2)),
						Integer.parseInt(numeric.group(1)));
			}
			Matcher words = DATE_WORDS.matcher(text);
			if (words.find()) {
				return LocalDate.of(Integer.parseInt(words.group(3)),
						MONTHS.indexOf(words.group(2).toLowerCase(Locale.ROOT)) + 1, Integer.parseInt(words.group(1)));
			}
			Matcher iso = DATE_ISO.matcher(text);
			if (iso.find()) {
				return LocalDate.parse(iso.group());
			}
		}
		catch (DateTimeException | NumberFormatException ex) {
			return null;
		}
		return null;
	}

	/**
	 * A date standing alone on a line anywhere in the document (where the header has
	 * none), or null.
	 */
	static LocalDate dateAlone(String[] lines) {
		for (String line : lines) {
			String trimmed = line.strip();
			if (trimmed.length() >= 6 && trimmed.length() <= 10 && DATE_ALONE.matcher(trimmed).matches()) {
				return findDate(trimmed);
			}
		}
		return null;
	}

	private static final Pattern DATE_ALONE = Pattern.compile("\\d{1,2}\\.\\d{1,2}\\.(?:\\d{4}|\\d{2})");

	/**
	 * A line that is only a body's name, perhaps with the date ("KOMMUNESTYRET",
	 * "Eldrerådet 14. mars 2024"): one word ending as bodies' names do.
	 */
	static boolean bodyLine(String trimmed) {
		return trimmed.length() <= 60 && BODY_LINE.matcher(trimmed).matches();
	}

	private static final Pattern BODY_LINE = Pattern
		.compile("(?iu)\\p{L}+(?:rådet|utvalet|utvalget|styret|tinget|nemnda|komiteen)"
				+ "(?:\\s+(?:den\\s+)?\\d{1,2}\\..*|\\s+(?:har|hadde)\\s+møte\\b.*)?");

	/**
	 * Flattened PDF text runs the title into the page ("… MØTEBOK Eldrerådet i Vestland
	 * Dato: …", "Protokoll: Møte i Eldrerådet (ER) nr 1/2024"): the body's name between
	 * the title word and the next label, parenthesis or meeting number.
	 */
	static String bodyInLine(String[] lines, int end) {
		for (int i = 0; i < end; i++) {
			Matcher title = TITLE_IN_LINE.matcher(lines[i]);
			if (title.find()) {
				return bodyFromHeading(title.group(1));
			}
		}
		return null;
	}

	private static final Pattern TITLE_IN_LINE = Pattern
		.compile("(?u)(?<=\\s|^)(?:PROTOKOLL|MØTEBOK|MØTEREFERAT|Protokoll:)\\s+"
				+ "(?:(?:MØTE|Møte)\\s+(?:I|i)\\s+)?(\\p{Lu}[\\p{L}-]+(?:\\s+(?:i|I|\\p{Lu}[\\p{L}-]+)){0,3})"
				+ "(?=\\s+(?:\\(|nr\\b|\\p{Lu}[\\p{L}.]{0,15}(?: \\p{Ll}[\\p{L}.]{0,15}){0,2}:))");

	/**
	 * A short line that can be a place ("Rådhuset, møterom 2"): no label, no sentence, no
	 * date.
	 */
	static boolean placeLine(String trimmed) {
		return trimmed.length() <= 50 && PLACE_LINE.matcher(trimmed).matches() && findDate(trimmed) == null
				&& heading(trimmed) == null;
	}

	private static final Pattern PLACE_LINE = Pattern.compile("\\p{Lu}[\\p{L}\\d ,.'’&()/-]*");

	/**
	 * A date in a line about earlier minutes ("Møtebok frå 26. mars vart godkjend"): not
	 * this meeting's.
	 */
	static boolean earlierMinutes(String text) {
		return EARLIER.matcher(text).find();
	}

	private static final Pattern EARLIER = Pattern.compile(
			"(?iu)(?:møtebok|protokoll|referat)\\p{L}*\\s+(?:frå|fra)\\s+.{0,30}?\\d{4}[^.]{0,20}?\\s(?:vart|ble|blei|er)\\s+godkj");

	/**
	 * "møte i Ungdomsrådet", "møte nr. 3/2024 i universitetsstyret": the body after "i".
	 */
	private static final Pattern MEETING_IN = Pattern
		.compile("(?iu)^(?:ekstraordinært\\s+)?møte(?:\\s+nr\\.?\\s*[\\d/]+)?\\s+i\\s+(.+)$");

	/** "Ungdomsråd møte", "Studenttingsmøte 13/14": a meeting's name, not a body's. */
	private static final Pattern MEETING_TAIL = Pattern.compile("(?iu)\\s+møte$|^\\p{L}+møte\\s+\\d+/\\d+$");

	static String bodyFromHeading(String rest) {
		rest = rest.replaceFirst("\\s*\\((?:ekstraordinært|ekstraordinert)[^)]*\\)", "");
		rest = rest.replaceFirst("(?iu)\\s+(?:har|hadde)\\s+møte\\b.*", ""); // "Fylkestinget
																				// har
																				// møte …"
		Matcher in = MEETING_IN.matcher(rest);
		if (in.matches()) {
			rest = in.group(1);
		}
		if (NEXT_LABEL.matcher(rest).lookingAt()) {
			return null; // "Møtereferat Møtetema: …": labels follow, no name
		}
		Matcher label = NEXT_LABEL.matcher(rest);
		if (label.find()) {
			rest = rest.substring(0, label.start()); // "Årsmøte 3/24 Dato: …"
		}
		String name = NAME_TAIL.matcher(rest.split("\\s+[–-]\\s+", 2)[0]).replaceFirst("").strip();
		if (name.isEmpty()) {
			return null;
		}
		if (MEETING_TAIL.matcher(name).find()) {
			name = name.replaceFirst("(?iu)\\s+møte$", "");
			if (name.isEmpty() || MEETING_TAIL.matcher(name).find()) {
				return null;
			}
		}
		if (name.equals(name.toUpperCase(Locale.ROOT))) {
			String lower = name.toLowerCase(Locale.ROOT);
			name = Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
			if (name.endsWith("e")) {
				name = name + "t";
			}
		}
		return MEETING_WORD.matcher(name).matches() ? null : name;
	}

}
