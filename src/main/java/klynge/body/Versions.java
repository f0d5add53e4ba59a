package klynge.body;

import klynge.shared.RuleViolation;

/** Reads the version an API client is changing, from If-Match (the ETag) or the body. */
final class Versions {

	private Versions() {
	}

	static String etag(int version) {
		return "\"" + version + "\"";
	}

	static int expected(String ifMatch, Integer fromBody) {
		if (ifMatch != null && !ifMatch.isBlank()) {
			String tag = ifMatch.trim();
			if (tag.startsWith("W/")) {
				tag = tag.substring(2);
			}
			tag = tag.replace("\"", "");
			try {
				return Integer.parseInt(tag);
			}
			catch (NumberFormatException e) {
				throw new RuleViolation("version", "body.version.required");
			}
		}
		if (fromBody == null) {
			throw new RuleViolation("version", "body.version.required");
		}
		return fromBody;
	}
}
