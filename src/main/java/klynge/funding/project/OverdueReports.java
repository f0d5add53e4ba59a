package klynge.funding.project;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import klynge.security.CurrentUser;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;

/**
 * The project reports past their due date that the applicant still owes, for the
 * secretariat's start page (published as {@code funding :: project}). Empty for anyone
 * but staff.
 */
@Service
@NamedInterface("project")
public class OverdueReports {

	/** One overdue report: its project, kind and due date. */
	public record Overdue(UUID projectId, String projectTitle, ReportKind kind, LocalDate dueOn) {

		/** The message key of the report's kind ("Framdriftsrapport"). */
		public String kindKey() {
			return "project.report.kind." + kind.name();
		}
	}

	private final Projects projects;

	private final CurrentUser user;

	OverdueReports(Projects projects, CurrentUser user) {
		this.projects = projects;
		this.user = user;
	}

	/** The oldest due first, at most {@code limit}. */
	public List<Overdue> forStaff(int limit) {
		if (!user.isStaff()) {
			return List.of();
		}
		LocalDate today = projects.today();
		return projects.list()
			.stream()
			.filter(Projects.Listed::overdue)
			.flatMap(listed -> listed.reports()
				.stream()
				.filter(report -> report.overdue(today))
				.map(report -> new Overdue(listed.project().id(), listed.project().title(), report.kind(),
						report.dueOn())))
			.sorted(java.util.Comparator.comparing(Overdue::dueOn))
			.limit(limit)
			.toList();
	}

}
