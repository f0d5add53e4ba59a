package klynge.notification;

import java.util.Optional;
import java.util.UUID;

import klynge.meeting.Viewer;

/**
 * The summons as PDF for a viewer, from {@code klynge.document.MeetingDocuments} (see
 * {@code DocumentSummonsPdf}); an interface so the mail code can be tested without
 * rendering.
 */
public interface SummonsPdfSource {

	Optional<byte[]> summonsPdf(UUID meetingId, Viewer viewer);

}
