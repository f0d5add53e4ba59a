package klynge.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import klynge.meeting.attendance.AttendanceSection;
import klynge.meeting.attendance.AttendanceStatus;

/**
 * Deputies written as prose ("Vararepresentant X (FHI) deltok i møtet", "X (Y) ledet
 * møtet som vara for Z.") and matched to the member they stood in for, by organisation or
 * as the only one open.
 */
final class Deputies {

	private static final String LETTER = "A-ZÆØÅa-zæøåÉéÜü";

	private static final String NAME = "((?:[A-ZÆØÅ][" + LETTER + ".\\-]*\\s){0,5}[A-ZÆØÅ][" + LETTER + "\\-]*)";

	private static final Pattern DEPUTY = Pattern.compile("Vararepresentant(?:en)?\\s+" + NAME
			+ "\\s*\\(([^)]{1,100})\\)\\s+(?:deltok|møtte|var til stades)(?: i møtet| på møtet)?\\.?");

	private static final Pattern CHAIR = Pattern
		.compile(NAME + "\\s*\\(([^)]{1,100})\\)\\s+(?:ledet|leia|leidde) møtet som vara for " + NAME + "\\.");

	/** A word of a name: "Kari", "Berit-Anne", "L." (an initial). */
	private static final String WORD = "\\p{Lu}(?:\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?|\\.)";

	/**
	 * "Kari Li stilte for Dal", "Kari Li vara for Per.", "Kari Li møtte som vara for Per
	 * Dal": the deputy in two to five words, the member in one to five.
	 */
	private static final Pattern STANDS_IN = Pattern
		.compile("(?<![\\p{L}.-])((?:" + WORD + "\\s){1,4}" + WORD.replace("|\\.", "")
				+ ")\\s+(?:(?:stilte|møtte)(?: som vara\\p{Ll}*)?|(?:var|deltok) som vara\\p{Ll}*|(?:var )?vara)"
				+ " for\\s+((?:" + WORD + "\\s){0,4}" + WORD.replace("|\\.", "") + ")(?![\\p{L}])");

	/**
	 * "i sak 68/14", "under sakene 3 og 4", "fra kl. 12": the deputy came for part of the
	 * meeting.
	 */
	private static final Pattern PART = Pattern.compile(
			"\\b(?:i|under|fra|frå|til) (?:sak|saka|sakene|sakane|kl)\\b\\.?(?:[^.]|\\.(?=\\d))*?(?=\\.(?:\\s|$)|$)");

	private Deputies() {
	}

	/**
	 * Takes "X stilte for Y" sentences out of a line (after a list, or prose); returns
	 * what is left.
	 */
	static String standsIn(ParsedMinutes minutes, String line) {
		if (!line.contains(" for ")) {
			return line;
		}
		Matcher standsIn = STANDS_IN.matcher(line);
		StringBuilder left = new StringBuilder();
		int from = 0;
		while (standsIn.find()) {
			String deputy = standsIn.group(1);
			if (deputy.startsWith("Ingen ")) {
				continue;
			}
			int sentenceEnd = line.indexOf(". ", standsIn.end());
			String sentence = line.substring(standsIn.end(), sentenceEnd < 0 ? line.length() : sentenceEnd);
			Matcher part = PART.matcher(sentence);
			minutes.substitutions.add(new ParsedMinutes.Substitution(deputy, null, standsIn.group(2),
					part.find() ? part.group().strip() : null));
			left.append(line, from, standsIn.start());
			from = standsIn.end();
		}
		if (from == 0) {
			return line;
		}
		left.append(line.substring(from));
		// what is left of the sentences: " og ", " i sak 68/14.", "."
		String rest = left.toString().replaceAll("(?:^|\\s)(?:og|,)(?=\\s|$)", " ").strip();
		return PART.matcher(rest).replaceAll("").replaceAll("^[\\s.,]+", "").strip();
	}

	/** Takes deputy and chair sentences out of a prose line; returns what is left. */
	static String prose(ParsedMinutes minutes, String line) {
		String rest = line;
		if (!line.contains("møtet") && !line.contains("Vararepresentant")) {
			return rest;
		}
		Matcher chairMatcher = CHAIR.matcher(rest);
		if (line.contains(" som vara for ") && chairMatcher.find()) {
			minutes.chair = new ImportedMinutes.ChairByDeputy(chairMatcher.group(1).strip(),
					chairMatcher.group(2).strip(), chairMatcher.group(3).strip());
			rest = rest.substring(0, chairMatcher.start()) + rest.substring(chairMatcher.end());
		}
		Matcher deputy = DEPUTY.matcher(rest);
		StringBuilder left = new StringBuilder();
		int from = 0;
		while (deputy.find()) {
			minutes.deputies.add(new ImportedMinutes.Deputy(deputy.group(1).strip(), deputy.group(2).strip()));
			left.append(rest, from, deputy.start());
			from = deputy.end();
		}
		left.append(rest.substring(from));
		return left.toString().strip();
	}

	static void resolve(ParsedMinutes minutes) {
		List<ImportedAttendee> attendees = minutes.attendees;
		minutes.substitutions.forEach(substitution -> substitute(attendees, substitution));
		ImportedMinutes.ChairByDeputy chair = minutes.chair;
		if (chair != null) {
			for (int i = 0; i < attendees.size(); i++) {
				ImportedAttendee row = attendees.get(i);
				if (row.name().equalsIgnoreCase(chair.standsInFor()) && row.status() == AttendanceStatus.DEPUTY) {
					attendees.set(i, row.withDeputy(chair.name()));
				}
			}
		}
		once(attendees);
		for (ImportedMinutes.Deputy deputy : minutes.deputies) {
			int match = -1;
			List<Integer> open = new ArrayList<>();
			for (int i = 0; i < attendees.size(); i++) {
				ImportedAttendee row = attendees.get(i);
				if (row.status() == AttendanceStatus.DEPUTY && row.deputyName() == null) {
					open.add(i);
					if (match < 0 && row.seat() != null && organisationMatches(deputy.organisation(), row.seat())) {
						match = i;
					}
				}
			}
			if (match < 0 && open.size() == 1) {
				match = open.getFirst();
			}
			if (match >= 0) {
				attendees.set(match, attendees.get(match).withDeputy(deputy.name()));
			}
		}
	}

	/**
	 * A person written in two lists ("Til stede" and again under "Forfall") is one row,
	 * the first: attendance has one row a person.
	 */
	private static void once(List<ImportedAttendee> attendees) {
		java.util.Set<String> seen = new java.util.HashSet<>();
		// rows with an initials code (the seed format's table) are kept as written
		attendees.removeIf(row -> row.code() == null && !seen.add(row.name().strip().toLowerCase(Locale.ROOT)));
	}

	/**
	 * "FHI" ~ "Folkehelseinstituttet", "HDS" ~ "Haraldsplass Diakonale sykehus", "UiB" ~
	 * "Universitetet i Bergen".
	 */
	static boolean organisationMatches(String organisation, String seat) {
		if (organisation == null) {
			return false;
		}
		String org = organisation.toLowerCase(Locale.ROOT).strip();
		String s = seat.toLowerCase(Locale.ROOT);
		if (s.startsWith(org) || org.startsWith(s.split(",")[0].strip())) {
			return true;
		}
		StringBuilder initials = new StringBuilder();
		for (String word : s.split("[\\s,/-]+")) {
			if (!word.isEmpty() && Character.isLetter(word.charAt(0))) {
				initials.append(word.charAt(0));
			}
		}
		return initials.toString().startsWith(org)
				|| (org.length() >= 2 && s.startsWith(org.substring(0, 1)) && initials.length() == 1);
	}

	/**
	 * The member's row becomes "vara" with the deputy's name (a member not listed yet is
	 * added, as the seed's "vara" rows are), and the deputy's own row, if the list gave
	 * one, goes: the deputy is in the member's row. A deputy for part of the meeting
	 * leaves the member present and is listed as present, "vara for" the member.
	 */
	private static void substitute(List<ImportedAttendee> attendees, ParsedMinutes.Substitution substitution) {
		int member = row(attendees, substitution.member());
		String memberName = member >= 0 ? attendees.get(member).name() : substitution.member();
		int own = row(attendees, substitution.deputy());
		if (substitution.part() != null) {
			String standsIn = "vara for " + memberName + ", " + substitution.part();
			if (own < 0) {
				attendees.add(new ImportedAttendee(AttendanceSection.MEMBER, standsIn, substitution.deputy(), null,
						true, AttendanceStatus.PRESENT, null));
			}
			else if (attendees.get(own).seat() == null || !attendees.get(own).seat().contains("vara for ")) {
				// the deputy was listed as present too: the row says for whom it came
				ImportedAttendee row = attendees.get(own);
				attendees.set(own,
						new ImportedAttendee(row.section(),
								row.seat() == null ? standsIn : row.seat() + "; " + standsIn, row.name(), row.code(),
								row.summoned(), row.status(), row.deputyName()));
			}
			return;
		}
		if (member >= 0) {
			ImportedAttendee row = attendees.get(member);
			attendees.set(member, new ImportedAttendee(row.section(), row.seat(), row.name(), row.code(), true,
					AttendanceStatus.DEPUTY, substitution.deputy()));
		}
		else {
			attendees.add(new ImportedAttendee(AttendanceSection.MEMBER, null, substitution.member(), null, true,
					AttendanceStatus.DEPUTY, substitution.deputy()));
		}
		if (own >= 0 && own != member && attendees.get(own).status().attended()) {
			attendees.remove(own);
		}
	}

	/**
	 * The row of a person named in full, or by a first name or surname only one row has
	 * ("vara for Frode", "stilte for Bogsnes"); else -1.
	 */
	private static int row(List<ImportedAttendee> attendees, String name) {
		int found = -1;
		for (int i = 0; i < attendees.size(); i++) {
			if (attendees.get(i).name().equalsIgnoreCase(name)) {
				return i;
			}
		}
		if (name.indexOf(' ') > 0) {
			return -1;
		}
		for (int i = 0; i < attendees.size(); i++) {
			String[] words = attendees.get(i).name().split("\\s+");
			if (words.length > 1
					&& (words[0].equalsIgnoreCase(name) || words[words.length - 1].equalsIgnoreCase(name))) {
				if (found >= 0) {
					return -1;
				}
				found = i;
			}
		}
		return found;
	}

}
