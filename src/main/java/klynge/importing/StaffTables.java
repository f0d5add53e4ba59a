package klynge.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import klynge.meeting.attendance.AttendanceSection;
import klynge.meeting.attendance.AttendanceStatus;

/**
 * A table of the administration's people flattened after its label: "Namn Stilling Kari
 * Li rådgjevar Ola Berg Ass fylkesrådmann" (row by row, each name followed by its
 * position) or "Namn Kari Li Ola Berg Stilling rådgjevar konsulent" (column by column).
 */
final class StaffTables {

	private static final Pattern ROW_HEAD = Pattern
		.compile("^(?:Namn|Navn)\\s+(?:Stilling|Tittel|Funksjon|Rolle)\\s+(?=\\p{Lu})");

	private static final Pattern COLUMN_HEAD = Pattern.compile("^(?:Namn|Navn)\\s+(?=\\p{Lu}\\p{Ll})");

	/** The head of the second column after a column of names. */
	private static final Pattern SECOND_COLUMN = Pattern.compile("\\s(?:Stilling|Tittel|Funksjon|Rolle)(?:\\s|$)");

	private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?|\\p{Lu}\\.");

	/** "Ass", "konst.", "fung.": a word before a position, no part of a name. */
	private static final Pattern ACTING = Pattern
		.compile("(?i)ass\\.?|assisterande|assisterende|kst\\.?|konst\\.?|konstituert|fung\\.?|fungerande|fungerende");

	private StaffTables() {
	}

	/** Reads such a table; false if the text is none. */
	static boolean read(ParsedMinutes minutes, String kind, String text) {
		String inline = text.strip();
		Matcher rows = ROW_HEAD.matcher(inline);
		if (rows.lookingAt()) {
			return rows(minutes, kind, inline.substring(rows.end()));
		}
		Matcher columns = COLUMN_HEAD.matcher(inline);
		if (!columns.lookingAt()) {
			return false;
		}
		String names = inline.substring(columns.end());
		Matcher second = SECOND_COLUMN.matcher(names);
		String rest = "";
		if (second.find()) {
			rest = names.substring(second.start()).strip();
			names = names.substring(0, second.start());
		}
		List<String> people = NameRuns.split(names);
		if (people.isEmpty()) {
			return false;
		}
		people.forEach(name -> add(minutes, kind, name, null));
		if (!rest.isEmpty()) {
			minutes.preamble.add(rest);
		}
		return true;
	}

	/** "Kari Li rådgjevar Ola Berg Ass fylkesrådmann Eva Ås Informasjonssjef". */
	private static boolean rows(ParsedMinutes minutes, String kind, String text) {
		String[] words = text.split("\\s+");
		List<String> name = new ArrayList<>();
		List<String> position = new ArrayList<>();
		int found = 0;
		for (String word : words) {
			boolean nameWord = NAME_WORD.matcher(word).matches() && !NameRuns.role(word)
					&& !ACTING.matcher(word).matches();
			if (nameWord && !position.isEmpty()) {
				found += row(minutes, kind, name, position);
			}
			if (nameWord && position.isEmpty() && name.size() < 4) {
				name.add(word);
			}
			else {
				position.add(word);
			}
		}
		found += row(minutes, kind, name, position);
		return found > 0;
	}

	private static int row(ParsedMinutes minutes, String kind, List<String> name, List<String> position) {
		int found = 0;
		if (name.size() >= 2) {
			add(minutes, kind, String.join(" ", name), position.isEmpty() ? null : String.join(" ", position));
			found = 1;
		}
		else if (!name.isEmpty() || !position.isEmpty()) {
			minutes.preamble.add((String.join(" ", name) + " " + String.join(" ", position)).strip());
		}
		name.clear();
		position.clear();
		return found;
	}

	private static void add(ParsedMinutes minutes, String kind, String name, String position) {
		AttendanceSection section = AttendanceLists.sectionOf(kind, AttendanceSection.SECRETARIAT);
		boolean absent = kind.startsWith("forfall") || kind.contains("ikke møtt") || kind.contains("ikkje møtt");
		minutes.attendees.add(new ImportedAttendee(section, position, name, null, section != AttendanceSection.GUEST,
				absent ? AttendanceStatus.ABSENT : AttendanceStatus.PRESENT, null));
	}

}
