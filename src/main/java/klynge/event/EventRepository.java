package klynge.event;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The event tables; every query names its cluster. */
@Repository
class EventRepository {

	private static final String EVENT = """
			select id, title, slug, summary, place, starts_at, ends_at, capacity, registration_opens,
			       registration_closes, status, retention_days, version from event""";

	private static final String REGISTRATION = """
			select id, event_id, name, email, organisation, status, waiting_position, registered_at, promoted_at,
			       cancelled_at, checked_in_at, anonymised_at, null as answers from event_registration""";

	private final JdbcClient jdbc;

	EventRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The columns of an event a form edits. */
	record EventFields(String title, String slug, String summary, String place, OffsetDateTime startsAt,
			OffsetDateTime endsAt, Integer capacity, OffsetDateTime registrationOpens,
			OffsetDateTime registrationCloses, EventStatus status, int retentionDays) {
	}

	record Counts(int confirmed, int waiting, int checkedIn) {
	}

	List<Event> events(UUID clusterId) {
		return jdbc.sql(EVENT + " where cluster_id = ? order by starts_at desc")
			.param(clusterId)
			.query(Event.class)
			.list();
	}

	List<Event> published(UUID clusterId) {
		return jdbc.sql(EVENT + " where cluster_id = ? and status <> 'DRAFT' order by starts_at desc")
			.param(clusterId)
			.query(Event.class)
			.list();
	}

	Optional<Event> find(UUID clusterId, UUID id) {
		return jdbc.sql(EVENT + " where cluster_id = ? and id = ?").params(clusterId, id).query(Event.class).optional();
	}

	Optional<Event> bySlug(UUID clusterId, String slug) {
		return jdbc.sql(EVENT + " where cluster_id = ? and slug = ?")
			.params(clusterId, slug)
			.query(Event.class)
			.optional();
	}

	/** Locks the event for the rest of the transaction: registrations queue up. */
	Optional<Event> lock(UUID clusterId, UUID id) {
		return jdbc.sql(EVENT + " where cluster_id = ? and id = ? for update")
			.params(clusterId, id)
			.query(Event.class)
			.optional();
	}

	boolean slugTaken(UUID clusterId, String slug, UUID except) {
		return jdbc.sql("select count(*) from event where cluster_id = ? and slug = ? and id is distinct from ?")
			.params(clusterId, slug, except)
			.query(Integer.class)
			.single() > 0;
	}

	UUID insertEvent(UUID clusterId, EventFields f) {
		return jdbc.sql("""
				insert into event (cluster_id, title, slug, summary, place, starts_at, ends_at, capacity,
				                   registration_opens, registration_closes, status, retention_days)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(clusterId, f.title(), f.slug(), f.summary(), f.place(), f.startsAt(), f.endsAt(), f.capacity(),
					f.registrationOpens(), f.registrationCloses(), f.status().name(), f.retentionDays())
			.query(UUID.class)
			.single();
	}

	/**
	 * @return false when the version was not the current one (someone saved first)
	 */
	boolean updateEvent(UUID clusterId, UUID id, int version, EventFields f) {
		return jdbc.sql("""
				update event set title = ?, slug = ?, summary = ?, place = ?, starts_at = ?, ends_at = ?, capacity = ?,
				       registration_opens = ?, registration_closes = ?, status = ?, retention_days = ?,
				       version = version + 1
				where cluster_id = ? and id = ? and version = ?""")
			.params(f.title(), f.slug(), f.summary(), f.place(), f.startsAt(), f.endsAt(), f.capacity(),
					f.registrationOpens(), f.registrationCloses(), f.status().name(), f.retentionDays(), clusterId, id,
					version)
			.update() == 1;
	}

	List<EventDay> program(UUID clusterId, UUID eventId) {
		record DayRow(UUID id, LocalDate day, String theme) {
		}
		List<DayRow> days = jdbc
			.sql("select id, day, theme from event_day where cluster_id = ? and event_id = ? " + "order by day")
			.params(clusterId, eventId)
			.query(DayRow.class)
			.list();
		List<EventSession> sessions = jdbc.sql("""
				select s.id, s.day_id, s.starts_at, s.ends_at, s.title, s.room, s.speakers
				from event_session s join event_day d on d.id = s.day_id
				where s.cluster_id = ? and d.event_id = ? order by s.starts_at, s.title""")
			.params(clusterId, eventId)
			.query(EventSession.class)
			.list();
		return days.stream()
			.map(d -> new EventDay(d.id(), d.day(), d.theme(),
					sessions.stream().filter(s -> s.dayId().equals(d.id())).toList()))
			.toList();
	}

	Optional<UUID> dayOf(UUID clusterId, UUID eventId, LocalDate day) {
		return jdbc.sql("select id from event_day where cluster_id = ? and event_id = ? and day = ?")
			.params(clusterId, eventId, day)
			.query(UUID.class)
			.optional();
	}

	UUID insertDay(UUID clusterId, UUID eventId, LocalDate day, String theme) {
		return jdbc.sql("insert into event_day (cluster_id, event_id, day, theme) values (?, ?, ?, ?) returning id")
			.params(clusterId, eventId, day, theme)
			.query(UUID.class)
			.single();
	}

	int deleteDay(UUID clusterId, UUID eventId, UUID dayId) {
		return jdbc.sql("delete from event_day where cluster_id = ? and event_id = ? and id = ?")
			.params(clusterId, eventId, dayId)
			.update();
	}

	boolean dayBelongs(UUID clusterId, UUID eventId, UUID dayId) {
		return jdbc.sql("select count(*) from event_day where cluster_id = ? and event_id = ? and id = ?")
			.params(clusterId, eventId, dayId)
			.query(Integer.class)
			.single() > 0;
	}

	UUID insertSession(UUID clusterId, UUID dayId, LocalTime startsAt, LocalTime endsAt, String title, String room,
			String speakers) {
		return jdbc.sql("""
				insert into event_session (cluster_id, day_id, starts_at, ends_at, title, room, speakers)
				values (?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(clusterId, dayId, startsAt, endsAt, title, room, speakers)
			.query(UUID.class)
			.single();
	}

	/** Changes a session of the event (and may move it to another of its days). */
	int updateSession(UUID clusterId, UUID eventId, UUID sessionId, UUID dayId, LocalTime startsAt, LocalTime endsAt,
			String title, String room, String speakers) {
		return jdbc.sql("""
				update event_session s set day_id = ?, starts_at = ?, ends_at = ?, title = ?, room = ?, speakers = ?
				from event_day d
				where s.cluster_id = ? and s.id = ? and d.id = s.day_id and d.event_id = ?""")
			.params(dayId, startsAt, endsAt, title, room, speakers, clusterId, sessionId, eventId)
			.update();
	}

	int deleteSession(UUID clusterId, UUID eventId, UUID sessionId) {
		return jdbc.sql("""
				delete from event_session s using event_day d
				where s.cluster_id = ? and s.id = ? and d.id = s.day_id and d.event_id = ?""")
			.params(clusterId, sessionId, eventId)
			.update();
	}

	List<EventOrganiser> organisers(UUID clusterId, UUID eventId) {
		return jdbc.sql("""
				select id, organisation_id, name from event_organiser
				where cluster_id = ? and event_id = ? order by position, id""")
			.params(clusterId, eventId)
			.query(EventOrganiser.class)
			.list();
	}

	UUID insertOrganiser(UUID clusterId, UUID eventId, UUID organisationId, String name) {
		return jdbc.sql("""
				insert into event_organiser (cluster_id, event_id, organisation_id, name, position)
				values (?, ?, ?, ?, (select coalesce(max(position), 0) + 1 from event_organiser
				                     where cluster_id = ? and event_id = ?)) returning id""")
			.params(clusterId, eventId, organisationId, name, clusterId, eventId)
			.query(UUID.class)
			.single();
	}

	int deleteOrganiser(UUID clusterId, UUID eventId, UUID id) {
		return jdbc.sql("delete from event_organiser where cluster_id = ? and event_id = ? and id = ?")
			.params(clusterId, eventId, id)
			.update();
	}

	List<EventQuestion> questions(UUID clusterId, UUID eventId) {
		return jdbc.sql("""
				select id, position, text, kind, choices, required from event_question
				where cluster_id = ? and event_id = ? order by position, id""")
			.params(clusterId, eventId)
			.query(EventQuestion.class)
			.list();
	}

	UUID insertQuestion(UUID clusterId, UUID eventId, String text, QuestionKind kind, String choices,
			boolean required) {
		return jdbc.sql("""
				insert into event_question (cluster_id, event_id, text, kind, choices, required, position)
				values (?, ?, ?, ?, ?, ?, (select coalesce(max(position), 0) + 1 from event_question
				                           where cluster_id = ? and event_id = ?)) returning id""")
			.params(clusterId, eventId, text, kind.name(), choices, required, clusterId, eventId)
			.query(UUID.class)
			.single();
	}

	boolean questionAnswered(UUID clusterId, UUID questionId) {
		return jdbc.sql("select count(*) from event_answer where cluster_id = ? and question_id = ?")
			.params(clusterId, questionId)
			.query(Integer.class)
			.single() > 0;
	}

	int deleteQuestion(UUID clusterId, UUID eventId, UUID id) {
		return jdbc.sql("delete from event_question where cluster_id = ? and event_id = ? and id = ?")
			.params(clusterId, eventId, id)
			.update();
	}

	Counts counts(UUID clusterId, UUID eventId) {
		return jdbc.sql("""
				select count(*) filter (where status = 'CONFIRMED') as confirmed,
				       count(*) filter (where status = 'WAITING') as waiting,
				       count(*) filter (where status = 'CONFIRMED' and checked_in_at is not null) as checked_in
				from event_registration where cluster_id = ? and event_id = ?""")
			.params(clusterId, eventId)
			.query(Counts.class)
			.single();
	}

	int lastWaitingPosition(UUID clusterId, UUID eventId) {
		return jdbc.sql("""
				select coalesce(max(waiting_position), 0) from event_registration
				where cluster_id = ? and event_id = ?""").params(clusterId, eventId).query(Integer.class).single();
	}

	boolean registered(UUID clusterId, UUID eventId, String email) {
		return jdbc.sql("""
				select count(*) from event_registration
				where cluster_id = ? and event_id = ? and lower(email) = lower(?) and status <> 'CANCELLED'""")
			.params(clusterId, eventId, email)
			.query(Integer.class)
			.single() > 0;
	}

	UUID insertRegistration(UUID clusterId, UUID eventId, RegistrationForm form, RegistrationStatus status,
			Integer waitingPosition, String tokenHash) {
		UUID id = jdbc.sql("""
				insert into event_registration (cluster_id, event_id, name, email, organisation, status,
				                                waiting_position, token_hash)
				values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(clusterId, eventId, form.name(), form.email(),
					form.organisation().isEmpty() ? null : form.organisation(), status.name(), waitingPosition,
					tokenHash)
			.query(UUID.class)
			.single();
		form.answers()
			.forEach((question, answer) -> jdbc
				.sql("insert into event_answer (cluster_id, registration_id, question_id, answer) values (?, ?, ?, ?)")
				.params(clusterId, id, question, answer)
				.update());
		return id;
	}

	Optional<Registration> registration(UUID clusterId, UUID id) {
		return jdbc.sql(REGISTRATION + " where cluster_id = ? and id = ?")
			.params(clusterId, id)
			.query(Registration.class)
			.optional()
			.map(r -> r.withAnswers(answers(clusterId, List.of(r.id())).getOrDefault(r.id(), Map.of())));
	}

	Optional<Registration> byToken(UUID clusterId, String tokenHash) {
		return jdbc.sql(REGISTRATION + " where cluster_id = ? and token_hash = ?")
			.params(clusterId, tokenHash)
			.query(Registration.class)
			.optional();
	}

	/** Everyone registered, the confirmed first, then the waiting list in order. */
	List<Registration> registrations(UUID clusterId, UUID eventId) {
		List<Registration> rows = jdbc.sql(REGISTRATION + """
				 where cluster_id = ? and event_id = ?
				order by case status when 'CONFIRMED' then 0 when 'WAITING' then 1 else 2 end, waiting_position,
				         registered_at, id""").params(clusterId, eventId).query(Registration.class).list();
		Map<UUID, Map<UUID, String>> answers = answers(clusterId, rows.stream().map(Registration::id).toList());
		return rows.stream().map(r -> r.withAnswers(answers.getOrDefault(r.id(), Map.of()))).toList();
	}

	private Map<UUID, Map<UUID, String>> answers(UUID clusterId, List<UUID> registrations) {
		Map<UUID, Map<UUID, String>> answers = new HashMap<>();
		if (registrations.isEmpty()) {
			return answers;
		}
		jdbc.sql("""
				select registration_id, question_id, answer from event_answer
				where cluster_id = ? and registration_id = any (?)""")
			.params(clusterId, registrations.toArray(UUID[]::new))
			.query((rs, n) -> {
				answers.computeIfAbsent(rs.getObject(1, UUID.class), k -> new LinkedHashMap<>())
					.put(rs.getObject(2, UUID.class), rs.getString(3));
				return null;
			})
			.list();
		return answers;
	}

	List<RegistrationRules.Waiting> waiting(UUID clusterId, UUID eventId) {
		return jdbc.sql("""
				select id, waiting_position as position from event_registration
				where cluster_id = ? and event_id = ? and status = 'WAITING' order by waiting_position""")
			.params(clusterId, eventId)
			.query(RegistrationRules.Waiting.class)
			.list();
	}

	void cancel(UUID clusterId, UUID id) {
		jdbc.sql("""
				update event_registration set status = 'CANCELLED', cancelled_at = now(), checked_in_at = null,
				       version = version + 1
				where cluster_id = ? and id = ?""").params(clusterId, id).update();
	}

	/** Gives the place, and a new link (only the new link's hash is kept). */
	void promote(UUID clusterId, UUID id, String tokenHash) {
		jdbc.sql("""
				update event_registration set status = 'CONFIRMED', promoted_at = now(), token_hash = ?,
				       version = version + 1
				where cluster_id = ? and id = ? and status = 'WAITING'""").params(tokenHash, clusterId, id).update();
	}

	/** Checks in, or undoes it; only a confirmed registration is checked in. */
	Optional<Boolean> toggleCheckIn(UUID clusterId, UUID eventId, UUID id) {
		return jdbc.sql("""
				update event_registration
				set checked_in_at = case when checked_in_at is null then now() end, version = version + 1
				where cluster_id = ? and event_id = ? and id = ? and status = 'CONFIRMED' and anonymised_at is null
				returning checked_in_at is not null""").params(clusterId, eventId, id).query(Boolean.class).optional();
	}

	/**
	 * Clears the person of every registration whose event ended more than its retention
	 * days before {@code now}: name, e-mail, organisation, the link and the answers; the
	 * status and check-in stay, so the numbers do.
	 * @return how many registrations were anonymised
	 */
	int anonymiseDue(UUID clusterId, Instant now) {
		OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
		String due = """
				select r.id from event_registration r join event e on e.id = r.event_id
				where r.cluster_id = ? and r.anonymised_at is null
				  and e.ends_at + make_interval(days => e.retention_days) < ?""";
		jdbc.sql("delete from event_answer where cluster_id = ? and registration_id in (" + due + ")")
			.params(clusterId, clusterId, at)
			.update();
		return jdbc.sql("""
				update event_registration set name = null, email = null, organisation = null, token_hash = null,
				       anonymised_at = ?, version = version + 1
				where cluster_id = ? and id in (""" + due + ")").params(at, clusterId, clusterId, at).update();
	}

	/** The numbers of the events (not drafts) that start in the given period. */
	List<ParticipantNumbers> numbers(UUID clusterId, OffsetDateTime from, OffsetDateTime until, String zone) {
		return jdbc.sql("""
				select e.id as event_id, e.title, (e.starts_at at time zone ?)::date as first_day,
				       (e.ends_at at time zone ?)::date as last_day,
				       count(r.id) filter (where r.status = 'CONFIRMED') as registered,
				       count(r.id) filter (where r.status = 'WAITING') as waiting,
				       count(r.id) filter (where r.status = 'CONFIRMED' and r.checked_in_at is not null) as checked_in
				from event e left join event_registration r on r.event_id = e.id and r.cluster_id = e.cluster_id
				where e.cluster_id = ? and e.status <> 'DRAFT' and e.starts_at >= ? and e.starts_at < ?
				group by e.id order by e.starts_at""")
			.params(zone, zone, clusterId, from, until)
			.query(ParticipantNumbers.class)
			.list();
	}

}
