package klynge.ideabank;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A submission as the organisers see it (with the student's e-mail). */
record Submission(UUID id, UUID callId, String title, String summary, String studyProgramme, String institution,
		String supervisor, String topic, String studentName, String email, boolean showName, boolean thesisIdea,
		String posterName, Integer posterBytes, SubmissionStatus status, String decisionComment, UUID sessionId,
		LocalDate slotDay, LocalTime slotStartsAt, LocalTime slotEndsAt, String slotSession, OffsetDateTime submittedAt,
		int version) {

	public boolean slotted() {
		return slotDay != null;
	}

	/** The name to show publicly: the student's with consent, else none. */
	public String publicName() {
		return showName ? studentName : null;
	}

}
