package klynge.organisation;

import klynge.shared.EntityTags;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** ETag and If-Match for the API: the row's version as a strong entity tag, {@code "3"}. */
final class Versions {

	private Versions() {
	}

	static String etag(int version) {
		return EntityTags.of(version);
	}

	/** The version the client edited: from If-Match, else from the body; one of them is required (428). */
	static int expected(String ifMatch, Integer bodyVersion) {
		var tagged = EntityTags.version(ifMatch);
		if (tagged.isPresent()) {
			return tagged.getAsInt(); // a tag we never issued is NO_MATCH: a conflict
		}
		if (bodyVersion != null) {
			return bodyVersion;
		}
		throw new ResponseStatusException(HttpStatus.PRECONDITION_REQUIRED, "If-Match or version required");
	}
}
