package klynge.shared;

import java.util.OptionalInt;

/**
 * ETag and If-Match for the JSON API: a row's version as a strong entity tag, {@code "3"}.
 * What a module does when If-Match is missing (428, or the version in the body) is its own choice.
 */
public final class EntityTags {

	/** The version of an entity tag we never issued: it matches no row, so the write is a conflict. */
	public static final int NO_MATCH = -1;

	private EntityTags() {
	}

	public static String of(int version) {
		return "\"" + version + "\"";
	}

	/** The version in an If-Match header ({@code "3"} or {@code W/"3"}); empty when there is none. */
	public static OptionalInt version(String ifMatch) {
		if (ifMatch == null || ifMatch.isBlank()) {
			return OptionalInt.empty();
		}
		String tag = ifMatch.strip();
		if (tag.startsWith("W/")) {
			tag = tag.substring(2);
		}
		try {
			return OptionalInt.of(Integer.parseInt(tag.replace("\"", "")));
		}
		catch (NumberFormatException notOurs) {
			return OptionalInt.of(NO_MATCH);
		}
	}
}
