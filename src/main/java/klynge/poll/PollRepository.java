package klynge.poll;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The poll tables; every query names its cluster. */
@Repository
class PollRepository {

	private final JdbcClient jdbc;

	PollRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record PollRow(UUID id, UUID bodyId, String title, String description, PollStatus status, boolean showNames,
			LocalDate answerBy, OffsetDateTime createdAt, OffsetDateTime closedAt) {
	}

	record SlotRow(UUID id, String label, int sortOrder, UUID meetingId) {
	}

	record InviteeLink(UUID pollId, UUID inviteeId) {
	}

	private static final String POLL = """
			select id, body_id, title, description, status, show_names, answer_by, created_at, closed_at from poll""";

	UUID insertPoll(UUID clusterId, UUID bodyId, String title, String description, LocalDate answerBy,
			boolean showNames, String actor) {
		return jdbc.sql("""
				insert into poll (cluster_id, body_id, title, description, answer_by, show_names, created_by)
				values (?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(clusterId, bodyId, title, description, answerBy, showNames, actor)
			.query(UUID.class)
			.single();
	}

	List<PollRow> polls(UUID clusterId) {
		return jdbc.sql(POLL + " where cluster_id = ? order by status desc, created_at desc")
			.param(clusterId)
			.query(PollRow.class)
			.list();
	}

	Optional<PollRow> poll(UUID clusterId, UUID pollId) {
		return jdbc.sql(POLL + " where cluster_id = ? and id = ?")
			.params(clusterId, pollId)
			.query(PollRow.class)
			.optional();
	}

	/** Locks the poll row: answers and closing queue behind each other. */
	Optional<String> lockStatus(UUID clusterId, UUID pollId) {
		return jdbc.sql("select status from poll where cluster_id = ? and id = ? for update")
			.params(clusterId, pollId)
			.query(String.class)
			.optional();
	}

	List<UUID> openPollsDueBy(UUID clusterId, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select id from poll where cluster_id = ? and status = 'OPEN' and answer_by between ? and ?
				order by created_at""").params(clusterId, from, to).query(UUID.class).list();
	}

	void close(UUID clusterId, UUID pollId) {
		jdbc.sql(
				"update poll set status = 'CLOSED', closed_at = now(), version = version + 1 where cluster_id = ? and id = ?")
			.params(clusterId, pollId)
			.update();
	}

	UUID insertSlot(UUID clusterId, UUID pollId, String label, int sortOrder) {
		return jdbc
			.sql("insert into poll_slot (cluster_id, poll_id, label, sort_order) values (?, ?, ?, ?) returning id")
			.params(clusterId, pollId, label, sortOrder)
			.query(UUID.class)
			.single();
	}

	List<SlotRow> slots(UUID clusterId, UUID pollId) {
		return jdbc.sql("""
				select id, label, sort_order, meeting_id from poll_slot where cluster_id = ? and poll_id = ?
				order by sort_order""").params(clusterId, pollId).query(SlotRow.class).list();
	}

	void setMeeting(UUID clusterId, UUID slotId, UUID meetingId) {
		jdbc.sql("update poll_slot set meeting_id = ? where cluster_id = ? and id = ?")
			.params(meetingId, clusterId, slotId)
			.update();
	}

	/**
	 * @return false when the slot has that start on that day already
	 */
	boolean insertOption(UUID clusterId, UUID pollId, UUID slotId, LocalDate date, LocalTime startsAt,
			LocalTime endsAt) {
		return jdbc.sql("""
				insert into poll_option (cluster_id, poll_id, slot_id, option_date, starts_at, ends_at)
				values (?, ?, ?, ?, ?, ?) on conflict (cluster_id, slot_id, option_date, starts_at) do nothing""")
			.params(clusterId, pollId, slotId, date, startsAt, endsAt)
			.update() == 1;
	}

	List<PollOption> options(UUID clusterId, UUID pollId) {
		return jdbc.sql("""
				select id, slot_id, option_date as date, starts_at, ends_at, chosen from poll_option
				where cluster_id = ? and poll_id = ? order by option_date, starts_at""")
			.params(clusterId, pollId)
			.query(PollOption.class)
			.list();
	}

	void deleteOption(UUID clusterId, UUID pollId, UUID optionId) {
		jdbc.sql("delete from poll_answer where cluster_id = ? and option_id = ?").params(clusterId, optionId).update();
		jdbc.sql("delete from poll_option where cluster_id = ? and poll_id = ? and id = ?")
			.params(clusterId, pollId, optionId)
			.update();
	}

	void choose(UUID clusterId, UUID optionId) {
		jdbc.sql("update poll_option set chosen = true where cluster_id = ? and id = ?")
			.params(clusterId, optionId)
			.update();
	}

	/**
	 * @return empty when the address is invited already
	 */
	Optional<UUID> insertInvitee(UUID clusterId, UUID pollId, UUID personId, UUID deputyFor, String name,
			String email) {
		return jdbc.sql("""
				insert into poll_invitee (cluster_id, poll_id, person_id, deputy_for_person_id, name, email)
				values (?, ?, ?, ?, ?, ?) on conflict (cluster_id, poll_id, email) do nothing returning id""")
			.params(clusterId, pollId, personId, deputyFor, name, email)
			.query(UUID.class)
			.optional();
	}

	List<Invitee> invitees(UUID clusterId, UUID pollId) {
		return jdbc.sql("""
				select id, person_id, deputy_for_person_id, name, email, invited_at from poll_invitee
				where cluster_id = ? and poll_id = ? order by lower(name), email""")
			.params(clusterId, pollId)
			.query(Invitee.class)
			.list();
	}

	void deleteInvitee(UUID clusterId, UUID pollId, UUID inviteeId) {
		jdbc.sql("delete from poll_answer where cluster_id = ? and invitee_id = ?")
			.params(clusterId, inviteeId)
			.update();
		jdbc.sql("delete from poll_link where cluster_id = ? and invitee_id = ?").params(clusterId, inviteeId).update();
		jdbc.sql("delete from poll_reminder where cluster_id = ? and invitee_id = ?")
			.params(clusterId, inviteeId)
			.update();
		jdbc.sql("delete from poll_invitee where cluster_id = ? and poll_id = ? and id = ?")
			.params(clusterId, pollId, inviteeId)
			.update();
	}

	void markInvited(UUID clusterId, UUID inviteeId) {
		jdbc.sql("update poll_invitee set invited_at = now() where cluster_id = ? and id = ? and invited_at is null")
			.params(clusterId, inviteeId)
			.update();
	}

	void insertLink(UUID clusterId, UUID inviteeId, String tokenHash) {
		jdbc.sql("insert into poll_link (cluster_id, invitee_id, token_hash) values (?, ?, ?)")
			.params(clusterId, inviteeId, tokenHash)
			.update();
	}

	Optional<InviteeLink> byTokenHash(UUID clusterId, String tokenHash) {
		return jdbc.sql("""
				select i.poll_id, i.id as invitee_id from poll_link l
				join poll_invitee i on i.cluster_id = l.cluster_id and i.id = l.invitee_id
				where l.cluster_id = ? and l.token_hash = ?""")
			.params(clusterId, tokenHash)
			.query(InviteeLink.class)
			.optional();
	}

	List<PollAnswer> answers(UUID clusterId, UUID pollId) {
		return jdbc.sql("""
				select a.invitee_id, a.option_id, a.answer as choice, a.changed_at from poll_answer a
				join poll_option o on o.cluster_id = a.cluster_id and o.id = a.option_id
				where a.cluster_id = ? and o.poll_id = ?""").params(clusterId, pollId).query(PollAnswer.class).list();
	}

	/** Writes the answer; an unchanged answer keeps its time. */
	void saveAnswer(UUID clusterId, UUID inviteeId, UUID optionId, AnswerChoice choice) {
		jdbc.sql(
				"""
						insert into poll_answer (cluster_id, invitee_id, option_id, answer) values (?, ?, ?, ?)
						on conflict (cluster_id, invitee_id, option_id) do update set answer = excluded.answer, changed_at = now()
						where poll_answer.answer <> excluded.answer""")
			.params(clusterId, inviteeId, optionId, choice.name())
			.update();
	}

	/**
	 * @return false when the invitee had a reminder that day already
	 */
	boolean insertReminder(UUID clusterId, UUID inviteeId, LocalDate day, String actor) {
		return jdbc.sql("""
				insert into poll_reminder (cluster_id, invitee_id, sent_on, sent_by) values (?, ?, ?, ?)
				on conflict (cluster_id, invitee_id, sent_on) do nothing""")
			.params(clusterId, inviteeId, day, actor)
			.update() == 1;
	}

	List<LocalDate> reminders(UUID clusterId, UUID inviteeId) {
		return jdbc.sql("select sent_on from poll_reminder where cluster_id = ? and invitee_id = ? order by sent_on")
			.params(clusterId, inviteeId)
			.query(LocalDate.class)
			.list();
	}

}
