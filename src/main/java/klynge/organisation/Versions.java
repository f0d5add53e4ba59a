package klynge.organisation;

import klynge.shared.EntityTags;

/**
 * ETag and If-Match for the API: the row's version as a strong entity tag, {@code "3"}.
 */
final class Versions {

	private Versions() {
	}

	static String etag(int version) {
		return EntityTags.of(version);
	}

	/**
	 * The version the client edited: from If-Match, else from the body; one of them is
	 * required (428).
	 */
	static int expected(String ifMatch, Integer bodyVersion) {
		return EntityTags.expected(ifMatch, bodyVersion);
	}

}
