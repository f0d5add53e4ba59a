package klynge.funding.project;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A project: an award with what the application said about it. {@code vedtak} is the
 * agenda item that carried the proposal, when the award names one.
 */
public record Project(UUID id, UUID applicationId, String title, String leadName, String organisations,
		BigDecimal amount, UUID fundId, String fundName, UUID callId, String callTitle, int year, LocalDate periodFrom,
		LocalDate periodTo, Instant decidedAt, Vedtak vedtak, UUID applicantAccountId, String applicantName,
		String applicantEmail, UUID committeeBodyId, UUID decidingBodyId) {

	/** The item of the vedtak: its meeting, date and case number ("Sak 03-23"). */
	public record Vedtak(UUID meetingId, UUID itemId, LocalDate meetingDate, String caseNumber, String title) {
	}

}
