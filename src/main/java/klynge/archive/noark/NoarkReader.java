package klynge.archive.noark;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntConsumer;

import klynge.archive.noark.NoarkRecord.Body;
import klynge.archive.noark.NoarkRecord.Document;
import klynge.archive.noark.NoarkRecord.DocumentFile;
import klynge.archive.noark.NoarkRecord.Meeting;
import klynge.archive.noark.NoarkRecord.Participant;
import klynge.archive.noark.NoarkRecord.Registration;
import klynge.archive.noark.NoarkRecord.Screening;
import klynge.body.BodyDirectory;
import klynge.body.BodySummary;
import klynge.cluster.Cluster;
import klynge.cluster.CurrentCluster;
import klynge.document.MeetingDocuments;
import klynge.meeting.Access;
import klynge.meeting.Agenda;
import klynge.meeting.AgendaItem;
import klynge.meeting.AgendaItemType;
import klynge.meeting.MeetingHistoryEntry;
import klynge.meeting.MeetingStatus;
import klynge.meeting.Meetings;
import klynge.meeting.Viewer;
import klynge.meeting.attendance.Attendance;
import klynge.meeting.attendance.Attendee;
import klynge.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Reads what an arkivuttrekk of the current cluster holds, through the owning modules'
 * public APIs: the meetings of the period whose minutes are approved (a closed record),
 * their agenda items, attendance, and the summons and minutes as PDF/A. The archive gets
 * the whole record, exempt content included, as staff see it; what the public may not
 * read is marked with skjerming, and minutes holding exempt items come with their public
 * version too ({@link Viewer#ANONYMOUS}, the one visibility rule).
 */
@Component
class NoarkReader {

	static final String ARCHIVE_VARIANT = "Arkivformat";

	static final String SCREENED_VARIANT = "Dokument hvor deler av innholdet er skjermet";

	/** The archive takes the whole record: staff who also see exempt content. */
	private static final Viewer ARCHIVIST = new Viewer(null, true, false, true, true);

	private final CurrentCluster cluster;

	private final Meetings meetings;

	private final Agenda agenda;

	private final Attendance attendance;

	private final BodyDirectory bodies;

	private final MeetingDocuments documents;

	NoarkReader(CurrentCluster cluster, Meetings meetings, Agenda agenda, Attendance attendance, BodyDirectory bodies,
			MeetingDocuments documents) {
		this.cluster = cluster;
		this.meetings = meetings;
		this.agenda = agenda;
		this.attendance = attendance;
		this.bodies = bodies;
		this.documents = documents;
	}

	/**
	 * The meetings the period's extraction would hold (for a quick "nothing to export").
	 */
	List<klynge.meeting.Meeting> meetingsOf(NoarkPeriod period) {
		return meetings.between(period.from(), period.to())
			.stream()
			.filter(m -> m.status() == MeetingStatus.MINUTES_APPROVED)
			.toList();
	}

	/**
	 * Reads the period; {@code progress} hears the share done (0–100) after each meeting,
	 * whose documents take most of the time.
	 */
	NoarkRecord read(NoarkPeriod period, IntConsumer progress) {
		Cluster current = cluster.get();
		ZoneId zone = current.zone();
		List<klynge.meeting.Meeting> chosen = meetingsOf(period);
		Map<UUID, List<Meeting>> byBody = new LinkedHashMap<>();
		Map<String, Integer> numbers = new LinkedHashMap<>();
		int done = 0;
		for (klynge.meeting.Meeting meeting : chosen) {
			String key = meeting.bodyId() + "/" + meeting.meetingDate().getYear();
			int number = numbers.merge(key, 1, Integer::sum);
			byBody.computeIfAbsent(meeting.bodyId(), id -> new ArrayList<>())
				.add(meeting(meeting, meeting.meetingDate().getYear() + "/" + number, zone));
			progress.accept(++done * 100 / chosen.size());
		}
		List<Body> classes = new ArrayList<>();
		for (BodySummary body : bodies.bodies(current.id())) {
			List<Meeting> held = byBody.get(body.id());
			if (held != null) {
				classes.add(new Body(body.id(), body.name(), held.getFirst().createdAt(), held));
			}
		}
		return new NoarkRecord(current.name(), period, OffsetDateTime.now(zone), classes);
	}

	private Meeting meeting(klynge.meeting.Meeting meeting, String number, ZoneId zone) {
		String bodyName = meetings.bodyName(meeting);
		List<MeetingHistoryEntry> history = meetings.history(meeting.id());
		OffsetDateTime start = meeting.meetingDate()
			.atTime(meeting.startsAt() == null ? LocalTime.NOON : meeting.startsAt())
			.atZone(zone)
			.toOffsetDateTime();
		OffsetDateTime created = history.isEmpty() ? start : history.getFirst().occurredAt();
		OffsetDateTime closed = history.stream()
			.filter(h -> h.toStatus() == MeetingStatus.MINUTES_APPROVED)
			.map(MeetingHistoryEntry::occurredAt)
			.reduce((a, b) -> b)
			.orElse(start);
		List<AgendaItem> items = agenda.items(meeting.id()).stream().filter(i -> i.parentId() == null).toList();
		List<Registration> registrations = new ArrayList<>();
		String date = meeting.meetingDate().toString();
		document(meeting.id(), false).ifPresent(
				summons -> registrations.add(new Registration(uuid(meeting.id(), "summons"), number + "-innkalling",
						"Innkalling " + bodyName + " " + date, "Innkalling " + bodyName + " " + date, "Møteinnkalling",
						"Møteinnkalling", null, List.of(summons))));
		boolean exemptItems = false;
		for (AgendaItem item : items) {
			boolean exempt = item.access() == Access.EXEMPT;
			exemptItems |= exempt;
			String id = item.caseNumber() == null ? number + "-" + item.position() : "Sak " + item.caseNumber();
			String publicTitle = exempt ? (item.publicTitle() == null ? "Unntatt offentlighet" : item.publicTitle())
					: item.title();
			Screening screening = exempt ? new Screening(item.exemptionBasis(), item.exemptionEnds(), true) : null;
			registrations.add(new Registration(item.id(), id, item.title(), publicTitle, "Utvalgsbehandling",
					caseType(item.type()), screening, List.of()));
		}
		Document minutes = minutes(meeting.id(), exemptItems);
		Screening partly = exemptItems ? new Screening(items.stream()
			.filter(i -> i.access() == Access.EXEMPT)
			.map(AgendaItem::exemptionBasis)
			.distinct()
			.reduce((a, b) -> a + ", " + b)
			.orElse(""), null, false) : null;
		registrations.add(new Registration(uuid(meeting.id(), "minutes"), number + "-protokoll",
				"Referat " + bodyName + " " + date, "Referat " + bodyName + " " + date, "Møteprotokoll",
				"Møteprotokoll", partly, List.of(minutes)));
		List<Attendee> attendees = attendance.sheet(meeting.id()).attendees();
		List<Participant> participants = attendees.stream()
			.filter(a -> a.status() != null && (a.status().attended() || a.deputyName() != null))
			.map(NoarkReader::participant)
			.toList();
		if (participants.isEmpty()) {
			// møtemappe wants at least one møtedeltaker; say plainly that none was
			// recorded
			participants = List.of(new Participant("Oppmøte ikke registrert", null));
		}
		return new Meeting(meeting.id(), number, bodyName + " " + date, bodyName, meeting.meetingDate(),
				meeting.place(), created, closed, "klynge", participants, registrations);
	}

	private static Participant participant(Attendee attendee) {
		String section = switch (attendee.section()) {
			case MEMBER -> "Medlem";
			case OBSERVER -> "Observatør";
			case SECRETARIAT -> "Sekretariat";
			case GUEST -> "Gjest";
		};
		boolean seat = attendee.seat() != null && !attendee.seat().isBlank();
		String function = seat ? section + ", " + attendee.seat() : section;
		// a deputy who met in a member's place is the participant
		return attendee.status().attended() ? new Participant(attendee.name(), function)
				: new Participant(attendee.deputyName(), function + ", vara for " + attendee.name());
	}

	private java.util.Optional<Document> document(UUID meetingId, boolean minutes) {
		try {
			byte[] pdf = minutes ? documents.minutesPdf(meetingId, ARCHIVIST)
					: documents.summonsPdf(meetingId, ARCHIVIST);
			String title = minutes ? documents.minutesFileName(meetingId, ARCHIVIST)
					: documents.summonsFileName(meetingId, ARCHIVIST);
			UUID id = uuid(meetingId, minutes ? "minutes-document" : "summons-document");
			return java.util.Optional
				.of(new Document(id, minutes ? "Møteprotokoll" : "Møteinnkalling", title, List.of(file(id, "", pdf))));
		}
		catch (NotFoundException ex) {
			return java.util.Optional.empty();
		}
	}

	/** The minutes, and where they hold exempt items, their public version too. */
	private Document minutes(UUID meetingId, boolean exemptItems) {
		Document whole = document(meetingId, true)
			.orElseThrow(() -> new IllegalStateException("approved minutes without a document: " + meetingId));
		if (!exemptItems) {
			return whole;
		}
		byte[] screened = documents.minutesPdf(meetingId, Viewer.ANONYMOUS);
		List<DocumentFile> files = new ArrayList<>(whole.files());
		files.add(new DocumentFile(SCREENED_VARIANT, "dokumenter/" + whole.id() + "-skjermet.pdf", screened,
				sha256(screened)));
		return new Document(whole.id(), whole.kind(), whole.title(), files);
	}

	private static DocumentFile file(UUID id, String suffix, byte[] pdf) {
		return new DocumentFile(ARCHIVE_VARIANT, "dokumenter/" + id + suffix + ".pdf", pdf, sha256(pdf));
	}

	/**
	 * A stable id for what Klynge keeps without one (a meeting's summons and minutes).
	 */
	private static UUID uuid(UUID meetingId, String what) {
		return UUID.nameUUIDFromBytes((meetingId + "/" + what).getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	private static String caseType(AgendaItemType type) {
		return switch (type) {
			case INFORMATION -> "Orienteringssak";
			case OTHER_BUSINESS -> "Eventuelt";
			case APPROVAL -> "Godkjenning";
			case DISCUSSION -> "Drøftingssak";
			case DECISION -> "Vedtakssak";
			case ELECTION -> "Valg";
		};
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
