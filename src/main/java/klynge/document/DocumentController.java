package klynge.document;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.function.BiFunction;

import klynge.meeting.MeetingAccess;
import klynge.meeting.Meetings;
import klynge.meeting.Viewer;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Downloads of a meeting's summons and minutes for the current viewer: the public version
 * for anonymous visitors, draft minutes only for the body's members and staff (404
 * otherwise).
 */
@Controller
class DocumentController {

	static final MediaType PDF = MediaType.APPLICATION_PDF;

	static final MediaType DOCX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	private final MeetingDocuments documents;

	private final Meetings meetings;

	private final MeetingAccess access;

	DocumentController(MeetingDocuments documents, Meetings meetings, MeetingAccess access) {
		this.documents = documents;
		this.meetings = meetings;
		this.access = access;
	}

	@GetMapping("/meetings/{id}/minutes.pdf")
	ResponseEntity<byte[]> minutesPdf(@PathVariable UUID id) {
		return download(id, documents::minutesPdf, documents.minutesFileName(id, null) + ".pdf", PDF);
	}

	@GetMapping("/meetings/{id}/minutes.docx")
	ResponseEntity<byte[]> minutesDocx(@PathVariable UUID id) {
		return download(id, documents::minutesDocx, documents.minutesFileName(id, null) + ".docx", DOCX);
	}

	@GetMapping("/meetings/{id}/summons.pdf")
	ResponseEntity<byte[]> summonsPdf(@PathVariable UUID id) {
		return download(id, documents::summonsPdf, documents.summonsFileName(id, null) + ".pdf", PDF);
	}

	@GetMapping("/meetings/{id}/summons.docx")
	ResponseEntity<byte[]> summonsDocx(@PathVariable UUID id) {
		return download(id, documents::summonsDocx, documents.summonsFileName(id, null) + ".docx", DOCX);
	}

	private ResponseEntity<byte[]> download(UUID id, BiFunction<UUID, Viewer, byte[]> render, String fileName,
			MediaType type) {
		Viewer viewer = access.viewerOf(meetings.meeting(id));
		byte[] body = render.apply(id, viewer);
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.header("X-Content-Type-Options", "nosniff")
			.body(body);
	}

}
