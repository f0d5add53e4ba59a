package klynge.notification;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A meeting's calendar file: {@code /meetings/<id>.ics}, saved as "Partnermøtet
 * 2023-03-27.ics".
 */
@Controller
class IcsController {

	static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	private final MeetingCalendar calendar;

	IcsController(MeetingCalendar calendar) {
		this.calendar = calendar;
	}

	@GetMapping("/meetings/{id}.ics")
	ResponseEntity<byte[]> meeting(@PathVariable UUID id) {
		return ics(calendar.download(id), calendar.fileName(id));
	}

	static ResponseEntity<byte[]> ics(String text, String fileName) {
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-cache")
			.body(text.getBytes(StandardCharsets.UTF_8));
	}

}
