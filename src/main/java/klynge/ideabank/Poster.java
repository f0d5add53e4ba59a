package klynge.ideabank;

import java.util.UUID;

/**
 * A poster as the public sees it in the idea bank: no e-mail, the student's name only
 * with consent ({@code student} is null otherwise).
 */
record Poster(UUID id, String title, String summary, String studyProgramme, String institution, String supervisor,
		String topic, String student, boolean thesisIdea, int year, UUID eventId, String eventTitle,
		Integer posterBytes) {

	Poster withEventTitle(String title) {
		return new Poster(id, this.title, summary, studyProgramme, institution, supervisor, topic, student, thesisIdea,
				year, eventId, title, posterBytes);
	}

}
