package klynge.funding.project;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One of a project's reports, with every submission (newest last). */
public record Report(UUID id, UUID projectId, ReportKind kind, LocalDate dueOn, ReportStatus status, int version,
		List<ReportVersion> versions) {

	public boolean overdue(LocalDate today) {
		return status.waitsForApplicant() && dueOn.isBefore(today);
	}

	/** The latest submission, or null before the first. */
	public ReportVersion latest() {
		return versions.isEmpty() ? null : versions.getLast();
	}

}
