package klynge.casefile;

import java.time.LocalDate;
import java.util.UUID;

import klynge.meeting.Exemption;

/**
 * Something another module proposes for a body's next agenda, e.g. an open follow-up
 * owned by the body. {@code sourceItemId} is the item it came from, {@code exemption}
 * that item's access (an entry and an item made from the candidate keep it); {@code key}
 * identifies it within its source.
 */
public record BacklogCandidate(String source, UUID key, String title, String description, UUID sourceItemId,
		LocalDate due, Exemption exemption) {
}
