package klynge.importing;

import static klynge.importing.TextCells.blankToNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
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
					+ "Faste medlemmer som ikke møtte|Faste medlemer som ikkje møtte|Faste medlem(?:m)?er som møtte|Faste medlemar som møtte|"
					+ "Varamedlem(?:m)?er som møtte|Varamedlemar som møtte|Faste medlem(?:m)?er til stede|Faste medlemer til stades|Møtte for|Observatører|Observatørar|Faste observatører|"
					+ "Faste observatørar|Sekretariat|Sekretær|Sekretariatsfunksjon|Fra administrasjonen|Frå administrasjonen|"
					+ "Andre til stede|Andre til stades|Gjester|Gjestar|Fra adm|Frå adm|Fra sekretariatet|Frå sekretariatet|"
					+ "Frammøtte|Fremmøtte|Fra rådet|Frå rådet|Fra styret|Frå styret|Meldt avbud|Meldt forfall|Desse møtte|Dessuten møtte|"
					+ "Fraværende|Fråverande|(?:Til stede|Til stades) med møte- og talerett|Sekretariat for møtet|Ikke til stede|Ikkje til stades|Tilstede var|Til stede var|Invitert|Inviterte|"
					+ "(?:Til stede|Tilstede|Til stades) (?:fra|frå|for) [\\p{L}ø]{2,30}|(?:Til stede|Tilstede|Til stades) (?:på|i) møtet|(?:Fra|Frå) [\\p{L}.]{2,30}(?: møtte(?: [\\p{Ll} ]{2,60})?)?)\\.?\\s*:\\s*(.*)$",
			Pattern.CASE_INSENSITIVE);

	/**
	 * An upper-case label run into a flattened line without a colon: "DESSE MØTTE Li,
	 * Kari (SP) …".
	 */
	private static final Pattern UPPER_LABEL = Pattern
		.compile("^(TIL STADES|TIL STEDE|TILSTEDE|DESSE MØTTE|DESSUTAN MØTTE|DESSUTEN MØTTE|IKKJE MØTT|IKKE MØTT|"
				+ "FRAMMØTTE|FREMMØTTE|FORFALL|MØTTE)\\s+(?=\\p{Lu})(.*)$");

	/**
	 * "Li, Kari (SP) Berg, Ola Per (H)": names written surname first, each with its
	 * party, run together.
	 */
	private static final Pattern SURNAME_FIRST = Pattern.compile(
			"\\G\\s*(\\p{Lu}[\\p{L}'-]+(?:\\s\\p{Lu}[\\p{L}'-]+)?),\\s+((?:\\p{Lu}[\\p{L}.'-]*\\s?){1,3}?)\\s*\\(([^()]{1,20})\\)");

	/**
	 * An upper-case word and a sentence after the names: "FORFALL Ingen forfall meldt".
	 */
	private static final Pattern UPPER_PROSE = Pattern.compile("^\\p{Lu}{3,}\\s+\\p{Lu}\\p{Ll}+\\s+\\p{Ll}.*");

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

	/**
	 * "vara for Per Dal" in an entry's parentheses, or "(for Per Dal)" on its own after
	 * the deputy's entry.
	 */
	private static final Pattern FOR_MEMBER = Pattern
		.compile("(?:^|,\\s*)\\(?(?:vara(?:medlem|representant)?\\s+)?for\\s+(\\p{Lu}[^()]{1,60}?)\\)?$");

	/**
	 * The column heads of a table flattened into a run of text: "Namn Funksjon
	 * Representerer".
	 */
	private static final Pattern TABLE_HEAD = Pattern
		.compile("^(?:Namn|Navn)\\s+(?:Funksjon|Verv|Rolle)\\s+(?:Representerer|Parti)\\s*");

	/** A capitalised word of a name (not an all-capital party): "Tove-Lise", "P.". */
	private static final String WORD = "\\p{Lu}(?:\\p{Ll}[\\p{L}'-]*|\\.)";

	private static final String PARTY = "(?:\\p{Lu}\\p{Ll}?\\p{Lu}|\\p{Lu}{1,6})(?:/\\p{Lu}{1,6})?";

	/**
	 * One row of a flattened "Namn Funksjon Representerer" table: "Kari Li Medlem AP",
	 * with a remark run in after it ("- forfall", "forfall 19.4", "perm kl").
	 */
	private static final Pattern TABLE_ROW = Pattern.compile("\\G\\s*((?:" + WORD + "\\s+){0,5}" + WORD
			+ ")\\s+(Leiar|Leder|Nestleiar|Nestleder|Medlem|Varamedlem|Ordførar|Ordfører|Varaordførar|Varaordfører)\\s+("
			+ PARTY
			+ ")(?:\\s+(-\\s*forfall|forfall(?:\\s+\\d{1,2}\\.\\d{1,2}\\.?)?|perm(?:\\s+kl\\b\\.?(?:\\s*\\d{1,2}[.:]\\d{2})?)?))?(?=\\s|$)");

	/**
	 * A row of the deputies' table, whose middle column is the member stood in for: "Kari
	 * Li Per Dal AP" (both names run together, told apart by the member's row).
	 */
	private static final Pattern DEPUTY_ROW = Pattern.compile("\\G\\s*((?:" + WORD + "\\s+){2,9}" + WORD + ")\\s+("
			+ PARTY + ")(?:\\s+(\\d{1,2}\\.\\d{1,2}\\.?))?(?=\\s|$)");

	/**
	 * "Kari Li, Ap Ola Berg, FrP Eva Ås, H": names each with its party after a comma, run
	 * together as a flattened two-column table leaves them.
	 */
	private static final Pattern PARTY_RUN = Pattern
		.compile("(?:(?:" + WORD + "\\s+){1,4}" + WORD + ",\\s+(?:\\p{Lu}{1,4}|\\p{Lu}\\p{Ll}\\p{Lu}?)(?:\\s+|$))+");

	private static final Pattern PARTY_ENTRY = Pattern
		.compile("((?:" + WORD + "\\s+){1,4}" + WORD + ",\\s+(?:\\p{Lu}{1,4}|\\p{Lu}\\p{Ll}\\p{Lu}?))(?=\\s|$)");

	/**
	 * A role's group inside a list: "Representanter: Kari Li, Ola Berg." (group 1 the
	 * role, group 2 the names).
	 */
	private static final Pattern ROLE_GROUP = Pattern.compile("^(\\p{Lu}[\\p{L} ]{1,30}?)\\.?\\s*:\\s*(.+)$");

	/** Labels of the meeting's facts, never a role's group of names. */
	private static final Pattern FACT_LABEL = Pattern
		.compile("(?i)(?:sted|stad|tid|dato|møte\\p{L}*|referent|sak\\p{L}*|kl|klokka|organ|utval\\p{L}*)");

	/** "Siri Holm fra Økonomiavdelingen": a name and the unit the person came from. */
	private static final Pattern FROM_UNIT = Pattern
		.compile("^((?:" + WORD + "\\s+){1,5}" + WORD + ")\\s+(?:fra|frå)\\s+(\\p{Lu}[\\p{L}\\- ]{2,60})$");

	/**
	 * The head of a table with an attendance column: "Namn Verv Oppmøte Mobil E-post".
	 */
	private static final Pattern STATUS_HEAD = Pattern
		.compile("(?:Namn|Navn)\\s+(?:\\p{L}+\\s+){0,3}?(?:Oppmøte|Frammøte|Fremmøte|Møtt)"
				+ "(?:\\s+(?:Mobil|E-post|Telefon|Tlf\\.?|Merknad))*(?=\\s)");

	/** One row of it, ended by its mark: "Kari Li, 5000 Bergen Leder MØTT". */
	private static final Pattern STATUS_ROW = Pattern
		.compile("\\G\\s*(\\S.{0,119}?)\\s+(MØTT|FORFALL|IKKE MØTT|IKKJE MØTT|Møtt|Forfall)(?=\\s|$)");

	/** A group's heading before its first row: "Sekretariatet Eva Ås rådgiver". */
	private static final Pattern ROW_GROUP = Pattern.compile(
			"^(Sekretariat(?:et)?|Administrasjon(?:en)?|Observatører|Observatørar|Varamedlemmer|Varamedlemer)\\s+");

	private static final Pattern ROW_NAME = Pattern.compile("^((?:" + WORD + "\\s+){0,4}" + WORD + ")(?=,|\\s|$)");

	/** "Referent:", "Medlemmer:", "Møteleiar:": a label whose value is people. */
	private static final Pattern PERSON_LABEL = Pattern
		.compile("(?i)(?:referent|møteleder|møteleiar|sekretær|ordstyrer|.*medlemm?er|.*medlemar)");

	/** "… Kari Li og Ola Berg. Eva Ås": a sentence's end after names ends their group. */
	private static final Pattern GROUP_END = Pattern.compile("(?<=\\p{L}\\p{Ll}|\\))\\.\\s+(?=\\p{Lu})");

	private AttendanceLists() {
	}

	/** A label that lists people ("Til stede", "Forfall", "Referent"). */
	static boolean personLabel(String label) {
		String bare = label.strip().replaceFirst("\\.$", "");
		return label(bare + ":") != null || PERSON_LABEL.matcher(bare).matches();
	}

	/**
	 * Labels a flattened PDF put first ("Til stede: Forfall: Fra adm.: Kari Li, Ola Berg.
	 * Eva Ås Siri Holm"), their values after: the values' groups of names (ended by a
	 * full stop, or where two names meet with nothing between them) go to the labels in
	 * turn. Leading labels whose values are not people are passed over. False if the
	 * values are not groups of names.
	 */
	static boolean stacked(ParsedMinutes minutes, List<String> labels, String values) {
		int first = 0;
		while (first < labels.size() && !personLabel(labels.get(first))) {
			first++;
		}
		int wanted = 0;
		boolean list = false;
		while (first + wanted < labels.size() && personLabel(labels.get(first + wanted))) {
			list |= label(labels.get(first + wanted).strip().replaceFirst("\\.$", "") + ":") != null;
			wanted++;
		}
		if (wanted < 2 || !list) {
			return false;
		}
		List<List<String>> groups = new ArrayList<>();
		List<String> group = new ArrayList<>();
		String rest = "";
		read: for (String sentence : GROUP_END.split(values.strip().replaceFirst("\\.$", ""))) {
			List<String> pieces = outsideParentheses(sentence);
			for (int p = 0; p < pieces.size(); p++) {
				NameRuns.Run run = NameRuns.read(pieces.get(p), 1);
				if (run.names().isEmpty()) {
					if (groups.isEmpty() && group.isEmpty()) {
						continue; // "Ja": a value of a label before these
					}
					rest = pieces.get(p);
					break read;
				}
				for (int n = 0; n < run.names().size(); n++) {
					if (n > 0) {
						groups.add(group);
						group = new ArrayList<>();
						if (groups.size() == wanted) {
							break read;
						}
					}
					group.add(run.names().get(n));
				}
				if (!run.rest().isBlank()) {
					rest = run.rest();
					break read;
				}
			}
			if (!group.isEmpty()) {
				groups.add(group);
				group = new ArrayList<>();
				if (groups.size() == wanted) {
					break;
				}
			}
		}
		if (!group.isEmpty() && groups.size() < wanted) {
			groups.add(group);
		}
		if (groups.size() < 2) {
			return false;
		}
		for (int g = 0; g < groups.size(); g++) {
			String kind = labels.get(first + g).strip().replaceFirst("\\.$", "").toLowerCase(Locale.ROOT);
			for (String name : groups.get(g)) {
				listEntry(minutes, kind, name);
			}
		}
		if (!rest.isBlank()) {
			minutes.preamble.add(rest.strip());
		}
		return true;
	}

	/**
	 * A table flattened into a line whose rows end with their attendance ("Navn Verv
	 * Oppmøte Kari Li, Leder MØTT Ola Berg FORFALL …"): reads its rows and returns the
	 * line without them; null if the line holds no such table.
	 */
	static String statusTable(ParsedMinutes minutes, String line) {
		Matcher head = STATUS_HEAD.matcher(line);
		if (!head.find()) {
			return null;
		}
		Matcher row = STATUS_ROW.matcher(line);
		row.region(head.end(), line.length());
		AttendanceSection section = AttendanceSection.MEMBER;
		int end = -1;
		while (row.find()) {
			String text = row.group(1).strip();
			Matcher group = ROW_GROUP.matcher(text);
			if (group.lookingAt()) {
				section = sectionOf(group.group(1), section);
				text = text.substring(group.end());
			}
			Matcher name = ROW_NAME.matcher(text);
			if (!name.lookingAt()) {
				break;
			}
			String person = name.group(1);
			int space = person.lastIndexOf(' ');
			while (space > 0 && NameRuns.role(person.substring(space + 1))) {
				person = person.substring(0, space);
				space = person.lastIndexOf(' ');
			}
			String seat = blankToNull(text.substring(person.length()).replaceFirst("^[,\\s]+", "").strip());
			boolean absent = !row.group(2).equalsIgnoreCase("møtt");
			minutes.attendees.add(new ImportedAttendee(section, seat, person, null, true,
					absent ? AttendanceStatus.ABSENT : AttendanceStatus.PRESENT, null));
			end = row.end();
		}
		if (end < 0) {
			return null;
		}
		return (line.substring(0, head.start()) + " " + line.substring(end)).strip();
	}

	/**
	 * A list's label on a line of its own without a colon ("Til stede", "Forfall"): the
	 * names follow on the next lines.
	 */
	static boolean bareLabel(String trimmed) {
		if (trimmed.length() > 40 || trimmed.indexOf(':') >= 0) {
			return false;
		}
		Matcher label = label(trimmed.replaceFirst("\\.$", "") + ":");
		return label != null && label.group(2).isEmpty();
	}

	/**
	 * "Administrasjonen: Eva Ås, Per Dal" in an open list: the role and its names; else
	 * null.
	 */
	static String[] roleGroup(String trimmed) {
		Matcher group = ROLE_GROUP.matcher(trimmed);
		if (!group.matches() || FACT_LABEL.matcher(group.group(1).strip()).matches()
				|| !namesLine(group.group(2).strip())) {
			return null;
		}
		return new String[] { group.group(1).strip(), group.group(2).strip() };
	}

	/**
	 * A table flattened after its label ("Faste medlemer som møtte: Namn Funksjon
	 * Representerer Kari Li Medlem AP …"): reads its rows; false if the text is no such
	 * table.
	 */
	static boolean table(ParsedMinutes minutes, String kind, String inline) {
		Matcher head = TABLE_HEAD.matcher(inline);
		if (!head.lookingAt()) {
			return StaffTables.read(minutes, kind, inline);
		}
		return tableRows(minutes, kind, inline.substring(head.end()));
	}

	/**
	 * Rows of such a table (also its next page's, the page number first); false if the
	 * text does not start with a row.
	 */
	static boolean tableRows(ParsedMinutes minutes, String kind, String text) {
		boolean deputies = kind.startsWith("vara");
		Matcher row = (deputies ? DEPUTY_ROW : TABLE_ROW).matcher(text.replaceFirst("^\\d{1,3}\\s+(?=\\p{Lu})", ""));
		int end = 0;
		while (row.find()) {
			end = row.end();
			if (deputies) {
				deputyRow(minutes, row.group(1), row.group(2), row.group(3));
				continue;
			}
			String remark = row.group(4);
			boolean absent = remark != null && remark.matches("-?\\s*forfall");
			String seat = row.group(2) + ", " + row.group(3) + (remark == null || absent ? "" : ", " + remark);
			minutes.attendees.add(new ImportedAttendee(AttendanceSection.MEMBER, seat, row.group(1), null, true,
					absent ? AttendanceStatus.ABSENT : AttendanceStatus.PRESENT, null));
		}
		if (end == 0) {
			return false;
		}
		String rest = text.substring(Math.min(end, text.length())).strip();
		if (!rest.isEmpty() && !rest.matches("\\d{1,3}")) {
			minutes.preamble.add(rest);
		}
		return true;
	}

	/**
	 * "Kari Li Per Dal AP": the member is the end of the names that a member's row
	 * already has (same first and last name); a row that cannot be split so is kept as
	 * uncertain text.
	 */
	private static void deputyRow(ParsedMinutes minutes, String names, String party, String part) {
		String[] words = names.split("\\s+");
		for (int k = 2; k <= words.length - 2; k++) {
			String first = words[words.length - k];
			String last = words[words.length - 1];
			for (ImportedAttendee member : minutes.attendees) {
				String[] known = member.name().split("\\s+");
				if (known.length > 1 && known[0].equalsIgnoreCase(first)
						&& known[known.length - 1].equalsIgnoreCase(last)) {
					String deputy = String.join(" ", java.util.Arrays.copyOf(words, words.length - k));
					minutes.substitutions.add(new ParsedMinutes.Substitution(deputy, party, member.name(), part));
					return;
				}
			}
		}
		minutes.preamble.add(names + " " + party + (part == null ? "" : " " + part));
	}

	/**
	 * A list's label line ("Forfall: A, B"): group 1 the kind, group 2 the inline
	 * entries; else null.
	 */
	static Matcher label(String trimmed) {
		Matcher label = LIST_LABEL.matcher(trimmed);
		if (label.matches()) {
			return label;
		}
		Matcher upper = UPPER_LABEL.matcher(trimmed);
		return upper.matches() ? upper : null;
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

	private static final Pattern PAGE_NUMBER_AFTER = Pattern.compile("(?<=\\))\\s+\\d{1,3}$");

	static void listEntry(ParsedMinutes minutes, String kind, String rawEntry) {
		// a page number run in after the last entry of a flattened page: "Kari Li (AP) 3"
		String entry = PAGE_NUMBER_AFTER.matcher(ENTRY_END.matcher(rawEntry.strip()).replaceFirst("")).replaceFirst("");
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
		Matcher forMember = FOR_MEMBER.matcher(entry);
		if (entry.startsWith("(") && forMember.matches() && !attendees.isEmpty()
				&& attendees.getLast().status() == AttendanceStatus.PRESENT) {
			// "Gunn Dal (KP), (for Per Li)": the remark after the deputy's entry
			ImportedAttendee deputy = attendees.removeLast();
			minutes.substitutions
				.add(new ParsedMinutes.Substitution(deputy.name(), deputy.seat(), forMember.group(1).strip(), null));
			return;
		}
		if (entry.startsWith("Ingen ") || entry.equals("Ingen") || entry.chars().noneMatch(Character::isUpperCase)
				|| UPPER_PROSE.matcher(entry).matches()) {
			// "Ingen forfall meldt"; a role without a name ("varaordfører")
			minutes.preamble.add(rawEntry.strip()); // "Ingen forfall meldt"
			return;
		}
		Person person = person(entry);
		if (person.name.split("\\s+").length >= 4 && !person.name.contains(" for ")) {
			// "Kari Li Ola Berg (vara) Eva Ås": a column of names flattened into a run
			NameRuns.Run run = NameRuns.read(untitled(entry));
			if (!run.names().isEmpty()) {
				run.names().forEach(name -> listEntry(minutes, kind, name));
				if (!run.rest().isBlank()) {
					minutes.preamble.add(run.rest());
				}
				return;
			}
		}
		if (person.name.length() > 60 || person.name.split("\\s+").length > 6) {
			minutes.preamble.add(rawEntry.strip()); // names run together or prose: kept,
													// not guessed at
			return;
		}
		if (person.seat != null && forMember.reset(person.seat).find()) {
			// "Kari Li (vara for Per Dal)"
			minutes.substitutions.add(new ParsedMinutes.Substitution(person.name,
					blankToNull(person.seat.substring(0, forMember.start())), forMember.group(1).strip(), null));
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
		List<String> entries = lineEntries(line);
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
		Person person = untitledPerson(text);
		return title == null ? person
				: new Person(person.name, person.seat == null ? title : title + ", " + person.seat, person.code);
	}

	/** An entry without the title before its name. */
	private static String untitled(String entry) {
		Matcher titled = TITLE.matcher(entry.strip());
		return titled.lookingAt() && titled.end() < entry.strip().length() ? entry.strip().substring(titled.end())
				: entry.strip();
	}

	private static Person untitledPerson(String entry) {
		String text = entry;
		String code = null;
		Matcher fromUnit = FROM_UNIT.matcher(text);
		if (fromUnit.matches()) {
			return new Person(fromUnit.group(1), fromUnit.group(2).strip(), null);
		}
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
	 * The entries of a line of names under a label, also of several sentences: "Eva Ås og
	 * Per Dal. Siri Holm fra Økonomiavdelingen."
	 */
	static List<String> lineEntries(String line) {
		List<String> entries = new ArrayList<>();
		for (String sentence : SENTENCE_END.split(line.strip().replaceAll("\\.$", ""))) {
			entries.addAll(splitEntries(sentence));
		}
		return entries;
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
		List<String> surnameFirst = surnameFirst(text);
		if (!surnameFirst.isEmpty()) {
			return surnameFirst;
		}
		if (PARTY_RUN.matcher(text).matches()) {
			return PARTY_ENTRY.matcher(text).results().map(MatchResult::group).toList();
		}
		if (ENTRY_CODE.matcher(text).matches()) {
			return List.of(text.split(",\\s*(?=[A-ZÆØÅ]{2,6}\\s*[-–:]\\s)"));
		}
		return outsideParentheses(text);
	}

	/**
	 * "Li, Kari (SP) Berg, Ola (H) FORFALL …" as "Kari Li (SP)", "Ola Berg (H)" and what
	 * follows them; empty if the text does not start with two such names.
	 */
	private static List<String> surnameFirst(String text) {
		Matcher name = SURNAME_FIRST.matcher(text);
		List<String> entries = new ArrayList<>();
		int end = 0;
		while (name.find()) {
			entries.add(name.group(2).strip() + " " + name.group(1) + " (" + name.group(3) + ")");
			end = name.end();
		}
		if (entries.size() < 2) {
			return List.of();
		}
		String rest = text.substring(end).strip();
		if (!rest.isEmpty()) {
			entries.add(rest);
		}
		return entries;
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
