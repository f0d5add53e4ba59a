package klynge.meeting;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A case number as the minutes write it: "03-23" is the third case of the body in 2023.
 * Numbers run per body and calendar year and continue across that year's meetings.
 */
public record CaseNumber(int sequence, int year) implements Comparable<CaseNumber> {

	private static final Pattern TEXT = Pattern.compile("(\\d{1,3})-(\\d{2})");

	public CaseNumber {
		if (sequence < 0 || year < 1900 || year > 2999) {
			throw new IllegalArgumentException("case number " + sequence + "/" + year);
		}
	}

	/** Reads "NN-YY"; two-digit years are taken as 20YY. Empty for anything else. */
	public static Optional<CaseNumber> parse(String text) {
		Matcher matcher = TEXT.matcher(text == null ? "" : text.trim());
		if (!matcher.matches()) {
			return Optional.empty();
		}
		return Optional
			.of(new CaseNumber(Integer.parseInt(matcher.group(1)), 2000 + Integer.parseInt(matcher.group(2))));
	}

	@Override
	public String toString() {
		return "%02d-%02d".formatted(sequence, year % 100);
	}

	@Override
	public int compareTo(CaseNumber other) {
		return year != other.year ? Integer.compare(year, other.year) : Integer.compare(sequence, other.sequence);
	}
}
