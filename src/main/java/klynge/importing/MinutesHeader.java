package klynge.importing;

import static klynge.importing.TextCells.blankToNull;
import static klynge.importing.TextCells.cell;
import static klynge.importing.TextCells.cells;
import static klynge.importing.TextCells.indexOf;
import static klynge.importing.TextCells.isBullet;
import static klynge.importing.TextCells.nonEmpty;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import klynge.meeting.attendance.AttendanceSection;
import klynge.meeting.attendance.AttendanceStatus;

/**
 * The lines before the first item: title, meeting facts, attendance as a tab-separated
 * table (the seed format) or as lists, deputies in prose; anything else is kept in the
 * preamble.
 */
final class MinutesHeader {

	/** A line of labels only: "Tid: Til stede på møtet Medlemmer: Varamedlemmer:". */
	private static final Pattern LABELS_ONLY = Pattern.compile("^(?:\\p{Lu}[\\p{L} .]{0,40}?:\\s*)+$");

	private static final Pattern PAGE_NUMBER = Pattern.compile("^\\d{1,3}\\s+(?=\\p{Lu}\\p{Ll})");

	private static final Pattern NAMED_GROUP = Pattern.compile("^(\\p{Lu}\\p{Ll}{2,30}):\\s+(\\p{Lu}.*)$");

	private static final Pattern LABEL_AND_VALUE = Pattern.compile("^(\\p{Lu}[\\p{L} .]{0,40}?)\\.?\\s*:\\s*(\\S.*)$");

	private MinutesHeader() {
	}

	private static boolean nextIsBullet(String[] lines, int from, int end) {
		for (int i = from; i < end; i++) {
			String next = lines[i].strip();
			if (!next.isEmpty()) {
				return isBullet(next);
			}
		}
		return false;
	}

	/**
	 * A list's next lines of names after a blank line (web copies of PDFs put blank lines
	 * between them).
	 */
	private static boolean nextIsNames(String[] lines, int from, int end) {
		int next = nextNonBlank(lines, from, end);
		return next < end
				&& (AttendanceLists.namesLine(lines[next].strip()) || pageOfNames(lines[next].strip()) != null);
	}

	/**
	 * A list broken by a page break goes on after the next page's number: "2 Kari Li HF
	 * Ola Berg IME …"; the names and what follows them, or null.
	 */
	private static NameRuns.Run pageOfNames(String trimmed) {
		Matcher page = PAGE_NUMBER.matcher(trimmed);
		if (!page.lookingAt()) {
			return null;
		}
		NameRuns.Run run = NameRuns.read(trimmed.substring(page.end()));
		return run.names().isEmpty() ? null : run;
	}

	/**
	 * A group of people under a label of its own after a list ("Bakbenken: Kari Li Ola
	 * Berg Eva Ås …"): present; returns the text after the names.
	 */
	private static String namedGroup(ParsedMinutes minutes, String text) {
		Matcher group = NAMED_GROUP.matcher(text);
		if (!group.matches() || AttendanceLists.personLabel(group.group(1))) {
			return text;
		}
		NameRuns.Run run = NameRuns.read(group.group(2));
		if (run.names().size() < 3) {
			return text;
		}
		String kind = group.group(1).toLowerCase(Locale.ROOT);
		run.names().forEach(name -> AttendanceLists.listEntry(minutes, kind, name));
		return run.rest();
	}

	private static int nextNonBlank(String[] lines, int from, int end) {
		int i = from;
		while (i < end && lines[i].isBlank()) {
			i++;
		}
		return i;
	}

	static void read(ParsedMinutes minutes, String[] lines, int end) {
		int nameCol = -1, seatCol = -1, codeCol = -1, summonedCol = -1, statusCol = -1;
		boolean table = false;
		AttendanceSection section = AttendanceSection.MEMBER;
		String listKind = null;
		int listed = 0;
		String stacked = null;
		boolean emptyLabelBefore = false;
		boolean headingSeen = false;
		boolean dated = false;
		String previous = "";
		String tableKind = null;
		List<String> stackedLabels = new ArrayList<>();
		for (int i = 0; i < end; i++) {
			String line = lines[i];
			String trimmed = line.strip();
			// the line before this one gave the date and the time
			boolean placeAfterDate = false;
			if (!trimmed.isEmpty()) {
				boolean datedNow = minutes.date != null && minutes.startsAt != null;
				placeAfterDate = datedNow && !dated && i > 0 && previous.indexOf(':') < 0;
				dated = datedNow;
				previous = trimmed;
			}
			if (trimmed.isEmpty()) {
				table = false;
				if (!nextIsBullet(lines, i + 1, end) && !(listKind != null && listed == 0)
						&& !nextIsNames(lines, i + 1, end)) {
					listKind = null; // a blank line between a list's label and its
										// bullets keeps the list open
				}
				continue;
			}
			MeetingFacts.placeInLine(minutes, trimmed);
			String withoutTable = AttendanceLists.statusTable(minutes, trimmed);
			if (withoutTable == null) {
				withoutTable = MarkTables.read(minutes, trimmed);
			}
			if (StackedFacts.bare(minutes, trimmed)) {
				continue;
			}
			String titleBody = minutes.bodyName == null ? MeetingFacts.bodyAfterTitle(trimmed) : null;
			if (titleBody != null) {
				minutes.bodyName = titleBody;
				minutes.preamble.add(trimmed);
				continue;
			}
			if (withoutTable != null) {
				trimmed = withoutTable;
				line = withoutTable;
			}
			// (a long line is no line of labels: the repeated group overflows the stack
			// on it)
			if (trimmed.length() <= 400 && LABELS_ONLY.matcher(trimmed).matches()) {
				for (String label : trimmed.split(":")) {
					if (!label.isBlank()) {
						stackedLabels.add(label.strip());
					}
				}
			}
			else {
				Matcher valued = LABEL_AND_VALUE.matcher(trimmed);
				if (!stackedLabels.isEmpty() && valued.matches()) {
					List<String> labels = new ArrayList<>(stackedLabels);
					labels.add(valued.group(1).strip());
					stackedLabels.clear();
					if (AttendanceLists.stacked(minutes, labels, valued.group(2))
							&& AttendanceLists.personLabel(valued.group(1))) {
						listKind = null;
						continue;
					}
					String after = StackedFacts.stacked(minutes, labels, valued.group(2));
					if (after != null) {
						// "Utvalg:" / "Møtested: Regionrådet Tromsø Møtedato: …"
						if (!after.isBlank() && !MeetingFacts.keyValues(minutes, cells(after), after)) {
							minutes.preamble.add(after);
						}
						continue;
					}
				}
				stackedLabels.clear();
			}
			String[] cells = cells(line);
			if (table) {
				if (nonEmpty(cells) == 1 && trimmed.endsWith(":")) {
					section = AttendanceLists.sectionOf(trimmed, section);
					continue;
				}
				String name = cell(cells, nameCol);
				if (name.isEmpty()) {
					minutes.preamble.add(trimmed);
					continue;
				}
				String seat = cell(cells, seatCol);
				String forfall = cell(cells, statusCol);
				AttendanceStatus status = AttendanceStatus.ofCode(forfall).orElse(null);
				if (status == null) {
					minutes.preamble.add(trimmed);
					status = AttendanceStatus.PRESENT;
				}
				AttendanceSection rowSection = section != AttendanceSection.GUEST
						&& seat.toLowerCase(Locale.ROOT).startsWith("sekretariat") ? AttendanceSection.SECRETARIAT
								: section;
				minutes.attendees.add(new ImportedAttendee(rowSection, blankToNull(seat), name,
						blankToNull(cell(cells, codeCol)), !cell(cells, summonedCol).isEmpty(), status, null));
				continue;
			}
			if (cells.length >= 3 && indexOf(cells, "navn", "namn") >= 0) {
				nameCol = indexOf(cells, "navn", "namn");
				seatCol = indexOf(cells, "organisasjon", "verksemd", "virksomhet", "representerer", "rolle");
				codeCol = indexOf(cells, "kode", "initialer");
				summonedCol = indexOf(cells, "innkalt", "innkalla", "innkalla");
				statusCol = indexOf(cells, "forfall");
				table = true;
				section = AttendanceSection.MEMBER;
				continue;
			}
			if (tableKind != null && AttendanceLists.tableRows(minutes, tableKind, trimmed)) {
				continue; // the table goes on on the next page
			}
			tableKind = null;
			Matcher label = AttendanceLists.label(trimmed);
			if (label == null) {
				emptyLabelBefore = false;
				stacked = null;
			}
			if (label != null) {
				listKind = label.group(1).toLowerCase(Locale.ROOT);
				listed = label.group(2).isBlank() ? 0 : 1;
				if (listed == 0 && stacked == null) {
					stacked = listKind;
				}
				else if (listed > 0 && stacked != null && emptyLabelBefore) {
					// flattened PDF text puts the labels first ("Tilstede: Forfall: Kari
					// …"): the
					// first list is the first label's
					listKind = stacked;
				}
				emptyLabelBefore = listed == 0;
				if (listed > 0) {
					stacked = null;
				}
				if (AttendanceLists.table(minutes, listKind, label.group(2))) {
					tableKind = listKind;
					continue;
				}
				tableKind = null;
				String[] listAndRest = AttendanceLists.listAndRest(label.group(2));
				for (String entry : AttendanceLists.splitEntries(listAndRest[0])) {
					AttendanceLists.listEntry(minutes, listKind, entry);
				}
				String rest = AttendanceProse.read(minutes, Deputies.standsIn(minutes, listAndRest[1]));
				if (!rest.isBlank()) {
					minutes.preamble.add(rest.strip());
				}
				continue;
			}
			if (AttendanceLists.bareLabel(trimmed)) {
				// "Til stede" on a line of its own, the names (or their roles' groups)
				// below
				listKind = trimmed.replaceFirst("\\.$", "").toLowerCase(Locale.ROOT);
				listed = 0;
				continue;
			}
			String[] roleGroup = listKind == null ? null : AttendanceLists.roleGroup(trimmed);
			if (roleGroup != null) {
				// "Administrasjonen: Eva Ås, Per Dal" under "Til stede": attendance
				// grouped by
				// role
				String kind = listKind + " " + roleGroup[0].toLowerCase(Locale.ROOT);
				for (String entry : AttendanceLists.splitEntries(roleGroup[1])) {
					AttendanceLists.listEntry(minutes, kind, entry);
				}
				listed++;
				continue;
			}
			if (trimmed.endsWith(":") && trimmed.length() <= 40 && nextIsBullet(lines, i + 1, end)) {
				// "Fra ViG:", "Andre:" above a bulleted list of names: attendance grouped
				// by role
				listKind = trimmed.substring(0, trimmed.length() - 1).strip().toLowerCase(Locale.ROOT);
				continue;
			}
			if (listKind != null && isBullet(trimmed)) {
				AttendanceLists.listEntry(minutes, listKind, trimmed.substring(1).strip());
				continue;
			}
			NameRuns.Run nextPage = listKind == null ? null : pageOfNames(trimmed);
			if (nextPage != null) {
				for (String name : nextPage.names()) {
					AttendanceLists.listEntry(minutes, listKind, name);
				}
				String rest = AttendanceProse.read(minutes, namedGroup(minutes, nextPage.rest()));
				if (!rest.isBlank()) {
					minutes.preamble.add(rest);
				}
				listKind = null;
				continue;
			}
			if (listKind != null && AttendanceLists.namesLine(trimmed)) {
				// names one a line (or a list on the line) under a label on its own line
				for (String entry : AttendanceLists.lineEntries(trimmed)) {
					AttendanceLists.listEntry(minutes, listKind, entry);
				}
				listed++;
				continue;
			}
			listKind = null;
			if (!headingSeen) {
				Matcher heading = MeetingFacts.heading(trimmed);
				if (heading != null) {
					headingSeen = true;
					MeetingFacts.prose(minutes, trimmed); // "PROTOKOLL fra møte …. Møtet
															// ble holdt i …"
					String rest = heading.group(1).strip();
					if (minutes.date == null && !MeetingFacts.earlierMinutes(rest)) {
						minutes.date = MeetingFacts.findDate(rest); // "Protokoll fra
																	// styremøte tirsdag
																	// 5. november 2013"
					}
					if (!rest.isEmpty() && minutes.bodyName == null) {
						minutes.bodyName = MeetingFacts.bodyFromHeading(rest);
					}
					continue;
				}
			}
			int next = nextNonBlank(lines, i + 1, end);
			if (trimmed.endsWith(":") && trimmed.length() <= 20 && next < end && lines[next].indexOf(':') < 0
					&& AttendanceLists.label(trimmed) == null) {
				// a label on its own line, its value on the next (also after blank lines:
				// "Tid:" / "Kl 09.30 – 13.30")
				String joined = trimmed + " " + lines[next].strip();
				if (MeetingFacts.keyValues(minutes, cells(joined), joined)) {
					i = next;
					stackedLabels.clear(); // the label had its value: it stacks on no
											// other
					continue;
				}
			}
			if (minutes.bodyName == null && !headingSeen && MeetingFacts.bodyLine(trimmed)) {
				// "KOMMUNESTYRET" or "Fylkesutvalet 19. september 2024" above the minutes
				minutes.bodyName = MeetingFacts.bodyFromHeading(trimmed);
				if (minutes.date == null) {
					minutes.date = MeetingFacts.findDate(trimmed);
				}
				continue;
			}
			if (minutes.place == null && placeAfterDate && MeetingFacts.placeLine(trimmed)) {
				// "Onsdag 6. mars 2024 kl. 19.00" / "Idrettshallen": the place on the
				// line below the date and time
				minutes.place = trimmed.replaceFirst("[.]$", "");
				continue;
			}
			if (MeetingFacts.keyValues(minutes, cells, trimmed)) {
				MeetingFacts.prose(minutes, trimmed);
				continue;
			}
			if (MeetingFacts.prose(minutes, trimmed) && minutes.date != null) {
				minutes.preamble.add(trimmed);
				continue;
			}
			String rest = AttendanceProse.read(minutes, Deputies.prose(minutes, Deputies.standsIn(minutes, trimmed)));
			if (!rest.isBlank()) {
				if (minutes.date == null && MeetingFacts.findDate(rest) != null && !MeetingFacts.earlierMinutes(rest)) {
					minutes.date = MeetingFacts.findDate(rest);
					continue;
				}
				minutes.preamble.add(rest.strip());
			}
		}
		if (minutes.date == null) {
			minutes.date = MeetingFacts.dateWithoutYear(lines, end);
		}
		if (minutes.bodyName == null) {
			minutes.bodyName = MeetingFacts.bodyInLine(lines, end);
		}
	}

}