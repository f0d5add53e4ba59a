package klynge.organisation;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** ETag and If-Match for the API: the row's version as a strong entity tag, {@code "3"}. */
final class Versions {

	private Versions() {
	}

	static String etag(int version) {
		return "\"" + version + "\"";
	}

	/** The version the client edited: from If-Match, else from the body; one of them is required (428). */
	static int expected(String ifMatch, Integer bodyVersion) {
		if (ifMatch != null && !ifMatch.isBlank()) {
			String tag = ifMatch.strip();
			if (tag.startsWith("W/")) {
				tag = tag.substring(2);
			}
			tag = tag.replace("\"", "");
			try {
				return Integer.parseInt(tag);
			}
			catch (NumberFormatException notOurs) {
				// an entity tag we never issued: it cannot match
				return -1;
			}
		}
		if (bodyVersion != null) {
			return bodyVersion;
		}
		throw new ResponseStatusException(HttpStatus.PRECONDITION_REQUIRED, "If-Match or version required");
	}
}
