package klynge.shared;

import java.util.OptionalInt;

/**
 * ETag and If-Match for the JSON API: a row's version as a strong entity tag,
 * {@code "3"}. Every API write reads the version it changes with {@link #expected}:
 * If-Match, else the body's version, else 428 Precondition Required.
 */
public final class EntityTags {

	/**
	 * The version of an entity tag we never issued: it matches no row, so the write is a
	 * conflict.
	 */
	public static final int NO_MATCH = -1;

	private EntityTags() {
	}

	public static String of(int version) {
		return "\"" + version + "\"";
	}

	/**
	 * The version the client changed: from If-Match (a tag we never issued gives
	 * {@link #NO_MATCH}, which no row has: a 409), else from the body; with neither,
	 * {@link PreconditionRequired} (428).
	 */
	public static int expected(String ifMatch, Integer bodyVersion) {
		OptionalInt tagged = version(ifMatch);
		if (tagged.isPresent()) {
			return tagged.getAsInt();
		}
		if (bodyVersion != null) {
			return bodyVersion;
		}
		throw new PreconditionRequired();
	}

	/**
	 * The version in an If-Match header ({@code "3"} or {@code W/"3"}); empty when there
	 * is none.
	 */
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
