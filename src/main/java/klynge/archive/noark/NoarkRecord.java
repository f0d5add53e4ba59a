package klynge.archive.noark;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * What one arkivuttrekk holds, read from the meeting, minutes and document modules before
 * any XML is written: the bodies as classes, their meetings as møtemapper, and the agenda
 * items and documents as møteregistreringer.
 */
record NoarkRecord(String clusterName, NoarkPeriod period, OffsetDateTime extractedAt, List<Body> bodies) {

	int meetings() {
		return bodies.stream().mapToInt(b -> b.meetings().size()).sum();
	}

	List<Document> documents() {
		return bodies.stream()
			.flatMap(b -> b.meetings().stream())
			.flatMap(m -> m.registrations().stream())
			.flatMap(r -> r.documents().stream())
			.toList();
	}

	/** A body (organ) as a class of the classification system. */
	record Body(UUID id, String name, OffsetDateTime createdAt, List<Meeting> meetings) {
	}

	/**
	 * A meeting with approved minutes.
	 *
	 * @param number the meeting's number within its body and year: "2023/2"
	 * @param bodyName the body's name on the meeting date (utvalg)
	 */
	record Meeting(UUID id, String number, String title, String bodyName, LocalDate date, String place,
			OffsetDateTime createdAt, OffsetDateTime closedAt, String createdBy, List<Participant> participants,
			List<Registration> registrations) {
	}

	record Participant(String name, String function) {
	}

	/**
	 * A møteregistrering: an agenda item ("Sak 03-23"), or the meeting's summons or
	 * minutes.
	 *
	 * @param type møteregistreringstype: "Utvalgsbehandling", "Møteinnkalling",
	 * "Møteprotokoll"
	 * @param caseType møtesakstype: "Orienteringssak", "Vedtakssak", …
	 * @param publicTitle the title the public may read (the public title of an exempt
	 * item)
	 * @param screening the legal screening of an exempt item or of minutes holding one,
	 * or null
	 */
	record Registration(UUID id, String registrationId, String title, String publicTitle, String type, String caseType,
			Screening screening, List<Document> documents) {
	}

	/**
	 * Skjerming: the legal basis ("offl. § 14") and, where set, the day it ends.
	 *
	 * @param whole whether the whole registration is screened (an exempt item) or only
	 * parts of its document (minutes with an exempt item)
	 */
	record Screening(String basis, LocalDate endsOn, boolean whole) {
	}

	/**
	 * A document with its PDF/A files: the archive version and, for minutes with exempt
	 * items, the public version with those items screened.
	 */
	record Document(UUID id, String kind, String title, List<DocumentFile> files) {
	}

	/**
	 * @param variant "Arkivformat" or "Dokument hvor deler av innholdet er skjermet"
	 * @param path "dokumenter/….pdf" inside the extraction
	 */
	record DocumentFile(String variant, String path, byte[] content, String sha256) {
	}

}
