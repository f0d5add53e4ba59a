package klynge.minutes;

import java.util.List;
import java.util.UUID;

/** One item's minutes as a version kept them. */
public record SnapshotItem(UUID itemId, String label, String title, String notes, String feedbackHeading,
		String feedback, String decision) {

	public List<String> feedbackLines() {
		return ItemMinutes.lines(feedback);
	}
}
