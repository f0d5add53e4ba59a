package klynge.ideabank;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import klynge.cluster.Cluster;
import klynge.cluster.CurrentCluster;
import klynge.event.EventRef;
import klynge.event.Events;
import klynge.shared.EditConflict;
import klynge.shared.NotFoundException;
import klynge.shared.SecretTokens;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calls for student presentations, the submissions with their posters, the organisers'
 * decisions and slots, and the public idea bank. The public sees only approved posters of
 * published calls, never an e-mail address.
 */
@Service
class IdeaBank {

	private final IdeaBankRepository repository;

	private final CurrentCluster cluster;

	private final Events events;

	private final IdeaBankMails mails;

	IdeaBank(IdeaBankRepository repository, CurrentCluster cluster, Events events, IdeaBankMails mails) {
		this.repository = repository;
		this.cluster = cluster;
		this.events = events;
		this.mails = mails;
	}

	ZoneId zone() {
		return cluster.get().zone();
	}

	// --- the public idea bank

	List<Poster> search(PosterSearch q) {
		return withEventTitles(repository.posters(cluster.id(), q));
	}

	IdeaBankRepository.Filters filters() {
		return repository.filters(cluster.id());
	}

	Poster poster(UUID id) {
		return repository.poster(cluster.id(), id)
			.map(p -> withEventTitles(List.of(p)).getFirst())
			.orElseThrow(() -> new NotFoundException("poster", id));
	}

	IdeaBankRepository.PosterFile posterFile(UUID id) {
		return repository.posterFile(cluster.id(), id, true).orElseThrow(() -> new NotFoundException("poster", id));
	}

	/** The thesis ideas: staff's ideas first, then the posters marked as ideas. */
	List<Idea> thesisIdeas() {
		List<Idea> posters = search(new PosterSearch(null, null, null, null)).stream()
			.filter(Poster::thesisIdea)
			.map(p -> new Idea(p.id(), p.title(), p.summary(), p.institution(), p.topic(), p.id(), p.year()))
			.toList();
		return Stream.concat(repository.ideas(cluster.id()).stream(), posters.stream()).toList();
	}

	private List<Poster> withEventTitles(List<Poster> posters) {
		Map<UUID, String> titles = new HashMap<>();
		return posters.stream()
			.map(p -> p.withEventTitle(
					titles.computeIfAbsent(p.eventId(), id -> events.ref(id).map(EventRef::title).orElse(""))))
			.toList();
	}

	/** A call with its event, for the submission form and the lists. */
	record CallView(CallForPresentations call, EventRef event, String closedBecause) {

		public boolean open() {
			return closedBecause == null;
		}
	}

	/** The calls open now, for the idea bank's front page. */
	List<CallView> openCalls() {
		return views().stream().filter(CallView::open).filter(v -> v.event().published()).toList();
	}

	private List<CallView> views() {
		Instant now = Instant.now();
		return repository.calls(cluster.id())
			.stream()
			.flatMap(c -> events.ref(c.eventId()).map(e -> new CallView(c, e, c.closedBecause(now))).stream())
			.toList();
	}

	/** The call of the event with this page (slug); 404 when the event has none. */
	CallView callFor(String slug) {
		EventRef event = events.ref(slug).orElseThrow(() -> new NotFoundException("event", slug));
		CallForPresentations call = repository.callOfEvent(cluster.id(), event.id())
			.orElseThrow(() -> new NotFoundException("call", slug));
		return new CallView(call, event, call.closedBecause(Instant.now()));
	}

	/**
	 * Takes a student's submission with its poster and mails the receipt with the status
	 * link (after commit, through the outbox).
	 * @throws Refused with the form's mistakes, the poster's problem, or why it is closed
	 */
	@Transactional
	String submit(String slug, SubmissionForm form, String fileName, String contentType, byte[] poster, Locale locale) {
		CallView view = callFor(slug);
		if (!view.open()) {
			throw new Refused("call", view.closedBecause());
		}
		Map<String, String> mistakes = new LinkedHashMap<>(IdeaBankRules.mistakes(form, view.call().topicList()));
		String problem = IdeaBankRules.posterProblem(poster, contentType);
		if (problem != null) {
			mistakes.put("poster", problem);
		}
		if (!mistakes.isEmpty()) {
			throw new Refused(mistakes);
		}
		Cluster c = cluster.get();
		String token = SecretTokens.newToken();
		UUID id = repository.insertSubmission(c.id(), view.call().id(), form, IdeaBankRules.safeFileName(fileName),
				poster, SecretTokens.hash(token));
		mails.received(c.id(), id, form.name().strip(), form.email().strip(), form.title().strip(),
				view.event().title(), token, locale);
		return form.email().strip();
	}

	/** What the status link opens: the submission and its call's event. */
	record Status(Submission submission, EventRef event) {
	}

	Status status(String token) {
		UUID clusterId = cluster.id();
		Submission s = repository.byToken(clusterId, SecretTokens.hash(token)).orElseThrow(LinkGone::new);
		CallForPresentations call = repository.call(clusterId, s.callId()).orElseThrow();
		return new Status(s, events.ref(call.eventId()).orElseThrow(LinkGone::new));
	}

	// --- the organisers

	/** The calls with their events and numbers of submissions. */
	record CallRow(CallView view, int submitted, int approved) {
	}

	List<CallRow> calls() {
		UUID clusterId = cluster.id();
		return views().stream().map(v -> {
			List<Submission> all = repository.submissions(clusterId, v.call().id());
			return new CallRow(v, all.size(),
					(int) all.stream().filter(s -> s.status() == SubmissionStatus.APPROVED).count());
		}).toList();
	}

	/** Events that may get a call: published, without one yet. */
	List<EventRef> eventsWithoutCall() {
		UUID clusterId = cluster.id();
		return events.publicEvents().stream().filter(e -> repository.callOfEvent(clusterId, e.id()).isEmpty()).toList();
	}

	CallView call(UUID id) {
		CallForPresentations call = repository.call(cluster.id(), id)
			.orElseThrow(() -> new NotFoundException("call", id));
		EventRef event = events.ref(call.eventId()).orElseThrow(() -> new NotFoundException("call", id));
		return new CallView(call, event, call.closedBecause(Instant.now()));
	}

	List<Submission> submissions(UUID callId) {
		call(callId);
		return repository.submissions(cluster.id(), callId);
	}

	@Transactional
	UUID createCall(UUID eventId, String opens, String closes, String topics) {
		UUID clusterId = cluster.id();
		EventRef event = eventId == null ? null : events.ref(eventId).orElse(null);
		if (event == null || !event.published()) {
			throw new Refused("eventId", "ideabank.call.event.required");
		}
		if (repository.callOfEvent(clusterId, eventId).isPresent()) {
			throw new Refused("eventId", "ideabank.call.event.taken");
		}
		Period p = period(opens, closes, topics);
		return repository.insertCall(clusterId, eventId, event.year(), p.opens(), p.closes(), p.topics());
	}

	@Transactional
	void updateCall(UUID id, Integer version, String opens, String closes, String topics) {
		CallForPresentations call = call(id).call();
		Period p = period(opens, closes, topics);
		if (!repository.updateCall(cluster.id(), id, version == null ? call.version() : version, p.opens(), p.closes(),
				p.topics())) {
			throw new EditConflict("call", id, call.version());
		}
	}

	private record Period(OffsetDateTime opens, OffsetDateTime closes, String topics) {
	}

	private Period period(String opens, String closes, String topics) {
		Map<String, String> errors = new LinkedHashMap<>();
		OffsetDateTime o = dateTime(opens, "opensAt", errors);
		OffsetDateTime c = dateTime(closes, "closesAt", errors);
		if (o != null && c != null && !c.isAfter(o)) {
			errors.put("closesAt", "ideabank.call.closesBeforeOpens");
		}
		String t = topics == null ? "" : topics.strip();
		if (t.length() > 2000) {
			errors.put("topics", "ideabank.form.tooLong");
		}
		if (!errors.isEmpty()) {
			throw new Refused(errors);
		}
		return new Period(o, c, t);
	}

	private OffsetDateTime dateTime(String value, String field, Map<String, String> errors) {
		try {
			return LocalDateTime.parse(value == null ? "" : value.strip()).atZone(zone()).toOffsetDateTime();
		}
		catch (DateTimeParseException ex) {
			errors.put(field, "ideabank.call.dateTime.invalid");
			return null;
		}
	}

	/** Publishes the call's approved posters in the idea bank (see the repository). */
	@Transactional
	void publish(UUID callId) {
		CallForPresentations call = call(callId).call();
		if (call.published()) {
			throw new Refused("call", "ideabank.call.alreadyPublished");
		}
		repository.publish(cluster.id(), callId, Instant.now());
	}

	Submission submission(UUID id) {
		return repository.submission(cluster.id(), id).orElseThrow(() -> new NotFoundException("submission", id));
	}

	IdeaBankRepository.PosterFile staffPosterFile(UUID id) {
		return repository.posterFile(cluster.id(), id, false).orElseThrow(() -> new NotFoundException("poster", id));
	}

	/**
	 * Approves or rejects; a rejection takes the submission's slot out of the program.
	 */
	@Transactional
	void decide(UUID id, Integer version, String decision, String comment, boolean thesisIdea) {
		Submission s = submission(id);
		SubmissionStatus status;
		try {
			status = SubmissionStatus.valueOf(decision == null ? "" : decision);
		}
		catch (IllegalArgumentException ex) {
			throw new Refused("decision", "ideabank.decision.required");
		}
		String c = IdeaBankRules.blankToNull(comment);
		if (c != null && c.length() > 2000) {
			throw new Refused("comment", "ideabank.form.tooLong");
		}
		if (!repository.decide(cluster.id(), id, version == null ? s.version() : version, status, c, thesisIdea)) {
			throw new EditConflict("submission", id, s.version());
		}
		if (status != SubmissionStatus.APPROVED && s.slotted()) {
			unslot(s);
		}
	}

	/**
	 * Gives an approved submission its slot: a session in the event's public program
	 * (replacing the one it had).
	 */
	@Transactional
	void slot(UUID id, String day, String start, String end, String session, String room) {
		Submission s = submission(id);
		if (s.status() != SubmissionStatus.APPROVED) {
			throw new Refused("slotDay", "ideabank.slot.notApproved");
		}
		EventRef event = events.ref(repository.call(cluster.id(), s.callId()).orElseThrow().eventId()).orElseThrow();
		IdeaBankRules.Slot slot = IdeaBankRules.slot(day, start, end, session, room, event.firstDay(), event.lastDay());
		if (s.sessionId() != null) {
			events.unschedule(event.id(), s.sessionId());
		}
		String title = slot.session() == null ? s.title() : slot.session() + ": " + s.title();
		String speakers = s.publicName() == null ? s.institution() : s.publicName() + " (" + s.institution() + ")";
		UUID sessionId = events.schedule(event.id(), slot.day(), slot.start(), slot.end(),
				title.length() > 300 ? title.substring(0, 300) : title, slot.room(), speakers);
		repository.setSlot(cluster.id(), id, sessionId, slot);
	}

	private void unslot(Submission s) {
		CallForPresentations call = repository.call(cluster.id(), s.callId()).orElseThrow();
		if (s.sessionId() != null) {
			events.unschedule(call.eventId(), s.sessionId());
		}
		repository.setSlot(cluster.id(), s.id(), null, null);
	}

	List<Idea> ideas() {
		return repository.ideas(cluster.id());
	}

	@Transactional
	UUID addIdea(String title, String description, String organisation, String topic) {
		Map<String, String> errors = new LinkedHashMap<>();
		check(errors, "ideaTitle", title, 300);
		check(errors, "ideaDescription", description, 4000);
		check(errors, "ideaOrganisation", organisation, 300);
		String t = IdeaBankRules.blankToNull(topic);
		if (t != null && t.length() > 200) {
			errors.put("ideaTopic", "ideabank.form.tooLong");
		}
		if (!errors.isEmpty()) {
			throw new Refused(errors);
		}
		return repository.insertIdea(cluster.id(), title.strip(), description.strip(), organisation.strip(), t);
	}

	@Transactional
	void deleteIdea(UUID id) {
		if (repository.deleteIdea(cluster.id(), id) == 0) {
			throw new NotFoundException("idea", id);
		}
	}

	private static void check(Map<String, String> errors, String field, String value, int max) {
		String v = IdeaBankRules.blankToNull(value);
		if (v == null) {
			errors.put(field, "ideabank.submit.required");
		}
		else if (v.length() > max) {
			errors.put(field, "ideabank.form.tooLong");
		}
	}

}
