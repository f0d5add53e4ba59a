package klynge.funding.project;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HexFormat;
import java.util.List;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import klynge.funding.review.ProjectDueDates;
import klynge.cluster.CurrentCluster;
import klynge.funding.Applications;
import klynge.funding.project.ProjectRepository.FileRow;
import klynge.funding.project.ProjectRepository.Row;
import klynge.security.CurrentUser;
import klynge.security.LoggedIn;
import klynge.shared.NotFoundException;
import klynge.shared.RuleViolation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Projects and their reports. Who reads a project: its applicant (the account that
 * applied), staff, and the members of the call's review committee and deciding body; to
 * anyone else it is "not found". Only the applicant submits a report; only staff approve,
 * return or move a due date. Each refusal is a {@link RuleViolation} that changes
 * nothing.
 */
@Service
public class Projects implements ProjectDueDates {

	/** Report text limit (the column's). */
	public static final int MAX_TEXT = 20_000;

	/** A project on a list: its reports and whether any is overdue. */
	public record Listed(Project project, List<Report> reports, boolean overdue, boolean waiting) {
	}

	/** A project page: the project, its reports, and what the reader may do. */
	public record Page(Project project, List<Report> reports, boolean applicant, boolean staff) {
	}

	private final ProjectRepository repository;

	private final CurrentCluster cluster;

	private final CurrentUser currentUser;

	private final MonthDay progressDay;

	private final int finalMonthsAfter;

	Projects(ProjectRepository repository, CurrentCluster cluster, CurrentUser currentUser,
			@Value("${klynge.projects.progress-due:--12-01}") String progressDay,
			@Value("${klynge.projects.final-months-after:3}") int finalMonthsAfter) {
		this.repository = repository;
		this.cluster = cluster;
		this.currentUser = currentUser;
		this.progressDay = MonthDay.parse(progressDay);
		this.finalMonthsAfter = finalMonthsAfter;
	}

	LocalDate today() {
		return LocalDate.now(cluster.get().zone());
	}

	/**
	 * Gives every award of the cluster its two reports with their due dates (the call's,
	 * or the defaults). Runs before every read and in the daily job, so a new award is a
	 * project with due dates when it is first seen.
	 */
	@Transactional
	public void ensureReports() {
		UUID clusterId = cluster.id();
		List<UUID> missing = repository.withoutReports(clusterId);
		for (UUID id : missing) {
			Row row = repository.find(clusterId, id).orElseThrow();
			Project p = row.project();
			DueDates due = DueDates.of(p.year(), p.periodTo(), progressDay, finalMonthsAfter, row.callProgressDue(),
					row.callFinalDue());
			for (ReportKind kind : ReportKind.values()) {
				repository.insertReport(clusterId, id, kind, due.of(kind));
			}
		}
	}

	/** The due dates of a project, for the award letter (which its sender may read). */
	@Override
	@Transactional
	public Optional<Due> of(UUID awardId) {
		ensureReports();
		List<Report> reports = repository.reports(cluster.id(), List.of(awardId)).getOrDefault(awardId, List.of());
		Map<ReportKind, LocalDate> due = new EnumMap<>(ReportKind.class);
		reports.forEach(report -> due.put(report.kind(), report.dueOn()));
		return due.size() < 2 ? Optional.empty()
				: Optional.of(new Due(due.get(ReportKind.PROGRESS), due.get(ReportKind.FINAL)));
	}

	/** The projects the reader may see, newest year first. */
	@Transactional
	public List<Listed> list() {
		ensureReports();
		LoggedIn user = user();
		UUID clusterId = cluster.id();
		LocalDate today = today();
		List<Project> visible = repository.all(clusterId)
			.stream()
			.map(Row::project)
			.filter(p -> mayRead(user, p, today))
			.toList();
		Map<UUID, List<Report>> reports = repository.reports(clusterId, visible.stream().map(Project::id).toList());
		return visible.stream().map(p -> {
			List<Report> own = reports.getOrDefault(p.id(), List.of());
			return new Listed(p, own, own.stream().anyMatch(r -> r.overdue(today)),
					own.stream().anyMatch(r -> r.status() == ReportStatus.SUBMITTED));
		}).toList();
	}

	/** A project the reader may see, or 404. */
	@Transactional
	public Page page(UUID id) {
		ensureReports();
		LoggedIn user = user();
		Project project = readable(user, id);
		List<Report> reports = repository.reports(cluster.id(), List.of(id)).getOrDefault(id, List.of());
		return new Page(project, reports, isApplicant(user, project), user.isStaff());
	}

	public boolean isStaff() {
		return currentUser.isStaff();
	}

	/**
	 * The applicant submits a report (again, after a return): text required, a PDF
	 * optional (a resubmission without one keeps the previous file).
	 */
	@Transactional
	public void submit(UUID projectId, UUID reportId, String text, String fileName, byte[] file) {
		LoggedIn user = user();
		Project project = readable(user, projectId);
		if (!isApplicant(user, project)) {
			throw new AccessDeniedException("only the project's applicant reports");
		}
		Report report = report(projectId, reportId);
		if (!report.status().maySubmit()) {
			throw new RuleViolation(null, "project.report.rule.notOpen");
		}
		String body = text == null ? "" : text.strip();
		if (body.isEmpty()) {
			throw new RuleViolation("text", "project.report.rule.empty");
		}
		if (body.length() > MAX_TEXT) {
			throw new RuleViolation("text", "project.report.rule.tooLong", MAX_TEXT);
		}
		String name = null;
		byte[] content = null;
		if (file != null && file.length > 0) {
			if (file.length > Applications.MAX_ATTACHMENT_BYTES) {
				throw new RuleViolation("file", "funding.attachment.rule.tooLarge",
						Applications.MAX_ATTACHMENT_BYTES / (1024 * 1024));
			}
			if (!Applications.isPdf(file)) {
				throw new RuleViolation("file", "funding.attachment.rule.notPdf");
			}
			name = Applications.safeName(fileName);
			content = file;
		}
		else {
			Optional<FileRow> previous = repository.latestFile(cluster.id(), reportId);
			if (previous.isPresent()) {
				name = previous.get().fileName();
				content = previous.get().content();
			}
		}
		if (!repository.move(cluster.id(), reportId, report.status(), ReportStatus.SUBMITTED)) {
			throw new RuleViolation(null, "project.report.rule.notOpen");
		}
		repository.addVersion(cluster.id(), reportId, body, name, content, content == null ? null : sha256(content),
				user.username());
	}

	/** Staff approve a submitted report. */
	@Transactional
	public void approve(UUID projectId, UUID reportId) {
		decide(projectId, reportId, ReportStatus.APPROVED, null);
	}

	/** Staff return a submitted report with a comment; the applicant may submit again. */
	@Transactional
	public void sendBack(UUID projectId, UUID reportId, String comment) {
		String why = comment == null ? "" : comment.strip();
		if (why.isEmpty()) {
			throw new RuleViolation("comment", "project.report.rule.comment");
		}
		if (why.length() > 4000) {
			throw new RuleViolation("comment", "project.report.rule.commentTooLong", 4000);
		}
		decide(projectId, reportId, ReportStatus.RETURNED, why);
	}

	private void decide(UUID projectId, UUID reportId, ReportStatus decision, String comment) {
		LoggedIn user = staff(projectId);
		Report report = report(projectId, reportId);
		if (!report.status().mayDecide()
				|| !repository.move(cluster.id(), reportId, ReportStatus.SUBMITTED, decision)) {
			throw new RuleViolation(null, "project.report.rule.notSubmitted");
		}
		repository.decide(cluster.id(), reportId, decision, comment, user.username());
	}

	/** Staff move a report's due date (not once it is approved). */
	@Transactional
	public void changeDue(UUID projectId, UUID reportId, LocalDate dueOn) {
		staff(projectId);
		report(projectId, reportId);
		if (dueOn == null || dueOn.getYear() < 2000 || dueOn.getYear() > 2100) {
			throw new RuleViolation("dueOn", "project.report.rule.dueOn");
		}
		if (!repository.changeDue(cluster.id(), reportId, dueOn)) {
			throw new RuleViolation("dueOn", "project.report.rule.approved");
		}
	}

	/** The calls with projects and their own due dates, for staff. */
	public List<ProjectRepository.CallDueDates> callDueDates() {
		return currentUser.isStaff() ? repository.callsWithAwards(cluster.id()) : List.of();
	}

	/** A call's own due dates (null: the default). */
	public record CallDue(LocalDate progress, LocalDate finalReport) {
	}

	/** A call's own due dates, for its form. */
	public CallDue callDue(UUID callId) {
		return repository.callDueDates(cluster.id(), callId)
			.map(c -> new CallDue(c.progress(), c.finalReport()))
			.orElse(new CallDue(null, null));
	}

	/**
	 * The call form's due dates: refused beside their field unless between 2000 and 2100,
	 * before anything is saved.
	 */
	public static void checkCallDueDates(LocalDate progress, LocalDate finalReport) {
		if (progress != null && (progress.getYear() < 2000 || progress.getYear() > 2100)) {
			throw new RuleViolation("progressReportDue", "project.report.rule.dueOn");
		}
		if (finalReport != null && (finalReport.getYear() < 2000 || finalReport.getYear() > 2100)) {
			throw new RuleViolation("finalReportDue", "project.report.rule.dueOn");
		}
	}

	/**
	 * The call form saved its due dates: when they changed, as {@link #setCallDueDates};
	 * unchanged, a report's own moved date stays.
	 */
	@Transactional
	public void saveCallDueDates(UUID callId, LocalDate progress, LocalDate finalReport) {
		checkCallDueDates(progress, finalReport);
		ProjectRepository.CallDueDates now = repository.callDueDates(cluster.id(), callId)
			.orElseThrow(() -> new NotFoundException("call", callId));
		if (!java.util.Objects.equals(now.progress(), progress)
				|| !java.util.Objects.equals(now.finalReport(), finalReport)) {
			setCallDueDates(callId, progress, finalReport);
		}
	}

	/**
	 * Staff set a call's own due dates (null: the defaults); the call's reports that
	 * nobody has submitted yet move to them.
	 */
	@Transactional
	public void setCallDueDates(UUID callId, LocalDate progress, LocalDate finalReport) {
		if (!user().isStaff()) {
			throw new AccessDeniedException("the secretariat sets due dates");
		}
		for (LocalDate date : new LocalDate[] { progress, finalReport }) {
			if (date != null && (date.getYear() < 2000 || date.getYear() > 2100)) {
				throw new RuleViolation("dueOn", "project.report.rule.dueOn");
			}
		}
		UUID clusterId = cluster.id();
		if (!repository.setCallDueDates(clusterId, callId, progress, finalReport)) {
			throw new NotFoundException("call", callId);
		}
		ensureReports();
		for (Row row : repository.all(clusterId)) {
			Project p = row.project();
			if (p.callId().equals(callId)) {
				DueDates due = DueDates.of(p.year(), p.periodTo(), progressDay, finalMonthsAfter, progress,
						finalReport);
				for (ReportKind kind : ReportKind.values()) {
					repository.moveIfDue(clusterId, p.id(), kind, due.of(kind));
				}
			}
		}
	}

	/** A report's PDF, for whoever may read the project. */
	@Transactional(readOnly = true)
	public FileRow file(UUID projectId, UUID versionId) {
		readable(user(), projectId);
		return repository.file(cluster.id(), projectId, versionId)
			.orElseThrow(() -> new NotFoundException("file", versionId));
	}

	private LoggedIn staff(UUID projectId) {
		LoggedIn user = user();
		readable(user, projectId);
		if (!user.isStaff()) {
			throw new AccessDeniedException("the secretariat decides on reports");
		}
		return user;
	}

	private Report report(UUID projectId, UUID reportId) {
		return repository.reports(cluster.id(), List.of(projectId))
			.getOrDefault(projectId, List.of())
			.stream()
			.filter(r -> r.id().equals(reportId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("report", reportId));
	}

	private Project readable(LoggedIn user, UUID id) {
		return repository.find(cluster.id(), id)
			.map(Row::project)
			.filter(p -> mayRead(user, p, today()))
			.orElseThrow(() -> new NotFoundException("project", id));
	}

	private boolean mayRead(LoggedIn user, Project project, LocalDate today) {
		return user.isStaff() || isApplicant(user, project)
				|| repository.sitsIn(cluster.id(), project.committeeBodyId(), user.personId(), today)
				|| repository.sitsIn(cluster.id(), project.decidingBodyId(), user.personId(), today);
	}

	private static boolean isApplicant(LoggedIn user, Project project) {
		return user.accountId().equals(project.applicantAccountId());
	}

	private LoggedIn user() {
		return currentUser.get().orElseThrow(() -> new AccessDeniedException("not logged in"));
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
