package klynge.importing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import klynge.meeting.attendance.AttendanceSection;
import klynge.meeting.attendance.AttendanceStatus;

/**
 * Attendance said in a sentence rather than listed: "Eva hadde meldt forfall.", "Medlem
 * Per Dal (Sp) meldte fra om forsinkelse, men møtte ikke.", "Kari Li ble valgt som
 * møteleder og Ola Berg ble godkjent som referent.", "Siri Holm deltok under sak 1."
 */
final class AttendanceProse {

	/** "Kari", "Kari Li", "Per M. Dal": one to five words of a name. */
	private static final String NAME = "(\\p{Lu}\\p{Ll}+(?:[ -](?:\\p{Lu}\\p{Ll}+|\\p{Lu}\\.)){0,4})";

	private static final String START = "(?:^|(?<=[.!]\\s))(?:(?:Medlem|Medlemmet|Varamedlem|Representant|Leder|Leiar)\\s+)?";

	private static final Pattern ABSENT = Pattern.compile(START + NAME + "(?:\\s*\\([^)]{1,40}\\))?\\s+"
			+ "(?:(?:hadde|har)\\s+meldt|meldte)\\s+(?:forfall|avbud|avbod|fråvær|fravær)(?:[^.]{0,80})?(?:\\.|$)" + "|"
			+ START + NAME + "(?:\\s*\\([^)]{1,40}\\))?\\s+(?:[^.]{0,150}?,?\\s+men\\s+)?(?:møtte|stilte)\\s+"
			+ "(?:ikke|ikkje)(?=[.,;]|$)\\.?");

	private static final Pattern OFFICER = Pattern.compile("(?:^|(?<=[.!,]\\s)|(?<=\\sog\\s)|(?<=\\p{Lu}{2}\\s))" + NAME
			+ "\\s+(?:ble|blei|vart)\\s+(?:[\\p{Ll} ]{0,40}?\\s)?(?:godkjent|valgt|vald|valt)\\s+(?:som|til)\\s+"
			+ "(møteleder|møteleiar|ordstyrer|ordstyrar|dirigent|referent|sekretær|skrivar|protokollfører|protokollførar)\\b");

	/** "Per Dal deltok under sak 1.": present for part of the meeting. */
	private static final Pattern PART = Pattern.compile(START + NAME
			+ "\\s+(?:deltok|var til stede|var til stades|møtte)\\s+((?:under|i|på|frå|fra|til)\\s+(?:sak|saka|sakene|sakane|kl)\\b[^.]{0,60})(?:\\.|$)");

	private AttendanceProse() {
	}

	/** Takes such sentences out of a line into the attendance; returns what is left. */
	static String read(ParsedMinutes minutes, String line) {
		if (line.indexOf("forfall") < 0 && line.indexOf(" ikk") < 0 && line.indexOf(" som ") < 0
				&& line.indexOf(" sak") < 0 && line.indexOf(" til ") < 0 && line.indexOf("avb") < 0
				&& line.indexOf("fråvær") < 0 && line.indexOf("fravær") < 0) {
			return line;
		}
		String rest = line;
		Matcher absent = ABSENT.matcher(rest);
		StringBuilder left = new StringBuilder();
		while (absent.find()) {
			String name = absent.group(1) != null ? absent.group(1) : absent.group(2);
			add(minutes, name, AttendanceSection.MEMBER, AttendanceStatus.ABSENT, null);
			absent.appendReplacement(left, "");
		}
		absent.appendTail(left);
		rest = left.toString();
		Matcher part = PART.matcher(rest);
		while (part.find()) {
			add(minutes, part.group(1), AttendanceSection.MEMBER, AttendanceStatus.PRESENT, part.group(2).strip());
		}
		Matcher officer = OFFICER.matcher(rest);
		while (officer.find()) {
			String role = officer.group(2);
			boolean secretary = !(role.startsWith("møtelei") || role.startsWith("ordstyr") || role.equals("dirigent"));
			add(minutes, officer.group(1), secretary ? AttendanceSection.SECRETARIAT : AttendanceSection.MEMBER,
					AttendanceStatus.PRESENT, null);
		}
		return rest.strip();
	}

	/** A person not listed yet; a listed one keeps the row the list gave. */
	private static void add(ParsedMinutes minutes, String name, AttendanceSection section, AttendanceStatus status,
			String seat) {
		for (ImportedAttendee row : minutes.attendees) {
			if (row.name().equalsIgnoreCase(name)) {
				return;
			}
		}
		minutes.attendees.add(new ImportedAttendee(section, seat, name, null, true, status, null));
	}

}
