package klynge.notification;

import java.util.Optional;
import java.util.UUID;

import klynge.document.MeetingDocuments;
import klynge.meeting.Viewer;
import org.springframework.stereotype.Component;

/**
 * The summons PDF attached to the summons mail, made by the document module for the given
 * audience.
 */
@Component
class DocumentSummonsPdf implements SummonsPdfSource {

	private final MeetingDocuments documents;

	DocumentSummonsPdf(MeetingDocuments documents) {
		this.documents = documents;
	}

	@Override
	public Optional<byte[]> summonsPdf(UUID meetingId, Viewer viewer) {
		return Optional.ofNullable(documents.summonsPdf(meetingId, viewer));
	}

}
