package klynge.funding.project;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import klynge.cluster.Cluster;
import klynge.cluster.ClusterScope;
import klynge.cluster.Clusters;
import klynge.mail.Mailer;
import klynge.mail.OutgoingMail;
import klynge.funding.project.ProjectRepository.Remindable;
import klynge.shared.JobLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Daily reminders to applicants whose report is due: from
 * {@code klynge.projects.reminders.days-before} days before the due date, and then every
 * {@code klynge.projects.reminders.interval-days} days while it is neither submitted nor
 * approved (also after the due date). Each cluster's work runs in its ClusterScope; a
 * report takes at most one reminder a day (a unique row), so a second run or another
 * instance sends nothing twice. Mails go through the outbox.
 */
@Component
class ReportReminders {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private final Clusters clusters;

	private final Projects projects;

	private final ProjectRepository repository;

	private final Mailer mailer;

	private final MessageSource messages;

	private final TransactionTemplate transactions;

	private final String baseUrl;

	private final int daysBefore;

	private final int interval;

	private final JobLock jobLock;

	ReportReminders(JobLock jobLock, Clusters clusters, Projects projects, ProjectRepository repository, Mailer mailer,
			MessageSource messages, PlatformTransactionManager transactions,
			@Value("${klynge.base-url}") String baseUrl,
			@Value("${klynge.projects.reminders.days-before:14}") int daysBefore,
			@Value("${klynge.projects.reminders.interval-days:7}") int interval) {
		this.jobLock = jobLock;
		this.clusters = clusters;
		this.projects = projects;
		this.repository = repository;
		this.mailer = mailer;
		this.messages = messages;
		this.transactions = new TransactionTemplate(transactions);
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		this.daysBefore = Math.max(0, daysBefore);
		this.interval = Math.max(1, interval);
	}

	@Scheduled(cron = "${klynge.projects.reminders.cron:0 20 7 * * *}", zone = "Europe/Oslo")
	void daily() {
		jobLock.runDaily("project-report-reminders", () -> {
			clusters.each("Report reminders", cluster -> remind(cluster, LocalDate.now(cluster.zone())));
		});
	}

	/** Reminds the cluster's applicants as of {@code today}; returns how many mails. */
	int remind(Cluster cluster, LocalDate today) {
		return ClusterScope.call(cluster.id(), () -> transactions.execute(status -> remindDue(cluster, today)));
	}

	private int remindDue(Cluster cluster, LocalDate today) {
		projects.ensureReports();
		UUID clusterId = cluster.id();
		List<Remindable> due = repository.remindable(clusterId, today.plusDays(daysBefore));
		Map<UUID, Project> byId = new java.util.HashMap<>();
		repository.all(clusterId).forEach(row -> byId.put(row.project().id(), row.project()));
		int sent = 0;
		for (Remindable report : due) {
			if (report.lastReminded() != null && report.lastReminded().isAfter(today.minusDays(interval))) {
				continue;
			}
			Project project = byId.get(report.projectId());
			if (project == null || project.applicantEmail() == null || project.applicantEmail().isBlank()) {
				continue;
			}
			if (repository.takeReminder(clusterId, report.reportId(), today)) {
				send(cluster, project, report, today);
				sent++;
			}
		}
		return sent;
	}

	private void send(Cluster cluster, Project project, Remindable report, LocalDate today) {
		Locale locale = cluster.locale();
		String kind = messages.getMessage(report.kind().messageKey(), null, locale);
		boolean overdue = report.dueOn().isBefore(today);
		Object[] args = { kind, project.title(), DATE.format(report.dueOn()), baseUrl + "/prosjekter/" + project.id() };
		String key = overdue ? "project.reminder.overdue" : "project.reminder.soon";
		String subject = messages.getMessage(key + ".subject", args, locale);
		String text = messages.getMessage(key + ".text", args, locale);
		mailer.enqueue(new OutgoingMail(cluster.id(), "project-report-reminder:" + report.reportId() + ":" + today,
				project.applicantEmail(), subject, text, List.of()));
	}

}
