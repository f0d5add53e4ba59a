package klynge.ideabank;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A call for student presentations attached to an event: open between two instants, with
 * the topics a student chooses from (one a line); published once its approved posters are
 * in the idea bank.
 */
record CallForPresentations(UUID id, UUID eventId, int year, OffsetDateTime opensAt, OffsetDateTime closesAt,
		String topics, OffsetDateTime publishedAt, int version) {

	public List<String> topicList() {
		return Arrays.stream(topics == null ? new String[0] : topics.split("\n"))
			.map(String::strip)
			.filter(t -> !t.isEmpty())
			.toList();
	}

	public boolean published() {
		return publishedAt != null;
	}

	/** The message key of why submitting is closed now, or null when it is open. */
	public String closedBecause(Instant now) {
		if (published()) {
			return "ideabank.submit.closed.published";
		}
		if (now.isBefore(opensAt.toInstant())) {
			return "ideabank.submit.closed.notYet";
		}
		if (!now.isBefore(closesAt.toInstant())) {
			return "ideabank.submit.closed.over";
		}
		return null;
	}

}
