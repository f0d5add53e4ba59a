package klynge.document;

import java.util.UUID;

import klynge.meeting.Viewer;
import org.springframework.stereotype.Service;

/**
 * Summons (innkalling) and minutes (referat) of a meeting as PDF/A-2b and Word, in the
 * cluster's layout and language, for an audience: {@link Viewer#ANONYMOUS} gets the
 * public version (exempt items by public title and legal basis only), members and staff
 * everything they may see. Unknown meetings, meetings of another cluster and minutes the
 * audience may not read yet give {@link klynge.shared.NotFoundException}.
 */
@Service
public class MeetingDocuments {

	private final DocumentContent content;

	private final PdfDocuments pdf;

	private final DocxDocuments docx;

	MeetingDocuments(DocumentContent content, PdfDocuments pdf, DocxDocuments docx) {
		this.content = content;
		this.pdf = pdf;
		this.docx = docx;
	}

	public byte[] minutesPdf(UUID meetingId, Viewer viewer) {
		return pdf(content.minutes(meetingId, viewer));
	}

	public byte[] summonsPdf(UUID meetingId, Viewer viewer) {
		return pdf(content.summons(meetingId, viewer));
	}

	public byte[] minutesDocx(UUID meetingId, Viewer viewer) {
		return docx(content.minutes(meetingId, viewer));
	}

	public byte[] summonsDocx(UUID meetingId, Viewer viewer) {
		return docx(content.summons(meetingId, viewer));
	}

	/**
	 * "Referat Partnermøtet 2023-03-27" / "Innkalling Partnermøtet 2023-03-27", without
	 * extension.
	 */
	public String minutesFileName(UUID meetingId, Viewer viewer) {
		return content.fileName(meetingId, true);
	}

	public String summonsFileName(UUID meetingId, Viewer viewer) {
		return content.fileName(meetingId, false);
	}

	private byte[] pdf(MeetingDocument document) {
		return pdf.render(document, content.msg(document.locale(), "export.page"),
				content.msg(document.locale(), "export.pageOf"));
	}

	private byte[] docx(MeetingDocument document) {
		return docx.write(document);
	}

}
