package klynge.funding.project;

import java.time.Instant;
import java.util.UUID;

/** One submission of a report and the secretariat's decision on it. */
public record ReportVersion(UUID id, int number, String text, String fileName, Integer fileSize, Instant submittedAt,
		String submittedBy, ReportStatus decision, String comment, Instant decidedAt, String decidedBy) {
}
