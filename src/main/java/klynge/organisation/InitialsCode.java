package klynge.organisation;

import java.util.Locale;
import java.util.regex.Pattern;

import klynge.shared.RuleViolation;

/**
 * A person's initials code as the minutes use it ("GG følger opp"): 2–6 letters A–Z or
 * ÆØÅ, always upper case. Unique within a cluster (checked by {@link People}).
 */
public record InitialsCode(String value) {

	private static final Pattern VALID = Pattern.compile("[A-ZÆØÅ]{2,6}");

	/**
	 * The input before upper-casing: the same letters in either case, so "ß" cannot
	 * become "SS".
	 */
	private static final Pattern INPUT = Pattern.compile("[A-ZÆØÅa-zæøå]{2,6}");

	public InitialsCode {
		if (value == null || !VALID.matcher(value).matches()) {
			throw new RuleViolation("code", "person.code.invalid", value == null ? "" : value);
		}
	}

	/** Trims and upper-cases the input (" øv " becomes "ØV"), then checks it. */
	public static InitialsCode of(String input) {
		String stripped = input == null ? null : input.strip();
		if (stripped != null && !INPUT.matcher(stripped).matches()) {
			throw new RuleViolation("code", "person.code.invalid", stripped);
		}
		return new InitialsCode(stripped == null ? null : stripped.toUpperCase(Locale.ROOT));
	}

	@Override
	public String toString() {
		return value;
	}
}
