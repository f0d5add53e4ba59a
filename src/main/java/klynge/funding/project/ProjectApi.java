package klynge.funding.project;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import klynge.shared.RuleViolation;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Projects and reports as JSON, with the same {@link Projects} and so the same readers as
 * the pages: the project's applicant, staff, the call's committee and deciding body;
 * anyone else gets 404. Refusals are problem details (422) and change nothing.
 */
@Tag(name = "Projects")
@RestController
class ProjectApi {

	record VersionJson(UUID id, int number, String text, String fileName, Integer fileSize, Instant submittedAt,
			String submittedBy, ReportStatus decision, String comment, Instant decidedAt, String decidedBy) {

		static VersionJson of(ReportVersion v) {
			return new VersionJson(v.id(), v.number(), v.text(), v.fileName(), v.fileSize(), v.submittedAt(),
					v.submittedBy(), v.decision(), v.comment(), v.decidedAt(), v.decidedBy());
		}
	}

	record ReportJson(UUID id, ReportKind kind, LocalDate dueOn, ReportStatus status, boolean overdue, int version,
			List<VersionJson> versions) {

		static ReportJson of(Report r, LocalDate today) {
			return new ReportJson(r.id(), r.kind(), r.dueOn(), r.status(), r.overdue(today), r.version(),
					r.versions().stream().map(VersionJson::of).toList());
		}
	}

	record ProjectJson(UUID id, UUID applicationId, String title, String leadName, String organisations,
			BigDecimal amount, UUID fundId, String fundName, UUID callId, String callTitle, int year,
			LocalDate periodFrom, LocalDate periodTo, UUID vedtakMeetingId, UUID vedtakItemId, String vedtakCase,
			boolean overdue, List<ReportJson> reports) {

		static ProjectJson of(Project p, List<Report> reports, LocalDate today) {
			Project.Vedtak v = p.vedtak();
			return new ProjectJson(p.id(), p.applicationId(), p.title(), p.leadName(), p.organisations(), p.amount(),
					p.fundId(), p.fundName(), p.callId(), p.callTitle(), p.year(), p.periodFrom(), p.periodTo(),
					v == null ? null : v.meetingId(), v == null ? null : v.itemId(), v == null ? null : v.caseNumber(),
					reports.stream().anyMatch(r -> r.overdue(today)),
					reports.stream().map(r -> ReportJson.of(r, today)).toList());
		}
	}

	/** A submission: the text, and optionally a PDF as base64 with its file name. */
	record SubmitRequest(String text, String fileName, String fileBase64) {
	}

	record ReturnRequest(String comment) {
	}

	record DueRequest(LocalDate dueOn) {
	}

	private final Projects projects;

	ProjectApi(Projects projects) {
		this.projects = projects;
	}

	@Operation(summary = "The projects the caller may read (applicant: their own; staff: all)")
	@GetMapping("/api/v1/projects")
	List<ProjectJson> list() {
		LocalDate today = projects.today();
		return projects.list().stream().map(l -> ProjectJson.of(l.project(), l.reports(), today)).toList();
	}

	@Operation(
			summary = "One project with its reports; 404 for anyone but its applicant, staff, committee and deciding body")
	@GetMapping("/api/v1/projects/{id}")
	ProjectJson one(@PathVariable UUID id) {
		Projects.Page page = projects.page(id);
		return ProjectJson.of(page.project(), page.reports(), projects.today());
	}

	@Operation(summary = "The reports of a project, each with every submitted version")
	@GetMapping("/api/v1/projects/{id}/reports")
	List<ReportJson> reports(@PathVariable UUID id) {
		LocalDate today = projects.today();
		return projects.page(id).reports().stream().map(r -> ReportJson.of(r, today)).toList();
	}

	@Operation(summary = "The applicant submits a report (again after a return); 422 when empty, approved or not a PDF")
	@PostMapping("/api/v1/projects/{id}/reports/{reportId}/submit")
	List<ReportJson> submit(@PathVariable UUID id, @PathVariable UUID reportId, @RequestBody SubmitRequest request) {
		byte[] file = null;
		if (request.fileBase64() != null && !request.fileBase64().isBlank()) {
			try {
				file = Base64.getDecoder().decode(request.fileBase64().strip());
			}
			catch (IllegalArgumentException ex) {
				throw new RuleViolation("fileBase64", "funding.attachment.rule.notPdf");
			}
		}
		projects.submit(id, reportId, request.text(), request.fileName(), file);
		return reports(id);
	}

	@Operation(summary = "Staff approve a submitted report")
	@PostMapping("/api/v1/projects/{id}/reports/{reportId}/approve")
	List<ReportJson> approve(@PathVariable UUID id, @PathVariable UUID reportId) {
		projects.approve(id, reportId);
		return reports(id);
	}

	@Operation(summary = "Staff return a submitted report with a comment")
	@PostMapping("/api/v1/projects/{id}/reports/{reportId}/return")
	List<ReportJson> sendBack(@PathVariable UUID id, @PathVariable UUID reportId, @RequestBody ReturnRequest request) {
		projects.sendBack(id, reportId, request.comment());
		return reports(id);
	}

	@Operation(summary = "Staff move a report's due date (not once approved)")
	@PutMapping("/api/v1/projects/{id}/reports/{reportId}/due")
	List<ReportJson> due(@PathVariable UUID id, @PathVariable UUID reportId, @RequestBody DueRequest request) {
		projects.changeDue(id, reportId, request.dueOn());
		return reports(id);
	}

	record CallDueDatesRequest(LocalDate progressDue, LocalDate finalDue) {
	}

	@Operation(summary = "Staff set a call's own report due dates (null: the defaults); unsubmitted reports move")
	@PutMapping("/api/v1/projects/calls/{callId}/due-dates")
	List<ProjectRepository.CallDueDates> callDueDates(@PathVariable UUID callId,
			@RequestBody CallDueDatesRequest request) {
		projects.setCallDueDates(callId, request.progressDue(), request.finalDue());
		return projects.callDueDates();
	}

	@Operation(summary = "A report's PDF (download only)")
	@GetMapping("/api/v1/projects/{id}/report-files/{fileId}")
	ResponseEntity<byte[]> file(@PathVariable UUID id, @PathVariable UUID fileId) {
		return ProjectController.download(projects.file(id, fileId));
	}

}
