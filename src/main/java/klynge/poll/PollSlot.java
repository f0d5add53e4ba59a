package klynge.poll;

import java.util.List;
import java.util.UUID;

/**
 * One meeting the poll is to fix ("Møte 1"), with its options; once closed, the meeting
 * made from the chosen option.
 */
public record PollSlot(UUID id, String label, int sortOrder, UUID meetingId, List<PollOption> options) {

	public PollSlot {
		options = List.copyOf(options);
	}

}
