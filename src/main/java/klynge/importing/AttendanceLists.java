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
					+ "Frammøtte|Fremmøtte|Fra rådet|Frå rådet|Fra styret|Frå styret|Meldt avbud|Meldt forfall)\\s*:\\s*(.*)$",
			Pattern.CASE_INSENSITIVE);

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

	static void listEntry(ParsedMinutes minutes, String kind, String rawEntry) {
		String entry = rawEntry.strip().replaceAll("[.;,]$", "");
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
		Person person = person(entry);
		AttendanceSection section = sectionOf(kind, AttendanceSection.MEMBER);
		boolean absent = kind.startsWith("forfall") || kind.startsWith("frafall") || kind.contains("ikke møtt")
				|| kind.contains("ikkje møtt") || kind.startsWith("meldt");
		boolean guest = section == AttendanceSection.GUEST;
		attendees.add(new ImportedAttendee(section, person.seat, person.name, person.code, !guest,
				absent ? AttendanceStatus.ABSENT : AttendanceStatus.PRESENT, null));
	}

	private record Person(String name, String seat, String code) {
	}

	private static Person person(String entry) {
		String text = entry.strip();
		String code = null;
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
		String text = inline.strip();
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
