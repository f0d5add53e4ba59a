package klynge.importing;

import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import klynge.body.BodyDirectory;
import klynge.body.BodySummary;
import klynge.cluster.CurrentCluster;
import klynge.followup.FollowUpForm;
import klynge.followup.FollowUpStatus;
import klynge.followup.FollowUps;
import klynge.meeting.Access;
import klynge.meeting.Agenda;
import klynge.meeting.AgendaItemForm;
import klynge.meeting.attendance.Attendance;
import klynge.meeting.ItemDocumentForm;
import klynge.meeting.MeetingForm;
import klynge.meeting.MeetingStatus;
import klynge.meeting.Meetings;
import klynge.minutes.ItemMinutesForm;
import klynge.minutes.MinutesEditing;
import klynge.organisation.OrganisationDirectory;
import klynge.organisation.People;
import klynge.organisation.PersonForm;
import klynge.organisation.PersonRef;
import klynge.shared.WebLinks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Import of existing minutes: a preview of what a file becomes (meeting, attendance with
 * the people matched, items), then, when confirmed, one transaction per file that creates
 * the meeting, attendance, items, minutes and follow-ups as approved history. The same
 * file (by SHA-256) is imported once per cluster.
 */
@Service
public class ImportService {

	/**
	 * What a file would become, or why it cannot be imported. What the file does not say
	 * (its date, a body of the cluster) is asked for in the preview:
	 * {@code suggestedDate} from the file name, {@code suggestedBodyId} the body whose
	 * name the heading comes closest to.
	 */
	public record FilePreview(String fileName, String sha256, ImportedMinutes minutes, ImportException error,
			UUID alreadyImportedMeeting, UUID bodyId, List<PersonMatch> people, LocalDate suggestedDate,
			UUID suggestedBodyId, List<ImportWarning> warnings, List<MinutesReader.Unplaced> unplaced) {

		public boolean importable() {
			return minutes != null && error == null && alreadyImportedMeeting == null;
		}

		/** The form field of the meeting date chosen in the preview. */
		public String dateKey() {
			return "date:" + sha256;
		}

		/** The form field of the body chosen in the preview. */
		public String bodyKey() {
			return "body:" + sha256;
		}
	}

	private final ImportedDocuments documents;

	private final Meetings meetings;

	private final Agenda agenda;

	private final Attendance attendance;

	private final MinutesEditing minutes;

	private final FollowUps followUps;

	private final People people;

	private final OrganisationDirectory registry;

	private final BodyDirectory bodies;

	private final CurrentCluster cluster;

	ImportService(ImportedDocuments documents, Meetings meetings, Agenda agenda, Attendance attendance,
			MinutesEditing minutes, FollowUps followUps, People people, OrganisationDirectory registry,
			BodyDirectory bodies, CurrentCluster cluster) {
		this.documents = documents;
		this.meetings = meetings;
		this.agenda = agenda;
		this.attendance = attendance;
		this.minutes = minutes;
		this.followUps = followUps;
		this.people = people;
		this.registry = registry;
		this.bodies = bodies;
		this.cluster = cluster;
	}

	public FilePreview preview(String fileName, byte[] content) {
		UUID clusterId = cluster.id();
		String sha = sha256(content);
		Optional<UUID> existing = documents.meetingOf(clusterId, sha);
		if (documents.exists(clusterId, sha)) {
			return new FilePreview(fileName, sha, null, null, existing.orElse(new UUID(0, 0)), null, List.of(), null,
					null, List.of(), List.of());
		}
		try {
			MinutesReader.Reading reading = MinutesReader.reading(fileName, content);
			ImportedMinutes read = reading.minutes();
			Optional<UUID> body = body(clusterId, read);
			return new FilePreview(fileName, sha, read, null, null, body.orElse(null), match(clusterId, read),
					read.date() == null ? MeetingFacts.findDate(fileName) : null,
					body.or(() -> closestBody(clusterId, read.bodyName())).orElse(null), reading.warnings(),
					reading.unplaced());
		}
		catch (ImportException ex) {
			return new FilePreview(fileName, sha, null, ex, null, null, List.of(), null, null, List.of(), List.of());
		}
	}

	/** The body with this name on the meeting date (or today). */
	Optional<UUID> body(UUID clusterId, ImportedMinutes read) {
		if (read.bodyName() == null) {
			return Optional.empty();
		}
		for (BodySummary body : bodies.bodies(clusterId)) {
			if (read.date() != null
					&& read.bodyName().equalsIgnoreCase(bodies.nameOn(clusterId, body.id(), read.date()))
					|| read.bodyName().equalsIgnoreCase(body.name())) {
				return Optional.of(body.id());
			}
		}
		return Optional.empty();
	}

	/**
	 * The body whose name the heading's body name contains or is contained in ("Styremøte
	 * i X" ~ "Styret").
	 */
	Optional<UUID> closestBody(UUID clusterId, String headingName) {
		if (headingName == null || headingName.isBlank()) {
			return Optional.empty();
		}
		String heading = letters(headingName);
		UUID best = null;
		int bestLength = 0;
		for (BodySummary body : bodies.bodies(clusterId)) {
			String name = letters(body.name());
			if (name.length() >= 4 && (heading.contains(name) || name.contains(heading))
					&& name.length() > bestLength) {
				best = body.id();
				bestLength = name.length();
			}
		}
		return Optional.ofNullable(best);
	}

	private static String letters(String text) {
		return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
	}

	List<PersonMatch> match(UUID clusterId, ImportedMinutes read) {
		Map<String, PersonMatch> matches = new LinkedHashMap<>();
		List<PersonRef> all = registry.people(clusterId);
		for (ImportedAttendee row : read.attendees()) {
			matches.computeIfAbsent(row.name(), name -> match(clusterId, all, name, row.code()));
			if (row.deputyName() != null) {
				matches.computeIfAbsent(row.deputyName(), name -> match(clusterId, all, name, null));
			}
		}
		return List.copyOf(matches.values());
	}

	private PersonMatch match(UUID clusterId, List<PersonRef> all, String name, String code) {
		return PeopleMatcher.match(name, code, all);
	}

	/**
	 * Creates what the preview showed, in one transaction. {@code choices} maps
	 * {@link PersonMatch#choiceKey()} to "new" (create the person with the code) or a
	 * person id.
	 * @return the new meeting
	 */
	@Transactional
	public UUID commit(FilePreview preview, Map<String, String> choices) {
		UUID clusterId = cluster.id();
		if (documents.exists(clusterId, preview.sha256())) {
			throw new ImportException(preview.fileName(), 0, "importing.expected.new");
		}
		if (preview.error() != null) {
			throw preview.error();
		}
		ImportedMinutes read = preview.minutes();
		UUID bodyId = preview.bodyId() != null ? preview.bodyId()
				: chosenBody(clusterId, choices.get(preview.bodyKey())).or(() -> body(clusterId, read)).orElse(null);
		if (bodyId == null) {
			throw new ImportException(preview.fileName(), 0, "importing.expected.body",
					String.valueOf(read.bodyName()));
		}
		LocalDate date = read.date() != null ? read.date() : chosenDate(choices.get(preview.dateKey()));
		if (date == null) {
			throw new ImportException(preview.fileName(), 0, "importing.expected.date");
		}
		Map<String, UUID> persons = new LinkedHashMap<>();
		for (PersonMatch match : preview.people()) {
			persons.put(match.name(), resolve(clusterId, match, choices.get(match.choiceKey())));
		}
		// a follow-up's owner code means the person the document's attendance gave that
		// code, as resolved above; not whoever holds the code in this cluster
		Map<String, String> owners = new LinkedHashMap<>();
		for (ImportedAttendee row : read.attendees()) {
			if (row.code() != null) {
				UUID person = persons.get(row.name());
				owners.putIfAbsent(row.code().toUpperCase(Locale.ROOT),
						person == null ? null : registry.person(clusterId, person).map(PersonRef::code).orElse(null));
			}
		}
		String place = read.place() == null || read.online() ? null : cut(read.place(), 300);
		boolean timesOk = read.startsAt() == null || read.endsAt() == null || read.endsAt().isAfter(read.startsAt());
		MeetingForm form = new MeetingForm(bodyId, date, read.startsAt(), timesOk ? read.endsAt() : null, place, null,
				null, null, null, 0);
		UUID chair = read.chair() == null ? null : persons.get(read.chair().name());
		UUID chairFor = read.chair() == null ? null : persons.get(read.chair().standsInFor());
		UUID meetingId = meetings.importMeeting(form, chair, chairFor);
		int order = 0;
		for (ImportedAttendee row : read.attendees()) {
			UUID person = persons.get(row.name());
			UUID deputy = row.deputyName() == null ? null : persons.get(row.deputyName());
			attendance.importRow(meetingId, row.section(), person, cut(row.name(), 200), cut(row.seat(), 200),
					row.summoned(), row.status(), deputy, ++order);
		}
		int year = date.getYear();
		// lines before the first item that the parser could not place go, marked
		// uncertain, to the first item
		List<String> unplaced = read.uncertain();
		Set<Integer> numbers = new HashSet<>();
		for (ImportedItem item : read.items()) {
			Integer seq = item.year() != null && item.year() == year && numbers.add(item.sequence()) ? item.sequence()
					: null;
			UUID itemId = item(meetingId, null, item, seq, unplaced, owners);
			unplaced = List.of();
			for (ImportedItem sub : item.subItems()) {
				item(meetingId, itemId, sub, null, List.of(), owners);
			}
		}
		meetings.markImported(meetingId, MeetingStatus.HELD);
		minutes.importApproved(meetingId, date);
		if (!documents.insert(clusterId, preview.sha256(), preview.fileName(), meetingId)) {
			throw new ImportException(preview.fileName(), 0, "importing.expected.new");
		}
		return meetingId;
	}

	private Optional<UUID> chosenBody(UUID clusterId, String choice) {
		if (choice == null || choice.isBlank()) {
			return Optional.empty();
		}
		return bodies.bodies(clusterId)
			.stream()
			.map(BodySummary::id)
			.filter(id -> id.toString().equals(choice.strip()))
			.findFirst();
	}

	private static LocalDate chosenDate(String choice) {
		if (choice == null || choice.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(choice.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private UUID item(UUID meetingId, UUID parentId, ImportedItem item, Integer seq, List<String> unplaced,
			Map<String, String> owners) {
		UUID clusterId = cluster.id();
		AgendaItemForm form = new AgendaItemForm(parentId, item.type(), cut(item.title(), 500), null,
				cut(item.presenter(), 500), item.proposal(), null, null, item.raisedAtMeeting(), Access.PUBLIC, null,
				null, null, 0);
		UUID itemId = agenda.importItem(meetingId, form, seq);
		for (ImportedItem.Link link : item.documents()) {
			if (!WebLinks.isLink(link.url())) {
				continue; // the parser keeps such links as text; this is the last guard
							// before a public page
			}
			agenda.importDocument(itemId,
					new ItemDocumentForm(cut(link.title().isBlank() ? link.url() : link.title(), 500),
							cut(link.url(), 2000), Access.PUBLIC, null, null, null));
		}
		List<String> notes = new ArrayList<>();
		if (item.notes() != null) {
			notes.add(item.notes());
		}
		unplaced.forEach(text -> notes.add("_(usikker import)_ " + text));
		item.uncertain().forEach(text -> notes.add("_(usikker import)_ " + text));
		List<ImportedItem.FollowUp> owned = new ArrayList<>();
		for (ImportedItem.FollowUp followUp : item.followUps()) {
			String code = followUp.ownerCode().toUpperCase(Locale.ROOT);
			String owner = owners.containsKey(code) ? owners.get(code)
					: registry.personByCode(clusterId, code).map(PersonRef::code).orElse(null);
			if (owner != null) {
				owned.add(new ImportedItem.FollowUp(owner, followUp.description()));
			}
			else {
				notes.add("_(usikker import)_ *" + followUp.description() + "*");
			}
		}
		if (!notes.isEmpty() || item.decision() != null || item.feedbackHeading() != null) {
			minutes.importItemMinutes(itemId,
					new ItemMinutesForm(notes.isEmpty() ? null : String.join("\n\n", notes), item.feedbackHeading(),
							item.feedback().isEmpty() ? null : String.join("\n", item.feedback()), item.decision(), 0));
		}
		for (ImportedItem.FollowUp followUp : owned) {
			followUps.add(itemId,
					new FollowUpForm(followUp.ownerCode(), null, followUp.description(), null, FollowUpStatus.OPEN, 0));
		}
		return itemId;
	}

	/**
	 * The person the user chose for a name; without a choice the match, or a new person
	 * when there is none.
	 */
	private UUID resolve(UUID clusterId, PersonMatch match, String choice) {
		if (choice == null || choice.isBlank()) {
			choice = match.matched() ? match.person().id().toString() : "new";
		}
		if ("guest".equals(choice)) {
			return null;
		}
		if (!"new".equals(choice)) {
			try {
				UUID id = UUID.fromString(choice);
				return registry.person(clusterId, id)
					.map(PersonRef::id)
					.orElseThrow(() -> new ImportException("", 0, "importing.expected.person", match.name()));
			}
			catch (IllegalArgumentException ex) {
				throw new ImportException("", 0, "importing.expected.person", match.name());
			}
		}
		String code = freeCode(clusterId, match.code() != null ? match.code() : initials(match.name()));
		return people.create(new PersonForm(cut(match.name(), 200), code, null, null, null, null, null));
	}

	private String freeCode(UUID clusterId, String wanted) {
		String base = wanted.toUpperCase(Locale.ROOT).replaceAll("[^A-ZÆØÅ]", "");
		if (base.length() < 2) {
			base = (base + "XX").substring(0, 2);
		}
		base = base.length() > 5 ? base.substring(0, 5) : base;
		if (registry.personByCode(clusterId, base).isEmpty()) {
			return base;
		}
		for (char c = 'A'; c <= 'Z'; c++) {
			if (registry.personByCode(clusterId, base + c).isEmpty()) {
				return base + c;
			}
		}
		throw new ImportException("", 0, "importing.expected.person", wanted);
	}

	static String initials(String name) {
		StringBuilder initials = new StringBuilder();
		for (String part : name.strip().split("[\\s-]+")) {
			if (!part.isEmpty() && Character.isLetter(part.charAt(0))) {
				initials.append(Character.toUpperCase(part.charAt(0)));
			}
		}
		return initials.toString();
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String cut(String value, int max) {
		return value == null || value.length() <= max ? value : value.substring(0, max);
	}

}
