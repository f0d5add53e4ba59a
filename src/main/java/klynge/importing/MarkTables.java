package klynge.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import klynge.meeting.attendance.AttendanceSection;
import klynge.meeting.attendance.AttendanceStatus;

/**
 * An attendance table whose presence column is a cross, flattened into a run of text:
 * "Medlemmer: Eining Til stede Kari Li (leiar) Rektor X Ola Berg ASH Eva Ås ASH X". Each
 * "X" ends the row of the name before it; a member's row without one is absent (an
 * observer's is no row: observers are not summoned).
 */
final class MarkTables {

	/** The table's head: its label and column heads, the presence column last. */
	private static final Pattern HEAD = Pattern.compile("(?:^|\\s)(?:(\\p{Lu}[\\p{Ll} ]{2,40}):\\s+)?"
			+ "(?:\\p{Lu}\\p{Ll}+\\s+){0,3}?(?:Til stade|Til stades|Til stede|Tilstede|Møtt|Oppmøte|Frammøte|Fremmøte)"
			+ "\\s+(?=\\p{Lu})");

	private static final Pattern MARK = Pattern.compile("\\s[Xx](?=\\s|$)");

	/** A group's label inside the table: "Observatørar:", "Sakshandsamar og skrivar:". */
	private static final Pattern GROUP = Pattern.compile("(?:^|\\s)(\\p{Lu}\\p{Ll}+(?: \\p{Ll}+){0,3}):(?=\\s|$)");

	/**
	 * A word of a name in a table: "Kari", "Thoresen-Vestre", "L." (not "FoU-rådgivar").
	 */
	private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?|\\p{Lu}\\.");

	private static final Pattern CODE = Pattern.compile("\\p{Lu}{2,6}(?:[/-]\\p{Lu}{1,6})?,?");

	private static final Pattern STANDS_IN = Pattern
		.compile("^vara(?:medlem|representant)?\\s+for\\s+(\\p{Lu}.{1,60})$");

	/** Names in a table are short: longer runs of capitals hold the next column too. */
	private static final int LONGEST_NAME = 3;

	private MarkTables() {
	}

	/** One person of the table: the name, the remark in parentheses, whether crossed. */
	private record Row(String name, String remark, AttendanceSection section, boolean crossed) {
	}

	/**
	 * Reads such a table out of a line; returns the line without it, or null if the line
	 * holds none.
	 */
	static String read(ParsedMinutes minutes, String line) {
		// the crosses first: a cheap test most lines fail
		if (line.indexOf(" X") < 0 && line.indexOf(" x") < 0 || MARK.matcher(line).results().limit(2).count() < 2) {
			return null;
		}
		Matcher head = HEAD.matcher(line);
		if (!head.find()) {
			return null;
		}
		AttendanceSection section = head.group(1) == null ? AttendanceSection.MEMBER
				: AttendanceLists.sectionOf(head.group(1), AttendanceSection.MEMBER);
		List<Row> rows = new ArrayList<>();
		String text = line.substring(head.end());
		Matcher mark = MARK.matcher(text);
		int from = 0;
		String rest = "";
		while (true) {
			boolean crossed = mark.find();
			String segment = text.substring(from, crossed ? mark.start() : text.length());
			int before = rows.size();
			Matcher group = GROUP.matcher(segment);
			int piece = 0;
			while (true) {
				boolean labelled = group.find();
				String part = segment.substring(piece, labelled ? group.start() : segment.length());
				String left = rows(rows, part, section, !crossed);
				if (!left.isEmpty()) {
					rest = left + segment.substring(piece + part.length());
					break;
				}
				if (!labelled) {
					break;
				}
				section = AttendanceLists.sectionOf(group.group(1), section);
				piece = group.end();
			}
			if (crossed && rows.size() > before) {
				Row last = rows.removeLast();
				rows.add(new Row(last.name(), last.remark(), last.section(), true));
			}
			if (!crossed || !rest.isEmpty()) {
				break;
			}
			from = mark.end();
		}
		if (rows.isEmpty()) {
			return null;
		}
		rows.forEach(row -> add(minutes, row));
		return (line.substring(0, head.start()) + " " + rest).strip();
	}

	private static void add(ParsedMinutes minutes, Row row) {
		Matcher standsIn = STANDS_IN.matcher(row.remark() == null ? "" : row.remark());
		if (standsIn.matches() && row.crossed()) {
			minutes.substitutions.add(new ParsedMinutes.Substitution(row.name(), null, standsIn.group(1), null));
			return;
		}
		if (row.section() == AttendanceSection.OBSERVER && !row.crossed()) {
			return;
		}
		minutes.attendees.add(new ImportedAttendee(row.section(), row.remark(), row.name(), null,
				row.section() != AttendanceSection.GUEST,
				row.crossed() ? AttendanceStatus.PRESENT : AttendanceStatus.ABSENT, null));
	}

	/**
	 * The names in a piece of a row or rows: a name ends at a remark in parentheses, a
	 * code, a role, a word before a comma, or a word the piece repeats (two rows of the
	 * same unit). In the table's last piece the first lower-case word after a name ends
	 * the table: returns the text from there ("" if the piece is all rows).
	 */
	private static String rows(List<Row> rows, String piece, AttendanceSection section, boolean last) {
		String[] words = piece.strip().split("\\s+");
		Map<String, Integer> counts = new HashMap<>();
		for (String word : words) {
			counts.merge(word.replaceFirst(",$", ""), 1, Integer::sum);
		}
		List<String> current = new ArrayList<>();
		boolean unit = false; // in the columns after a name, until the next name
		int since = 0; // the first word after the last name
		for (int i = 0; i < words.length; i++) {
			String word = words[i];
			if (word.isEmpty()) {
				continue;
			}
			if (word.startsWith("(")) {
				StringBuilder remark = new StringBuilder(word);
				while (remark.indexOf(")") < 0 && i + 1 < words.length) {
					remark.append(' ').append(words[++i]);
				}
				String said = remark.toString().replaceAll("^\\(|\\).*$", "").strip();
				if (current.size() >= 2) {
					rows.add(new Row(String.join(" ", current), said, section, false));
					since = i + 1;
				}
				current.clear();
				unit = true;
				continue;
			}
			String bare = word.replaceFirst(",$", "");
			boolean nameWord = NAME_WORD.matcher(bare).matches() && !NameRuns.role(bare)
					&& (counts.get(bare) < 2 || NameRuns.firstName(bare));
			boolean startsName = nameWord && (current.isEmpty() ? !unit || NameRuns.firstName(bare)
					: current.size() >= 2 && NameRuns.firstName(bare) && !NameRuns.firstName(current.getLast())
							&& !current.getLast().endsWith("."));
			if (nameWord && !current.isEmpty() && !startsName && current.size() < LONGEST_NAME && !word.endsWith(",")) {
				current.add(bare);
				continue;
			}
			if (current.size() >= 2) {
				rows.add(new Row(String.join(" ", current), null, section, false));
				unit = true;
				since = i;
			}
			current.clear();
			if (last && !rows.isEmpty() && !nameWord && !CODE.matcher(word).matches() && !NameRuns.role(bare)
					&& Character.isLowerCase(word.charAt(0))) {
				return String.join(" ", List.of(words).subList(since, words.length));
			}
			if (!nameWord && counts.get(bare) >= 2 && !CODE.matcher(word).matches()) {
				unit = false; // a unit both rows have: the next name's row starts
				continue;
			}
			if (startsName && !word.endsWith(",")) {
				current.add(bare);
				unit = false;
			}
			else {
				unit = unit || !current.isEmpty() || !nameWord;
			}
		}
		if (current.size() >= 2) {
			rows.add(new Row(String.join(" ", current), null, section, false));
		}
		return "";
	}

}
