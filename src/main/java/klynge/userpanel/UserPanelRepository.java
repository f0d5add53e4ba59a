package klynge.userpanel;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The user panel's tables; meetings and items are read from what meeting publishes
 * ({@code meeting_v}, {@code meeting_item_v}). Every query names its cluster.
 */
@Repository
class UserPanelRepository {

	/** A meeting of the panel as meeting publishes it. */
	record MeetingRef(UUID meetingId, LocalDate meetingDate, String status) {

		public boolean held() {
			return status.equals("HELD") || status.startsWith("MINUTES");
		}
	}

	/** An agenda item, with what the public may read of it. */
	record ItemRef(UUID itemId, UUID meetingId, LocalDate meetingDate, Integer caseYear, Integer caseSeq, String title,
			String access, String publicTitle) {

		public String caseNumber() {
			return caseSeq == null || caseYear == null ? ""
					: String.format("%02d-%02d", caseSeq, Math.floorMod(caseYear, 100));
		}

		/** The title for anyone: the real one only for a public item. */
		public String publicTitleOrNull() {
			return "PUBLIC".equals(access) ? title : publicTitle;
		}
	}

	private static final String PERIOD = """
			select id, body_id, name, valid_from, valid_to, constituting_meeting_id, mandate, version
			from user_panel_period""";

	private static final String ASSIGNMENT = """
			select id, body_id, person_id, external_body, requested_by, valid_from, valid_to, status, note,
			       meeting_item_id, version
			from user_panel_assignment""";

	private final JdbcClient jdbc;

	UserPanelRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// --- periods

	List<Period> periods(UUID clusterId, UUID bodyId) {
		return jdbc.sql(PERIOD + " where cluster_id = ? and body_id = ? order by valid_from desc")
			.params(clusterId, bodyId)
			.query(Period.class)
			.list();
	}

	Optional<Period> period(UUID clusterId, UUID id) {
		return jdbc.sql(PERIOD + " where cluster_id = ? and id = ?")
			.params(clusterId, id)
			.query(Period.class)
			.optional();
	}

	/**
	 * Queues writers of one panel's periods behind each other, so two overlapping periods
	 * saved at once cannot both pass the check.
	 */
	void lockPanel(UUID clusterId, UUID bodyId) {
		jdbc.sql("select pg_advisory_xact_lock(hashtext('user_panel_period:' || ? || ':' || ?))")
			.params(clusterId.toString(), bodyId.toString())
			.query()
			.singleRow();
	}

	UUID insertPeriod(UUID clusterId, UUID bodyId, String name, LocalDate from, LocalDate to, UUID meetingId,
			String mandate) {
		return jdbc.sql("""
				insert into user_panel_period (cluster_id, body_id, name, valid_from, valid_to, constituting_meeting_id,
				                               mandate)
				values (?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(clusterId, bodyId, name, from, to, meetingId, mandate)
			.query(UUID.class)
			.single();
	}

	void updatePeriod(UUID clusterId, UUID id, String name, LocalDate from, LocalDate to, UUID meetingId,
			String mandate) {
		jdbc.sql("""
				update user_panel_period set name = ?, valid_from = ?, valid_to = ?, constituting_meeting_id = ?,
				       mandate = ?, version = version + 1
				where cluster_id = ? and id = ?""").params(name, from, to, meetingId, mandate, clusterId, id).update();
	}

	void deletePeriod(UUID clusterId, UUID id) {
		jdbc.sql("delete from user_panel_period where cluster_id = ? and id = ?").params(clusterId, id).update();
	}

	// --- assignments

	List<Assignment> assignments(UUID clusterId, UUID bodyId) {
		return jdbc.sql(ASSIGNMENT + """
				 where cluster_id = ? and body_id = ?
				order by valid_from desc nulls first, external_body""")
			.params(clusterId, bodyId)
			.query(Assignment.class)
			.list();
	}

	Optional<Assignment> assignment(UUID clusterId, UUID id) {
		return jdbc.sql(ASSIGNMENT + " where cluster_id = ? and id = ?")
			.params(clusterId, id)
			.query(Assignment.class)
			.optional();
	}

	Optional<Assignment> lockAssignment(UUID clusterId, UUID id) {
		return jdbc.sql(ASSIGNMENT + " where cluster_id = ? and id = ? for update")
			.params(clusterId, id)
			.query(Assignment.class)
			.optional();
	}

	UUID insertAssignment(UUID clusterId, UUID bodyId, UUID personId, String externalBody, String requestedBy,
			LocalDate from, LocalDate to, String note, UUID itemId) {
		return jdbc.sql("""
				insert into user_panel_assignment (cluster_id, body_id, person_id, external_body, requested_by,
				                                   valid_from, valid_to, note, meeting_item_id)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(clusterId, bodyId, personId, externalBody, requestedBy, from, to, note, itemId)
			.query(UUID.class)
			.single();
	}

	void updateAssignment(UUID clusterId, UUID id, UUID personId, String externalBody, String requestedBy,
			LocalDate from, LocalDate to, String note, UUID itemId) {
		jdbc.sql("""
				update user_panel_assignment set person_id = ?, external_body = ?, requested_by = ?, valid_from = ?,
				       valid_to = ?, note = ?, meeting_item_id = ?, version = version + 1
				where cluster_id = ? and id = ?""")
			.params(personId, externalBody, requestedBy, from, to, note, itemId, clusterId, id)
			.update();
	}

	void setStatus(UUID clusterId, UUID id, AssignmentStatus status, LocalDate from, LocalDate to) {
		jdbc.sql("""
				update user_panel_assignment set status = ?, valid_from = ?, valid_to = ?, version = version + 1
				where cluster_id = ? and id = ?""").params(status.name(), from, to, clusterId, id).update();
	}

	void addStatus(UUID clusterId, UUID assignmentId, AssignmentStatus status, LocalDate effectiveOn, String note,
			String actor) {
		jdbc.sql("""
				insert into user_panel_assignment_status (cluster_id, assignment_id, status, effective_on, note,
				                                          changed_by)
				values (?, ?, ?, ?, ?, ?)""")
			.params(clusterId, assignmentId, status.name(), effectiveOn, note, actor)
			.update();
	}

	List<StatusChange> history(UUID clusterId, UUID assignmentId) {
		return jdbc.sql("""
				select status, effective_on, note, changed_by, changed_at from user_panel_assignment_status
				where cluster_id = ? and assignment_id = ? order by effective_on, changed_at""")
			.params(clusterId, assignmentId)
			.query(StatusChange.class)
			.list();
	}

	void deleteAssignment(UUID clusterId, UUID id) {
		jdbc.sql("delete from user_panel_assignment where cluster_id = ? and id = ?").params(clusterId, id).update();
	}

	// --- what meeting publishes

	List<MeetingRef> meetingsOf(UUID clusterId, UUID bodyId) {
		return jdbc.sql("""
				select meeting_id, meeting_date, status from meeting_v
				where cluster_id = ? and body_id = ? order by meeting_date desc""")
			.params(clusterId, bodyId)
			.query(MeetingRef.class)
			.list();
	}

	Optional<ItemRef> item(UUID clusterId, UUID itemId) {
		return jdbc.sql("""
				select item_id, meeting_id, meeting_date, case_year, case_seq, title, access, public_title
				from meeting_item_v where cluster_id = ? and item_id = ?""")
			.params(clusterId, itemId)
			.query(ItemRef.class)
			.optional();
	}

	/**
	 * The latest items of the cluster, to pick the one where an assignment was reported.
	 */
	List<ItemRef> latestItems(UUID clusterId, int limit) {
		return jdbc.sql("""
				select item_id, meeting_id, meeting_date, case_year, case_seq, title, access, public_title
				from meeting_item_v where cluster_id = ? order by meeting_date desc, position limit ?""")
			.params(clusterId, limit)
			.query(ItemRef.class)
			.list();
	}

}
