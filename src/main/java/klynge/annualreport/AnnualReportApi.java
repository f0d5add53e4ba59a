package klynge.annualreport;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import klynge.shared.YearInReview.Chapter;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Annual reports as JSON for staff: the reports, a report's chapters and texts, and
 * exports (start one, follow its progress, download the file).
 */
@Tag(name = "Annual reports")
@RestController
@RequestMapping("/api/v1/annual-reports")
class AnnualReportApi {

	record ReportJson(UUID id, int year, ReportStatus status, boolean published, OffsetDateTime generatedAt,
			UUID itemId, String decision, int version) {

		static ReportJson of(AnnualReport r) {
			return new ReportJson(r.id(), r.year(), r.status(), r.published(), r.generatedAt(), r.itemId(),
					r.decision(), r.version());
		}
	}

	record ChaptersJson(ReportJson report, String introduction, List<Chapter> chapters,
			Map<String, ChapterText> texts) {
	}

	record ExportJson(UUID id, ExportFormat format, String status, int percent, String step, String file) {

		static ExportJson of(ReportExport e) {
			return new ExportJson(e.id(), e.format(), e.status(), e.percent(), e.step(),
					e.done() ? "/api/v1/annual-reports/exports/" + e.id() + "/file" : null);
		}
	}

	private final AnnualReports reports;

	private final ReportExports exports;

	AnnualReportApi(AnnualReports reports, ReportExports exports) {
		this.reports = reports;
		this.exports = exports;
	}

	@Operation(summary = "The cluster's annual reports, newest year first")
	@GetMapping
	List<ReportJson> list() {
		return reports.all().stream().map(ReportJson::of).toList();
	}

	@Operation(summary = "A year's report: the generated chapters (paragraphs, tables, chart data) and written texts")
	@GetMapping("/{year}")
	ChaptersJson chapters(@PathVariable int year) {
		AnnualReport r = reports.report(year);
		return new ChaptersJson(ReportJson.of(r), r.introduction(), r.chapters(), r.texts());
	}

	@Operation(summary = "Starts building the report as PDF (PDF/A-2b) or DOCX; follow the returned export")
	@PostMapping("/{year}/exports")
	ResponseEntity<ExportJson> export(@PathVariable int year, @RequestParam ExportFormat format) {
		UUID id = exports.start(year, format);
		return ResponseEntity.accepted()
			.location(URI.create("/api/v1/annual-reports/exports/" + id))
			.body(ExportJson.of(exports.export(id)));
	}

	@Operation(summary = "An export's progress (percent, step) and, when done, its file's address")
	@GetMapping("/exports/{id}")
	ExportJson progress(@PathVariable UUID id) {
		return ExportJson.of(exports.export(id));
	}

	@Operation(summary = "The built file of a finished export")
	@GetMapping("/exports/{id}/file")
	ResponseEntity<byte[]> file(@PathVariable UUID id) {
		return AnnualReportController.file(exports.export(id), exports.content(id));
	}

}
