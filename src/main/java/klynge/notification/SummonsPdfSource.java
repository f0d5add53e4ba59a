package klynge.notification;

import java.util.Optional;
import java.util.UUID;

import klynge.meeting.Viewer;

/**
 * The summons as PDF for a viewer. Implemented by a small adapter to
 * {@code klynge.document.MeetingDocuments.summonsPdf(meetingId, viewer)} once the document module
 * lands; without one the summons mail goes out with the ICS only.
 */
public interface SummonsPdfSource {

	Optional<byte[]> summonsPdf(UUID meetingId, Viewer viewer);
}
