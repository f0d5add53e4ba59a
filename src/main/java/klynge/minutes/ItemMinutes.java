package klynge.minutes;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * What the minutes say about one item: notes (Markdown), feedback with its heading, and
 * the vedtak.
 */
public record ItemMinutes(UUID id, UUID minutesId, UUID itemId, String notes, String feedbackHeading, String feedback,
		String decision, int version) {

	/** One bullet per non-blank line. */
	public List<String> feedbackLines() {
		return lines(feedback);
	}

	public boolean isEmpty() {
		return blank(notes) && blank(feedbackHeading) && blank(feedback) && blank(decision);
	}

	static List<String> lines(String text) {
		if (text == null) {
			return List.of();
		}
		return Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
	}

	static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
