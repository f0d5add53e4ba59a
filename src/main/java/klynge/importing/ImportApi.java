package klynge.importing;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import klynge.meeting.AgendaItemType;
import klynge.meeting.attendance.AttendanceSection;
import klynge.meeting.attendance.AttendanceStatus;
import klynge.organisation.PersonRef;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Bulk migration of old minutes as JSON, the same steps and rules as the import pages:
 * upload (files, a ZIP, or a text body) → the preview → commit with the choices a person
 * would make in the preview → progress and results. Messages are in the caller's
 * language.
 */
@Tag(name = "Imports")
@RestController
@RequestMapping("/api/v1/imports")
class ImportApi {

	record BatchJson(UUID id, String status, int total, int processed, List<FileJson> files, List<ResultJson> results) {
	}

	record FileJson(String fileName, String sha256, boolean importable, UUID alreadyImportedMeeting, ErrorJson error,
			MeetingJson meeting, List<PersonJson> people, List<ItemJson> items, List<UnplacedJson> unplaced,
			List<WarningJson> warnings) {
	}

	/**
	 * What the file says of the meeting; {@code date} or {@code bodyId} null when it has
	 * to be chosen at commit (the suggestions help).
	 */
	record MeetingJson(String bodyName, UUID bodyId, UUID suggestedBodyId, LocalDate date, LocalDate suggestedDate,
			LocalTime startsAt, LocalTime endsAt, String place, boolean online, List<AttendeeJson> attendance) {
	}

	record AttendeeJson(AttendanceSection section, String seat, String name, String code, boolean summoned,
			AttendanceStatus status, String deputyName) {
	}

	/**
	 * Who a name was matched to and why ({@code matchedBy}: exact, nameAndCode, variant,
	 * fuzzy, codeSimilar; null when nobody), alternatives, and a code not bound because
	 * its holder's name differs.
	 */
	record PersonJson(String name, String code, PersonRefJson matched, String matchedBy, String reason,
			List<PersonRefJson> alternatives, PersonRefJson codeHolder) {
	}

	record PersonRefJson(UUID id, String code, String name) {

		static PersonRefJson of(PersonRef ref) {
			return ref == null ? null : new PersonRefJson(ref.id(), ref.code(), ref.name());
		}
	}

	record ItemJson(String label, Integer number, Integer year, String title, AgendaItemType type, String presenter,
			String proposal, String vedtak, String notes, List<FollowUpJson> followUps, List<String> uncertain,
			List<ItemJson> subItems) {

		static ItemJson of(ImportedItem item) {
			return new ItemJson(item.label(), item.sequence(), item.year(), item.title(), item.type(), item.presenter(),
					item.proposal(), item.decision(), item.notes(),
					item.followUps().stream().map(f -> new FollowUpJson(f.ownerCode(), f.description())).toList(),
					item.uncertain(), item.subItems().stream().map(ItemJson::of).toList());
		}
	}

	record FollowUpJson(String ownerCode, String description) {
	}

	record UnplacedJson(int line, String item, String text) {
	}

	record WarningJson(String key, int line, long count, String message) {
	}

	record ErrorJson(String key, int line, String message) {
	}

	record ResultJson(String fileName, String outcome, UUID meetingId, ErrorJson error) {
	}

	/**
	 * The choices of the preview. {@code files}: per file (by sha256 or file name) the
	 * meeting date and body where the file does not say them; {@code people}: per name as
	 * written, "new" (create), "guest" (the name only) or a person id; a name left out
	 * keeps its match, or is created.
	 */
	record CommitRequest(List<FileChoice> files, Map<String, String> people) {
	}

	record FileChoice(String sha256, String fileName, LocalDate date, UUID bodyId) {
	}

	private final ImportBatches batches;

	private final MessageSource messages;

	ImportApi(ImportBatches batches, MessageSource messages) {
		this.batches = batches;
		this.messages = messages;
	}

	@Operation(summary = "Uploads minutes (files: TXT, DOCX, PDF or a ZIP of them) and answers the preview")
	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<BatchJson> upload(@RequestParam(name = "files", required = false) List<MultipartFile> files)
			throws IOException {
		return created(ImportBatches.uploaded(files));
	}

	@Operation(summary = "Uploads one minutes document as text and answers the preview; name gives its file name")
	@PostMapping(consumes = { MediaType.TEXT_PLAIN_VALUE, "text/markdown" })
	ResponseEntity<BatchJson> uploadText(@RequestBody(required = false) String text,
			@RequestParam(defaultValue = "referat.txt") String name) {
		Map<String, byte[]> contents = new LinkedHashMap<>();
		if (text != null && !text.isBlank()) {
			contents.put(name.isBlank() ? "referat.txt" : name, text.getBytes(StandardCharsets.UTF_8));
		}
		return created(contents);
	}

	private ResponseEntity<BatchJson> created(Map<String, byte[]> contents) {
		if (contents.isEmpty()) {
			throw new ImportException("", 0, "importing.expected.file");
		}
		ImportBatches.Batch batch = batches.create(contents);
		return ResponseEntity.created(URI.create("/api/v1/imports/" + batch.id)).body(json(batch));
	}

	@Operation(summary = "The preview, the progress of the import and each file's result")
	@GetMapping("/{id}")
	BatchJson get(@PathVariable UUID id) {
		return json(batches.get(id));
	}

	@Operation(summary = "Imports the previewed files with the choices of the preview; poll GET for progress")
	@PostMapping("/{id}/commit")
	ResponseEntity<BatchJson> commit(@PathVariable UUID id, @RequestBody(required = false) CommitRequest request) {
		ImportBatches.Batch batch = batches.get(id);
		Map<String, String> choices = new LinkedHashMap<>();
		if (request != null && request.files() != null) {
			for (FileChoice choice : request.files()) {
				for (ImportService.FilePreview file : batch.files) {
					if (file.sha256().equals(choice.sha256()) || file.fileName().equals(choice.fileName())) {
						if (choice.date() != null) {
							choices.put(file.dateKey(), choice.date().toString());
						}
						if (choice.bodyId() != null) {
							choices.put(file.bodyKey(), choice.bodyId().toString());
						}
					}
				}
			}
		}
		if (request != null && request.people() != null) {
			request.people().forEach((name, choice) -> choices.put("person:" + name, choice));
		}
		batches.start(id, choices);
		return ResponseEntity.accepted().body(json(batches.get(id)));
	}

	@ExceptionHandler(ImportException.class)
	ProblemDetail refused(ImportException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, message(ex));
		problem.setType(URI.create("urn:klynge:problem:import"));
		problem.setProperty("key", ex.expected());
		problem.setProperty("file", ex.file());
		problem.setProperty("line", ex.line());
		return problem;
	}

	private BatchJson json(ImportBatches.Batch batch) {
		String status = batch.isDone() ? "done" : batch.isStarted() ? "running" : "preview";
		return new BatchJson(batch.id, status, batch.getTotal(), batch.getProcessed(),
				batch.files.stream().map(this::file).toList(),
				batch.getResults()
					.stream()
					.map(r -> new ResultJson(r.fileName(), r.outcome(), r.meetingId(), error(r.error())))
					.toList());
	}

	private FileJson file(ImportService.FilePreview file) {
		ImportedMinutes m = file.minutes();
		MeetingJson meeting = m == null ? null
				: new MeetingJson(m.bodyName(), file.bodyId(), file.suggestedBodyId(), m.date(), file.suggestedDate(),
						m.startsAt(), m.endsAt(), m.place(), m.online(),
						m.attendees()
							.stream()
							.map(a -> new AttendeeJson(a.section(), a.seat(), a.name(), a.code(), a.summoned(),
									a.status(), a.deputyName()))
							.toList());
		return new FileJson(file.fileName(), file.sha256(), file.importable(), file.alreadyImportedMeeting(),
				error(file.error()), meeting, file.people().stream().map(this::person).toList(),
				m == null ? List.of() : m.items().stream().map(ItemJson::of).toList(),
				file.unplaced().stream().map(u -> new UnplacedJson(u.line(), u.item(), u.text())).toList(),
				file.warnings()
					.stream()
					.map(w -> new WarningJson(w.key(), w.line(), w.count(), message(w.key(), w.arguments())))
					.toList());
	}

	private PersonJson person(PersonMatch match) {
		return new PersonJson(match.name(), match.code(), PersonRefJson.of(match.person()), match.matchedBy(),
				match.matchedBy() == null ? message("importing.unmatched", new Object[0])
						: message("importing.matchedBy." + match.matchedBy(), new Object[0]),
				match.alternatives().stream().map(PersonRefJson::of).toList(), PersonRefJson.of(match.codeHolder()));
	}

	private ErrorJson error(ImportException ex) {
		return ex == null ? null : new ErrorJson(ex.expected(), ex.line(), message(ex));
	}

	private String message(ImportException ex) {
		return message(ex.expected(), ex.arguments());
	}

	private String message(String key, Object[] arguments) {
		Locale locale = LocaleContextHolder.getLocale();
		return messages.getMessage(key, arguments, key, locale);
	}

}
