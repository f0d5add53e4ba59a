package klynge.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import klynge.shared.Text;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Meetings, their change history and their body's meeting settings. */
@Repository
class MeetingRepository {

	private static final String COLUMNS = """
			id, body_id, meeting_date, starts_at, ends_at, address, room, floor, online_url, status,
			chair_person_id, chair_for_person_id, summoned_at, version""";

	private final JdbcClient jdbc;

	MeetingRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Meeting> find(UUID clusterId, UUID id) {
		return jdbc.sql("select " + COLUMNS + " from meeting where cluster_id = ? and id = ?")
			.params(clusterId, id)
			.query(Meeting.class)
			.optional();
	}

	/**
	 * Locks the meeting for a change, after its body: a change to one meeting's agenda
	 * renumbers the whole body-year, other meetings' items included, so two meetings of
	 * one body changed at once locked each other's rows in opposite orders (PostgreSQL
	 * deadlock, 500). Every writer now takes the body's transaction-scoped advisory lock
	 * first (the body of a meeting never changes).
	 */
	Optional<Meeting> findForUpdate(UUID clusterId, UUID id) {
		Optional<UUID> body = jdbc.sql("select body_id from meeting where cluster_id = ? and id = ?")
			.params(clusterId, id)
			.query(UUID.class)
			.optional();
		if (body.isEmpty()) {
			return Optional.empty();
		}
		jdbc.sql("select pg_advisory_xact_lock(hashtextextended('agenda:' || ? || ':' || ?, 0))")
			.params(clusterId.toString(), body.get().toString())
			.query((rs, n) -> 0)
			.list();
		return jdbc.sql("select " + COLUMNS + " from meeting where cluster_id = ? and id = ? for update")
			.params(clusterId, id)
			.query(Meeting.class)
			.optional();
	}

	List<Meeting> ofBody(UUID clusterId, UUID bodyId) {
		return jdbc
			.sql("select " + COLUMNS
					+ " from meeting where cluster_id = ? and body_id = ? order by meeting_date desc, starts_at desc")
			.params(clusterId, bodyId)
			.query(Meeting.class)
			.list();
	}

	List<Meeting> between(UUID clusterId, LocalDate from, LocalDate to) {
		return jdbc.sql("select " + COLUMNS
				+ " from meeting where cluster_id = ? and meeting_date between ? and ? order by meeting_date, starts_at")
			.params(clusterId, from, to)
			.query(Meeting.class)
			.list();
	}

	List<Meeting> upcoming(UUID clusterId, LocalDate from, int limit) {
		return jdbc.sql("select " + COLUMNS + """
				 from meeting where cluster_id = ? and meeting_date >= ? and status <> 'CANCELLED'
				order by meeting_date, starts_at limit ?""").params(clusterId, from, limit).query(Meeting.class).list();
	}

	List<Meeting> recent(UUID clusterId, LocalDate before, int limit) {
		return jdbc.sql("select " + COLUMNS + """
				 from meeting where cluster_id = ? and meeting_date < ? and status <> 'CANCELLED'
				order by meeting_date desc, starts_at desc limit ?""")
			.params(clusterId, before, limit)
			.query(Meeting.class)
			.list();
	}

	/** By body and year, either null for any. */
	List<Meeting> search(UUID clusterId, UUID bodyId, Integer year, int limit) {
		return jdbc.sql("select " + COLUMNS + """
				 from meeting where cluster_id = ? and (cast(? as uuid) is null or body_id = ?)
				and (cast(? as integer) is null or extract(year from meeting_date) = ?)
				order by meeting_date desc, starts_at desc limit ?""")
			.params(clusterId, bodyId, bodyId, year, year, limit)
			.query(Meeting.class)
			.list();
	}

	List<Integer> years(UUID clusterId) {
		return jdbc.sql("""
				select distinct cast(extract(year from meeting_date) as integer) as y from meeting
				where cluster_id = ? order by y desc""").params(clusterId).query(Integer.class).list();
	}

	List<Meeting> plannedBetween(UUID clusterId, LocalDate from, LocalDate to) {
		return jdbc.sql("select " + COLUMNS + """
				 from meeting where cluster_id = ? and status = 'PLANNED' and meeting_date between ? and ?
				order by meeting_date, starts_at""").params(clusterId, from, to).query(Meeting.class).list();
	}

	/**
	 * The body's next meeting after a date that is not cancelled (for backlog and
	 * approvals).
	 */
	Optional<Meeting> nextOfBody(UUID clusterId, UUID bodyId, LocalDate after) {
		return jdbc.sql("select " + COLUMNS + """
				 from meeting where cluster_id = ? and body_id = ? and meeting_date > ? and status <> 'CANCELLED'
				order by meeting_date, starts_at limit 1""")
			.params(clusterId, bodyId, after)
			.query(Meeting.class)
			.optional();
	}

	Optional<Meeting> previousOfBody(UUID clusterId, UUID bodyId, LocalDate before) {
		return jdbc.sql("select " + COLUMNS + """
				 from meeting where cluster_id = ? and body_id = ? and meeting_date < ? and status <> 'CANCELLED'
				order by meeting_date desc, starts_at desc limit 1""")
			.params(clusterId, bodyId, before)
			.query(Meeting.class)
			.optional();
	}

	UUID insert(UUID clusterId, MeetingForm form) {
		return jdbc
			.sql("""
					insert into meeting (cluster_id, body_id, meeting_date, starts_at, ends_at, address, room, floor, online_url)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(clusterId, form.bodyId(), form.meetingDate(), form.startsAt(), form.endsAt(),
					Text.blankToNull(form.address()), Text.blankToNull(form.room()), Text.blankToNull(form.floor()),
					Text.blankToNull(form.onlineUrl()))
			.query(UUID.class)
			.single();
	}

	boolean updateDetails(UUID clusterId, UUID id, MeetingForm form) {
		return jdbc.sql("""
				update meeting set meeting_date = ?, starts_at = ?, ends_at = ?, address = ?, room = ?, floor = ?,
				       online_url = ?, version = version + 1
				where cluster_id = ? and id = ? and version = ?""")
			.params(form.meetingDate(), form.startsAt(), form.endsAt(), Text.blankToNull(form.address()),
					Text.blankToNull(form.room()), Text.blankToNull(form.floor()), Text.blankToNull(form.onlineUrl()),
					clusterId, id, form.version())
			.update() == 1;
	}

	void updateStatus(UUID clusterId, UUID id, MeetingStatus status) {
		jdbc.sql("""
				update meeting set status = ?, version = version + 1,
				       summoned_at = case when ? = 'SUMMONED' then now() else summoned_at end
				where cluster_id = ? and id = ?""").params(status.name(), status.name(), clusterId, id).update();
	}

	void updateChair(UUID clusterId, UUID id, UUID chairPersonId, UUID chairForPersonId) {
		jdbc.sql(
				"update meeting set chair_person_id = ?, chair_for_person_id = ?, version = version + 1 where cluster_id = ? and id = ?")
			.params(chairPersonId, chairForPersonId, clusterId, id)
			.update();
	}

	void recordEvent(UUID clusterId, UUID meetingId, String kind, MeetingStatus from, MeetingStatus to,
			LocalDate fromDate, LocalDate toDate, String reason) {
		jdbc.sql(
				"""
						insert into meeting_event (cluster_id, meeting_id, kind, from_status, to_status, from_date, to_date, reason)
						values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(clusterId, meetingId, kind, from == null ? null : from.name(), to == null ? null : to.name(),
					fromDate, toDate, Text.blankToNull(reason))
			.update();
	}

	List<MeetingHistoryEntry> history(UUID clusterId, UUID meetingId) {
		return jdbc.sql("""
				select kind, from_status, to_status, from_date, to_date, reason, occurred_at from meeting_event
				where cluster_id = ? and meeting_id = ? order by occurred_at, id""")
			.params(clusterId, meetingId)
			.query(MeetingHistoryEntry.class)
			.list();
	}

	MeetingSettings settings(UUID clusterId, UUID bodyId) {
		return jdbc.sql(
				"select quorum_rule, quorum_minimum, case_prefix, out_of_time from meeting_settings where cluster_id = ? and body_id = ?")
			.params(clusterId, bodyId)
			.query(MeetingSettings.class)
			.optional()
			.orElse(MeetingSettings.DEFAULT);
	}

	Optional<UUID> bodyWithPrefix(UUID clusterId, String prefix) {
		return jdbc.sql("select body_id from meeting_settings where cluster_id = ? and case_prefix = upper(?)")
			.params(clusterId, prefix)
			.query(UUID.class)
			.optional();
	}

}
