package klynge.importing;

import static klynge.importing.TextCells.blankToNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import klynge.meeting.attendance.AttendanceSection;
import klynge.meeting.attendance.AttendanceStatus;

/**
 * Attendance written as lists: "Til stede:", "Forfall:", "Møtte for:", "Observatører:" …
 * with entries inline or as bullets, each "Name (Organisation)", "Name, Organisation" or
 * "CODE – Name".
 */
final class AttendanceLists {

	private static final Pattern LIST_LABEL = Pattern.compile(
			"^(Til stede|Tilstede|Til stades|Møtt|Møtte|Møtande medlemer|Møtende medlemmer|Forfall|Frafall|Ikke møtt|Ikkje møtt|"
					+ "Faste medlemmer som ikke møtte|Faste medlemer som ikkje møtte|Møtte for|Observatører|Observatørar|Faste observatører|"
					+ "Faste observatørar|Sekretariat|Sekretær|Sekretariatsfunksjon|Fra administrasjonen|Frå administrasjonen|"
					+ "Andre til stede|Andre til stades|Gjester|Gjestar|Fra adm|Frå adm|Fra sekretariatet|Frå sekretariatet|"
					+ "Frammøtte|Fremmøtte|Fra rådet|Frå rådet|Fra styret|Frå styret|Meldt avbud|Meldt forfall|Desse møtte|Dessuten møtte|"
					+ "Fraværende|Fråverande|Ikke til stede|Ikkje til stades|Tilstede var|Til stede var|Invitert|Inviterte|"
					+ "(?:Til stede|Tilstede|Til stades) (?:fra|frå|for) [\\p{L}ø]{2,30}|(?:Fra|Frå) [\\p{L}.]{2,30}(?: møtte)?)\\.?\\s*:\\s*(.*)$",
			Pattern.CASE_INSENSITIVE);

	/**
	 * "Ordførar:", "Rådmenn:", "Representanter:" inside a list: attendance grouped by
	 * role.
	 */
	private static final Pattern SUB_LABEL = Pattern
		.compile("(?:^|\\s)\\p{Lu}[\\p{L}.]{1,20}(?: \\p{Ll}\\p{L}{1,15})?:\\s");

	/** " - " and " – " between names ("Ragnar Bakken - Tone Misund – Linda Vestre"). */
	private static final Pattern DASHES = Pattern.compile("\\s+[-–]\\s*|\\s*–\\s+|^[-–]\\s*");

	/** A remark of partial presence after a name: "til kl. 13.30", "gikk etter sak 4". */
	private static final Pattern PARTIAL = Pattern.compile(
			"^(.+?)\\s+((?:til kl|fra kl|frå kl|gikk etter|gjekk etter|gikk før|gjekk før|fra sak|frå sak|deltok under|"
					+ "deltok i sak|til sak|GJEKK)\\b.*)$");

	/** Titles and roles written before a name ("Styreleder", "Revisor", "rådgiver"). */
	private static final Pattern TITLE = Pattern.compile(
			"^(?:(?:Styrets leder|Styreleder|Styreleiar|Leder|Leiar|Nestleder|Nestleiar|Revisor|Sekretær|Rektor|Prorektor|"
					+ "Viserektor|Ordfører|Ordførar|Varaordfører|Varaordførar|Rådmann|Rådgiver|Rådgjevar|Daglig leder|"
					+ "Dagleg leiar|Direktør|Fylkesrevisor|Kommunedirektør|Konsulent|Medlem|Referent|Møtesekretær|Fylkesrådmann)\\s+"
					+ "|(?:\\p{Ll}[\\p{L}.-]*\\s+){1,6})(?=\\p{Lu})");

	private static final Pattern ENTRY_PAREN = Pattern.compile("^(.+?)\\s*\\(([^)]*)\\)\\s*$");

	private static final Pattern ENTRY_CODE = Pattern.compile("^([A-ZÆØÅ]{2,6})\\s*[-–:]\\s+(.+)$");

	private static final Pattern STANDS_IN = Pattern.compile("^(.+?)\\s+(?:\\(vara\\s+)?for\\s+(.+?)\\)?$");

	private AttendanceLists() {
	}

	/**
	 * A list's label line ("Forfall: A, B"): group 1 the kind, group 2 the inline
	 * entries; else null.
	 */
	static Matcher label(String trimmed) {
		Matcher label = LIST_LABEL.matcher(trimmed);
		return label.matches() ? label : null;
	}

	static AttendanceSection sectionOf(String label, AttendanceSection current) {
		String lower = label.toLowerCase(Locale.ROOT);
		if (lower.startsWith("sekretær") || lower.contains("sekretariat") || lower.contains("administrasjon")
				|| lower.endsWith(" adm")) {
			return AttendanceSection.SECRETARIAT;
		}
		if (lower.contains("observatør")) {
			return AttendanceSection.OBSERVER;
		}
		if (lower.startsWith("gjest") || lower.startsWith("andre")) {
			return AttendanceSection.GUEST;
		}
		if (lower.contains("medlem")) {
			return AttendanceSection.MEMBER;
		}
		return current;
	}

	/**
	 * The separator after a list's entry ("Kari Nordmann,"), compiled once: every entry
	 * asks.
	 */
	private static final Pattern ENTRY_END = Pattern.compile("[.;,]$");

	static void listEntry(ParsedMinutes minutes, String kind, String rawEntry) {
		String entry = ENTRY_END.matcher(rawEntry.strip()).replaceFirst("");
		if (entry.isEmpty()) {
			return;
		}
		List<ImportedAttendee> attendees = minutes.attendees;
		if (kind.equals("møtte for")) {
			Matcher standsIn = STANDS_IN.matcher(entry);
			if (!standsIn.matches()) {
				minutes.preamble.add(rawEntry);
				return;
			}
			Person deputy = person(standsIn.group(1));
			Person member = person(standsIn.group(2));
			for (int i = 0; i < attendees.size(); i++) {
				ImportedAttendee row = attendees.get(i);
				if (row.name().equalsIgnoreCase(member.name)) {
					attendees.set(i, new ImportedAttendee(row.section(), row.seat() != null ? row.seat() : member.seat,
							row.name(), row.code(), true, AttendanceStatus.DEPUTY, null));
					minutes.deputies
						.add(new ImportedMinutes.Deputy(deputy.name, deputy.seat != null ? deputy.seat : row.seat()));
					return;
				}
			}
			attendees.add(new ImportedAttendee(AttendanceSection.MEMBER, member.seat, member.name, member.code, true,
					AttendanceStatus.DEPUTY, null));
			minutes.deputies
				.add(new ImportedMinutes.Deputy(deputy.name, deputy.seat != null ? deputy.seat : member.seat));
			return;
		}
		if (entry.startsWith("Ingen ") || entry.equals("Ingen") || entry.chars().noneMatch(Character::isUpperCase)) {
			// "Ingen forfall meldt"; a role without a name ("varaordfører")
			minutes.preamble.add(rawEntry.strip()); // "Ingen forfall meldt"
			return;
		}
		Person person = person(entry);
		if (person.name.length() > 60 || person.name.split("\\s+").length > 6) {
			minutes.preamble.add(rawEntry.strip()); // names run together or prose: kept,
													// not guessed at
			return;
		}
		AttendanceSection section = sectionOf(kind, AttendanceSection.MEMBER);
		boolean absent = kind.startsWith("forfall") || kind.startsWith("frafall") || kind.contains("ikke møtt")
				|| kind.contains("ikkje møtt") || kind.startsWith("meldt") || kind.startsWith("fravær")
				|| kind.startsWith("fråver") || kind.startsWith("ikke til") || kind.startsWith("ikkje til");
		boolean guest = section == AttendanceSection.GUEST;
		attendees.add(new ImportedAttendee(section, person.seat, person.name, person.code, !guest,
				absent ? AttendanceStatus.ABSENT : AttendanceStatus.PRESENT, null));
	}

	/**
	 * A line under a label that lists names (one, or several separated by commas, "og" or
	 * dashes): most entries are two to six capitalised words.
	 */
	static boolean namesLine(String line) {
		if (line.length() > 400 || line.indexOf(':') >= 0 || !Character.isUpperCase(line.charAt(0))) {
			return false;
		}
		List<String> entries = splitEntries(line.replaceAll("\\.$", ""));
		int names = 0;
		for (String entry : entries) {
			String name = person(entry).name;
			if (name.length() <= 50 && name.chars().anyMatch(Character::isLowerCase) && name.indexOf(' ') > 0
					&& name.split("\\s+").length <= 6 && name.chars().noneMatch(Character::isDigit)
					&& java.util.Arrays.stream(name.split("\\s+"))
						.allMatch(w -> !w.isEmpty() && Character.isUpperCase(w.charAt(0)))) {
				names++;
			}
		}
		return !entries.isEmpty() && names * 2 > entries.size();
	}

	private record Person(String name, String seat, String code) {
	}

	private static Person person(String entry) {
		String text = entry.strip();
		String title = null;
		Matcher titled = TITLE.matcher(text);
		if (titled.lookingAt() && titled.end() < text.length()) {
			title = text.substring(0, titled.end()).strip(); // kept as the seat:
																// "Rektor", "rådgiver"
			text = text.substring(titled.end());
		}
		Person person = untitled(text);
		return title == null ? person
				: new Person(person.name, person.seat == null ? title : title + ", " + person.seat, person.code);
	}

	private static Person untitled(String entry) {
		String text = entry;
		String code = null;
		Matcher partial = PARTIAL.matcher(text);
		if (partial.matches() && text.indexOf('(') < 0) {
			return new Person(partial.group(1).strip(), partial.group(2).strip(), null);
		}
		Matcher withCode = ENTRY_CODE.matcher(text);
		if (withCode.matches()) {
			code = withCode.group(1);
			text = withCode.group(2).strip();
		}
		Matcher paren = ENTRY_PAREN.matcher(text);
		if (paren.matches()) {
			return new Person(paren.group(1).strip(), blankToNull(paren.group(2).strip()), code);
		}
		int comma = text.indexOf(", ");
		if (comma > 0) {
			return new Person(text.substring(0, comma).strip(), text.substring(comma + 2).strip(), code);
		}
		return new Person(text, null, code);
	}

	/**
	 * A list written inline ends with its sentence: "Forfall: A. B fratrådte …" lists
	 * only A.
	 */
	private static final Pattern SENTENCE_END = Pattern.compile("(?<=\\p{Ll}{2})\\.\\s+(?=\\p{Lu})");

	/**
	 * The inline list and, if its sentence ends before the line does, the rest of the
	 * line (else "").
	 */
	static String[] listAndRest(String inline) {
		Matcher end = SENTENCE_END.matcher(inline);
		return end.find() ? new String[] { inline.substring(0, end.start()), inline.substring(end.end()) }
				: new String[] { inline, "" };
	}

	static List<String> splitEntries(String inline) {
		String text = inline.indexOf(':') > 0 ? SUB_LABEL.matcher(inline).replaceAll(", ").strip() : inline.strip();
		if (text.startsWith(",")) {
			text = text.substring(1).strip();
		}
		if (text.indexOf(',') < 0 && text.indexOf(';') < 0 && DASHES.matcher(text).find()) {
			return List.of(DASHES.split(text)).stream().map(String::strip).filter(e -> !e.isEmpty()).toList();
		}
		if (text.isEmpty()) {
			return List.of();
		}
		if (text.contains(";")) {
			return List.of(text.split(";"));
		}
		if (ENTRY_CODE.matcher(text).matches()) {
			return List.of(text.split(",\\s*(?=[A-ZÆØÅ]{2,6}\\s*[-–:]\\s)"));
		}
		return outsideParentheses(text);
	}

	/**
	 * Splits at commas and " og " that are not inside parentheses: "A (S 7.1, S 7.4), B
	 * og C".
	 */
	private static List<String> outsideParentheses(String text) {
		List<String> entries = new ArrayList<>();
		int depth = 0;
		int from = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '(') {
				depth++;
			}
			else if (c == ')' && depth > 0) {
				depth--;
			}
			else if (depth == 0 && c == ',') {
				entries.add(text.substring(from, i));
				from = i + 1;
			}
			else if (depth == 0 && c == ' ' && text.startsWith(" og ", i)) {
				entries.add(text.substring(from, i));
				from = i + 4;
				i += 3;
			}
		}
		entries.add(text.substring(from));
		return entries.stream().map(String::strip).filter(entry -> !entry.isEmpty()).toList();
	}

}
