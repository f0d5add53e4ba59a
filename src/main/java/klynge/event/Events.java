package klynge.event;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import klynge.cluster.Cluster;
import klynge.cluster.CurrentCluster;
import klynge.organisation.OrganisationDirectory;
import klynge.organisation.OrganisationRef;
import klynge.security.CurrentUser;
import klynge.shared.EditConflict;
import klynge.shared.NotFoundException;
import klynge.shared.RuleViolation;
import klynge.shared.SecretTokens;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Events and registrations. Registering and cancelling lock the event's row, so the
 * capacity holds with many registering at once and the waiting list keeps its order.
 * Drafts are for staff only (404 to everyone else).
 */
@Service
public class Events {

	private final EventRepository repository;

	private final CurrentCluster cluster;

	private final CurrentUser user;

	private final EventMails mails;

	private final OrganisationDirectory organisations;

	Events(EventRepository repository, CurrentCluster cluster, CurrentUser user, EventMails mails,
			OrganisationDirectory organisations) {
		this.repository = repository;
		this.cluster = cluster;
		this.user = user;
		this.mails = mails;
		this.organisations = organisations;
	}

	/**
	 * The participant numbers of the events (not drafts) that start in the given year, in
	 * the cluster's zone, for the annual report.
	 */
	public List<ParticipantNumbers> participantNumbers(int year) {
		Cluster c = cluster.get();
		ZoneId zone = c.zone();
		return repository.numbers(c.id(), LocalDate.of(year, 1, 1).atStartOfDay(zone).toOffsetDateTime(),
				LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toOffsetDateTime(), zone.getId());
	}

	ZoneId zone() {
		return cluster.get().zone();
	}

	// --- for other modules (the idea bank)

	/** The events of the cluster that are not drafts, the latest first. */
	public List<EventRef> publicEvents() {
		ZoneId zone = zone();
		return repository.published(cluster.id()).stream().map(e -> EventRef.of(e, zone)).toList();
	}

	/** An event of the cluster by id (drafts too: the caller decides who sees what). */
	public java.util.Optional<EventRef> ref(UUID id) {
		return repository.find(cluster.id(), id).map(e -> EventRef.of(e, zone()));
	}

	/** An event of the cluster by the slug of its page, drafts excluded. */
	public java.util.Optional<EventRef> ref(String slug) {
		return repository.bySlug(cluster.id(), slug)
			.filter(e -> e.status() != EventStatus.DRAFT)
			.map(e -> EventRef.of(e, zone()));
	}

	/**
	 * Puts a session in the event's public program on the given day (the day is added
	 * when the program has none yet); the caller has checked the times and the title.
	 * @return the session's id, for {@link #unschedule}
	 */
	@Transactional
	public UUID schedule(UUID eventId, LocalDate day, LocalTime start, LocalTime end, String title, String room,
			String speakers) {
		UUID clusterId = cluster.id();
		get(eventId);
		UUID dayId = repository.dayOf(clusterId, eventId, day)
			.orElseGet(() -> repository.insertDay(clusterId, eventId, day, null));
		return repository.insertSession(clusterId, dayId, start, end, title, blankToNull(room), blankToNull(speakers));
	}

	/** Takes a session that {@link #schedule} added out of the program again. */
	@Transactional
	public void unschedule(UUID eventId, UUID sessionId) {
		repository.deleteSession(cluster.id(), eventId, sessionId);
	}

	/**
	 * The events other modules may link to (published or cancelled, never drafts) of the
	 * cluster, the latest first.
	 */
	public List<EventLink> links(UUID clusterId) {
		ZoneId zone = cluster.get().zone();
		return repository.published(clusterId).stream().map(e -> EventLink.of(e, zone)).toList();
	}

	/** Those of the given events that others may link to, the latest first. */
	public List<EventLink> links(UUID clusterId, java.util.Collection<UUID> ids) {
		return links(clusterId).stream().filter(e -> ids.contains(e.id())).toList();
	}

	// --- the public side

	/** Published and cancelled events (drafts too for staff), the latest first. */
	List<Event> visible() {
		return user.isStaff() ? repository.events(cluster.id()) : repository.published(cluster.id());
	}

	EventPage page(String slug) {
		return page(visibleOrThrow(repository.bySlug(cluster.id(), slug).orElse(null), slug));
	}

	EventPage page(UUID id) {
		return page(visibleOrThrow(repository.find(cluster.id(), id).orElse(null), id));
	}

	private Event visibleOrThrow(Event event, Object key) {
		if (event == null || event.status() == EventStatus.DRAFT && !user.isStaff()) {
			throw new NotFoundException("event", key);
		}
		return event;
	}

	private EventPage page(Event event) {
		UUID clusterId = cluster.id();
		EventRepository.Counts counts = repository.counts(clusterId, event.id());
		return new EventPage(event, repository.program(clusterId, event.id()), organisers(event.id()),
				repository.questions(clusterId, event.id()), counts,
				RegistrationRules.placesLeft(event.capacity(), counts.confirmed()),
				RegistrationRules.closedBecause(event, Instant.now()));
	}

	private List<EventOrganiser> organisers(UUID eventId) {
		UUID clusterId = cluster.id();
		return repository.organisers(clusterId, eventId)
			.stream()
			.map(o -> o.organisationId() == null ? o
					: new EventOrganiser(o.id(), o.organisationId(),
							organisations.organisation(clusterId, o.organisationId())
								.map(OrganisationRef::name)
								.orElse(o.name())))
			.toList();
	}

	/**
	 * The outcome of registering: a place, or the waiting list at this rank (1 = next).
	 */
	record Registered(RegistrationStatus status, int waitingRank, String email) {
	}

	/**
	 * Registers for a published event open for registration: a place while the capacity
	 * lasts, else the waiting list; the mail goes out after commit.
	 * @throws Refused with the form's mistakes, or why registration is closed
	 */
	@Transactional
	Registered register(String slug, RegistrationForm form, Locale locale) {
		Cluster c = cluster.get();
		Event found = repository.bySlug(c.id(), slug)
			.filter(e -> e.status() != EventStatus.DRAFT)
			.orElseThrow(() -> new NotFoundException("event", slug));
		Event event = repository.lock(c.id(), found.id()).orElseThrow();
		String closed = RegistrationRules.closedBecause(event, Instant.now());
		if (closed != null) {
			throw new Refused("registration", closed);
		}
		Map<String, String> mistakes = RegistrationRules.mistakes(form, repository.questions(c.id(), event.id()));
		if (mistakes.isEmpty() && repository.registered(c.id(), event.id(), form.email())) {
			mistakes = Map.of("email", "event.register.email.taken");
		}
		if (!mistakes.isEmpty()) {
			throw new Refused(mistakes);
		}
		EventRepository.Counts counts = repository.counts(c.id(), event.id());
		RegistrationRules.Placement placement = RegistrationRules.place(event.capacity(), counts.confirmed(),
				repository.lastWaitingPosition(c.id(), event.id()));
		String token = SecretTokens.newToken();
		UUID id = repository.insertRegistration(c.id(), event.id(), form, placement.status(),
				placement.waitingPosition(), SecretTokens.hash(token));
		int rank = placement.status() == RegistrationStatus.WAITING ? counts.waiting() + 1 : 0;
		mails.registered(c.id(), c.zone(), event, id, form.name(), form.email(), placement.status(), rank, token,
				locale);
		return new Registered(placement.status(), rank, form.email());
	}

	/** What a cancellation link opens: the registration and its event. */
	record Cancellation(Event event, Registration registration) {
	}

	Cancellation cancellation(String token) {
		UUID clusterId = cluster.id();
		Registration registration = repository.byToken(clusterId, SecretTokens.hash(token))
			.filter(r -> r.status() != RegistrationStatus.CANCELLED && !r.anonymised())
			.orElseThrow(LinkGone::new);
		return new Cancellation(repository.find(clusterId, registration.eventId()).orElseThrow(), registration);
	}

	/**
	 * Cancels by the personal link; the places that frees go to the first on the waiting
	 * list, who are mailed.
	 * @return the registrations promoted
	 */
	@Transactional
	List<UUID> cancel(String token) {
		Cluster c = cluster.get();
		Registration found = cancellation(token).registration();
		Event event = repository.lock(c.id(), found.eventId()).orElseThrow();
		Registration registration = repository.registration(c.id(), found.id()).orElseThrow();
		if (registration.status() == RegistrationStatus.CANCELLED) {
			throw new LinkGone();
		}
		repository.cancel(c.id(), registration.id());
		return promote(c, event);
	}

	private List<UUID> promote(Cluster c, Event event) {
		if (event.over(Instant.now()) || event.status() != EventStatus.PUBLISHED) {
			return List.of();
		}
		EventRepository.Counts counts = repository.counts(c.id(), event.id());
		List<UUID> promoted = RegistrationRules.toPromote(event.capacity(), counts.confirmed(),
				repository.waiting(c.id(), event.id()));
		for (UUID id : promoted) {
			String token = SecretTokens.newToken();
			repository.promote(c.id(), id, SecretTokens.hash(token));
			Registration r = repository.registration(c.id(), id).orElseThrow();
			mails.promoted(c.id(), c.zone(), event, id, r.name(), r.email(), token, c.locale());
		}
		return promoted;
	}

	// --- the staff side

	record EventRow(Event event, EventRepository.Counts counts) {
	}

	List<EventRow> all() {
		UUID clusterId = cluster.id();
		return repository.events(clusterId)
			.stream()
			.map(e -> new EventRow(e, repository.counts(clusterId, e.id())))
			.toList();
	}

	Event get(UUID id) {
		return repository.find(cluster.id(), id).orElseThrow(() -> new NotFoundException("event", id));
	}

	@Transactional
	UUID create(EventForm form) {
		UUID clusterId = cluster.id();
		EventRepository.EventFields fields = form.fields(zone());
		if (repository.slugTaken(clusterId, fields.slug(), null)) {
			throw new Refused("slug", "event.form.slug.taken");
		}
		return repository.insertEvent(clusterId, fields);
	}

	/**
	 * Saves the form; raising the capacity promotes from the waiting list, cancelling the
	 * event mails the registrants.
	 * @throws EditConflict when someone saved since the form was opened
	 */
	@Transactional
	void update(UUID id, EventForm form) {
		Cluster c = cluster.get();
		Event event = repository.lock(c.id(), id).orElseThrow(() -> new NotFoundException("event", id));
		EventRepository.EventFields fields = form.fields(c.zone());
		if (repository.slugTaken(c.id(), fields.slug(), id)) {
			throw new Refused("slug", "event.form.slug.taken");
		}
		int version = form.version() == null ? event.version() : form.version();
		if (!repository.updateEvent(c.id(), id, version, fields)) {
			throw new EditConflict("event", id, event.version());
		}
		Event saved = repository.find(c.id(), id).orElseThrow();
		if (event.status() != EventStatus.CANCELLED && saved.status() == EventStatus.CANCELLED) {
			tellCancelled(c, saved);
		}
		promote(c, saved);
	}

	/**
	 * Mails everyone with a place or on the waiting list that the event is cancelled. The
	 * registrations give no language, so the cluster's is used, as for the other mails.
	 */
	private void tellCancelled(Cluster c, Event event) {
		for (Registration r : repository.registrations(c.id(), event.id())) {
			if ((r.status() == RegistrationStatus.CONFIRMED || r.status() == RegistrationStatus.WAITING)
					&& !r.anonymised()) {
				mails.eventCancelled(c.id(), c.zone(), event, r.id(), r.name(), r.email(), c.locale());
			}
		}
	}

	@Transactional
	void addDay(UUID eventId, String day, String theme) {
		UUID clusterId = cluster.id();
		get(eventId);
		LocalDate date;
		try {
			date = LocalDate.parse(day == null ? "" : day.strip());
		}
		catch (DateTimeParseException ex) {
			throw new Refused("day", "event.form.day.invalid");
		}
		if (repository.dayOf(clusterId, eventId, date).isPresent()) {
			throw new Refused("day", "event.form.day.taken");
		}
		if (theme != null && theme.strip().length() > 300) {
			throw new Refused("theme", "event.form.tooLong");
		}
		repository.insertDay(clusterId, eventId, date, blankToNull(theme));
	}

	@Transactional
	void deleteDay(UUID eventId, UUID dayId) {
		if (repository.deleteDay(cluster.id(), eventId, dayId) == 0) {
			throw new NotFoundException("event day", dayId);
		}
	}

	record SessionForm(UUID dayId, String sessionStartsAt, String sessionEndsAt, String sessionTitle, String room,
			String speakers) {
	}

	@Transactional
	void addSession(UUID eventId, SessionForm form) {
		UUID clusterId = cluster.id();
		get(eventId);
		Session s = checked(clusterId, eventId, form);
		repository.insertSession(clusterId, form.dayId(), s.start(), s.end(), s.title(), blankToNull(form.room()),
				blankToNull(form.speakers()));
	}

	/** Changes a session: its day, times, title, room and speakers. */
	@Transactional
	void updateSession(UUID eventId, UUID sessionId, SessionForm form) {
		UUID clusterId = cluster.id();
		get(eventId);
		Session s = checked(clusterId, eventId, form);
		if (repository.updateSession(clusterId, eventId, sessionId, form.dayId(), s.start(), s.end(), s.title(),
				blankToNull(form.room()), blankToNull(form.speakers())) == 0) {
			throw new NotFoundException("event session", sessionId);
		}
	}

	private record Session(LocalTime start, LocalTime end, String title) {
	}

	private Session checked(UUID clusterId, UUID eventId, SessionForm form) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (form.dayId() == null || !repository.dayBelongs(clusterId, eventId, form.dayId())) {
			errors.put("dayId", "event.form.session.day");
		}
		LocalTime start = time(form.sessionStartsAt(), "sessionStartsAt", true, errors);
		LocalTime end = time(form.sessionEndsAt(), "sessionEndsAt", false, errors);
		if (start != null && end != null && end.isBefore(start)) {
			errors.put("sessionEndsAt", "event.form.endsBeforeStart");
		}
		String title = blankToNull(form.sessionTitle());
		if (title == null) {
			errors.put("sessionTitle", "event.form.title.required");
		}
		else if (title.length() > 300 || length(form.room()) > 200 || length(form.speakers()) > 1000) {
			errors.put("sessionTitle", "event.form.tooLong");
		}
		if (!errors.isEmpty()) {
			throw new Refused(errors);
		}
		return new Session(start, end, title);
	}

	@Transactional
	void deleteSession(UUID eventId, UUID sessionId) {
		if (repository.deleteSession(cluster.id(), eventId, sessionId) == 0) {
			throw new NotFoundException("event session", sessionId);
		}
	}

	@Transactional
	void addQuestion(UUID eventId, String text, String kind, String choices, boolean required) {
		get(eventId);
		String t = blankToNull(text);
		if (t == null || t.length() > 500) {
			throw new Refused("questionText", t == null ? "event.form.question.required" : "event.form.tooLong");
		}
		QuestionKind k = "CHOICE".equals(kind) ? QuestionKind.CHOICE : QuestionKind.TEXT;
		String options = blankToNull(choices);
		if (k == QuestionKind.CHOICE && (options == null || options.length() > 2000)) {
			throw new Refused("choices", "event.form.question.choices");
		}
		repository.insertQuestion(cluster.id(), eventId, t, k, k == QuestionKind.CHOICE ? options : null, required);
	}

	@Transactional
	void deleteQuestion(UUID eventId, UUID questionId) {
		if (repository.questionAnswered(cluster.id(), questionId)) {
			throw new RuleViolation(null, "event.form.question.answered");
		}
		if (repository.deleteQuestion(cluster.id(), eventId, questionId) == 0) {
			throw new NotFoundException("event question", questionId);
		}
	}

	List<OrganisationRef> organisationChoices() {
		return organisations.organisations(cluster.id());
	}

	@Transactional
	void addOrganiser(UUID eventId, UUID organisationId, String name) {
		UUID clusterId = cluster.id();
		get(eventId);
		String n = blankToNull(name);
		if (organisationId != null) {
			organisations.organisation(clusterId, organisationId)
				.orElseThrow(() -> new Refused("organisationId", "event.form.organiser.required"));
		}
		else if (n == null || n.length() > 300) {
			throw new Refused("organiserName", "event.form.organiser.required");
		}
		repository.insertOrganiser(clusterId, eventId, organisationId, organisationId == null ? n : null);
	}

	@Transactional
	void deleteOrganiser(UUID eventId, UUID organiserId) {
		if (repository.deleteOrganiser(cluster.id(), eventId, organiserId) == 0) {
			throw new NotFoundException("event organiser", organiserId);
		}
	}

	EventPage staffPage(UUID id) {
		return page(get(id));
	}

	List<Registration> registrations(UUID eventId) {
		get(eventId);
		return repository.registrations(cluster.id(), eventId);
	}

	/** The confirmed participants whose name holds the search (all when blank). */
	List<Registration> checkInList(UUID eventId, String search) {
		String q = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
		return registrations(eventId).stream()
			.filter(r -> r.status() == RegistrationStatus.CONFIRMED && !r.anonymised())
			.filter(r -> q.isEmpty() || r.name().toLowerCase(Locale.ROOT).contains(q))
			.toList();
	}

	/** Checks a participant in, or undoes it; the registration as it is now. */
	@Transactional
	Registration toggleCheckIn(UUID eventId, UUID registrationId) {
		UUID clusterId = cluster.id();
		repository.toggleCheckIn(clusterId, eventId, registrationId)
			.orElseThrow(() -> new NotFoundException("registration", registrationId));
		return repository.registration(clusterId, registrationId).orElseThrow();
	}

	/** The daily job's work in the current cluster. */
	@Transactional
	int anonymiseDue(Instant now) {
		return repository.anonymiseDue(cluster.id(), now);
	}

	private static LocalTime time(String value, String field, boolean required, Map<String, String> errors) {
		if (value == null || value.isBlank()) {
			if (required) {
				errors.put(field, "event.form.time.required");
			}
			return null;
		}
		try {
			return LocalTime.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			errors.put(field, "event.form.time.invalid");
			return null;
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static int length(String value) {
		return value == null ? 0 : value.strip().length();
	}

}
