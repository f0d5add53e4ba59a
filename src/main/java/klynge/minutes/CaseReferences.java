package klynge.minutes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import klynge.meeting.CaseNumber;

/**
 * Finds references to cases in minutes text: "sak 05-23", "Sak 03-23", "jfr. sak 22-21",
 * and with another body's prefix "PM 05-23", "PM-sak 05-23", "SG sak 09-23". Pure text
 * work; resolving a reference to an item is the caller's business.
 */
public final class CaseReferences {

	private static final Pattern REFERENCE = Pattern.compile(
			"(?<![\\p{L}\\d])(?:(?<prefix>[A-ZÆØÅ]{2,10})(?:-sak|\\s+sak)?|[Ss]ak)\\s+(?<number>\\d{1,3}-\\d{2})(?![\\d-])");

	/**
	 * A reference found in a text: where it is, the body prefix it names (or null) and
	 * the number.
	 */
	public record Reference(int start, int end, String text, String prefix, CaseNumber number) {
	}

	private CaseReferences() {
	}

	public static List<Reference> find(String text) {
		List<Reference> found = new ArrayList<>();
		if (text == null || text.isEmpty()) {
			return found;
		}
		Matcher matcher = REFERENCE.matcher(text);
		while (matcher.find()) {
			Optional<CaseNumber> number = parse(matcher.group("number"));
			if (number.isPresent()) {
				found.add(new Reference(matcher.start(), matcher.end(), matcher.group(), matcher.group("prefix"),
						number.get()));
			}
		}
		return found;
	}

	private static Optional<CaseNumber> parse(String number) {
		try {
			return CaseNumber.parse(number);
		}
		catch (IllegalArgumentException invalid) {
			return Optional.empty();
		}
	}

}
