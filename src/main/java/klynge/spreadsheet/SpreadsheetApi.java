package klynge.spreadsheet;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;

import klynge.cluster.CurrentCluster;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The import for scripts: POST the file (multipart, part "file") to preview it, or to
 * commit it; each answers with every row and its outcome. Stateless: the commit reads the
 * file again, and an unchanged file commits to nothing new.
 */
@RestController
class SpreadsheetApi {

	/** The JSON of a {@link Report}, messages in the caller's language. */
	record ReportJson(boolean committed, long created, long unchanged, long refused, List<SheetJson> sheets) {
	}

	record SheetJson(String list, List<String> headers, List<RowJson> rows) {
	}

	record RowJson(int row, List<String> cells, String outcome, String message) {
	}

	private final RegisterImport imports;

	private final CurrentCluster cluster;

	private final MessageSource messages;

	SpreadsheetApi(RegisterImport imports, CurrentCluster cluster, MessageSource messages) {
		this.imports = imports;
		this.cluster = cluster;
		this.messages = messages;
	}

	@PostMapping("/api/v1/spreadsheets/preview")
	ResponseEntity<?> preview(@RequestParam(name = "file", required = false) MultipartFile file, Locale locale)
			throws IOException {
		return run(file, false, locale);
	}

	@PostMapping("/api/v1/spreadsheets/commit")
	ResponseEntity<?> commit(@RequestParam(name = "file", required = false) MultipartFile file, Locale locale)
			throws IOException {
		return run(file, true, locale);
	}

	private ResponseEntity<?> run(MultipartFile file, boolean commit, Locale locale) throws IOException {
		try {
			Upload upload = Uploads.of(file, cluster.id());
			List<Table> tables = SpreadsheetReader.read(upload.fileName(), upload.content());
			Report report = commit ? imports.commit(tables) : imports.preview(tables);
			return ResponseEntity.ok(json(report, locale));
		}
		catch (BadSpreadsheet bad) {
			return problem(HttpStatus.UNPROCESSABLE_CONTENT, "bad-spreadsheet",
					messages.getMessage(bad.messageKey(), bad.arguments(), locale));
		}
		catch (DataAccessException failure) {
			return problem(HttpStatus.CONFLICT, "spreadsheet-failed",
					messages.getMessage("spreadsheet.failed", null, locale));
		}
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String type, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create("urn:klynge:problem:" + type));
		return ResponseEntity.status(status).body(problem);
	}

	private ReportJson json(Report report, Locale locale) {
		return new ReportJson(report.committed(), report.created(), report.unchanged(), report.errors(),
				report.sheets()
					.stream()
					.map(sheet -> new SheetJson(sheet.kind().slug(), sheet.headers(),
							sheet.rows()
								.stream()
								.map(row -> new RowJson(row.number(), row.cells(), row.outcome().name(),
										row.messageKey() == null ? null
												: messages.getMessage(row.messageKey(), row.arguments(), locale)))
								.toList()))
					.toList());
	}

}
