package klynge.body;

import klynge.shared.EntityTags;
import klynge.shared.RuleViolation;

/** Reads the version an API client is changing, from If-Match (the ETag) or the body. */
final class Versions {

	private Versions() {
	}

	static String etag(int version) {
		return EntityTags.of(version);
	}

	static int expected(String ifMatch, Integer fromBody) {
		var tagged = EntityTags.version(ifMatch);
		if (tagged.isPresent() && tagged.getAsInt() != EntityTags.NO_MATCH) {
			return tagged.getAsInt();
		}
		if (tagged.isPresent() || fromBody == null) {
			throw new RuleViolation("version", "body.version.required");
		}
		return fromBody;
	}
}
