package klynge.publication;

import java.time.Instant;

/**
 * One entry of an Atom feed: a stable id (urn:uuid of the record), the public page it
 * links to (absolute), and plain-text summary and content (either may be null).
 * {@code related}: a second page about the same record, or null.
 */
record FeedEntry(String id, String title, String link, String related, Instant updated, String summary,
		String content) {
}
