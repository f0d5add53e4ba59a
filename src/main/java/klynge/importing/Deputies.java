package klynge.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

	private Deputies() {
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
		ImportedMinutes.ChairByDeputy chair = minutes.chair;
		if (chair != null) {
			for (int i = 0; i < attendees.size(); i++) {
				ImportedAttendee row = attendees.get(i);
				if (row.name().equalsIgnoreCase(chair.standsInFor()) && row.status() == AttendanceStatus.DEPUTY) {
					attendees.set(i, row.withDeputy(chair.name()));
				}
			}
		}
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

}
