package klynge.body;

import klynge.shared.EntityTags;

/** Reads the version an API client is changing, from If-Match (the ETag) or the body. */
final class Versions {

	private Versions() {
	}

	static String etag(int version) {
		return EntityTags.of(version);
	}

	static int expected(String ifMatch, Integer fromBody) {
		return EntityTags.expected(ifMatch, fromBody);
	}

}
