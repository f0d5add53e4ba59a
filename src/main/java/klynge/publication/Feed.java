package klynge.publication;

import java.time.Instant;
import java.util.List;

/**
 * An Atom feed as it is written: id, title, the feed's own address and the page it stands
 * for (absolute), the author (the cluster), the language, and the entries newest first.
 */
record Feed(String id, String title, String self, String alternate, String author, String language, Instant updated,
		List<FeedEntry> entries) {
}
