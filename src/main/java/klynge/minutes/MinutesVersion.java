package klynge.minutes;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A kept version of the minutes: sent for comments, approved, or an amendment (with its
 * reason). {@code reason} and {@code createdBy} are null for a viewer who may not read
 * them.
 */
public record MinutesVersion(int number, String kind, String reason, OffsetDateTime createdAt, String createdBy,
		List<SnapshotItem> items) {

	public String kindKey() {
		return "minutes.version.kind." + kind;
	}
}
