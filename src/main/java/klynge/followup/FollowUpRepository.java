package klynge.followup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Follow-ups, read together with their item (a sub-item shows its parent's case number)
 * and meeting.
 */
@Repository
class FollowUpRepository {

	/**
	 * Items and meetings come from the view meeting publishes, people from
	 * organisation's.
	 */
	private static final String SELECT = """
			select f.id, f.item_id, f.owner_person_id, pe.code as owner_code, pe.name as owner_name, f.owner_body_id,
			       f.description, f.due_on, f.status, f.done_on, f.version, f.status_note, i.meeting_id, i.meeting_date,
			       i.body_id, i.case_year, i.case_seq,
			       i.title as item_title, i.access, i.exemption_basis, i.public_title, i.exemption_ends,
			       mv.status as meeting_status
			from follow_up f
			join meeting_item_v i on i.cluster_id = f.cluster_id and i.item_id = f.item_id
			join meeting_v mv on mv.cluster_id = i.cluster_id and mv.meeting_id = i.meeting_id
			left join person_v pe on pe.cluster_id = f.cluster_id and pe.person_id = f.owner_person_id
			where f.cluster_id = :cluster""";

	private static final String ORDER = " order by (f.status = 'DONE'), f.due_on nulls last, i.meeting_date, f.position, f.id";

	private final JdbcClient jdbc;

	FollowUpRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<FollowUpRow> find(UUID clusterId, UUID id) {
		return jdbc.sql(SELECT + " and f.id = :id")
			.param("cluster", clusterId)
			.param("id", id)
			.query(FollowUpRow.class)
			.optional();
	}

	List<FollowUpRow> ofMeeting(UUID clusterId, UUID meetingId) {
		return jdbc.sql(SELECT + " and i.meeting_id = :meeting order by f.position, f.id")
			.param("cluster", clusterId)
			.param("meeting", meetingId)
			.query(FollowUpRow.class)
			.list();
	}

	/**
	 * Filtered by owner person, owner body, status and the body of the item's meeting;
	 * null means any.
	 */
	List<FollowUpRow> filter(UUID clusterId, UUID ownerPersonId, UUID ownerBodyId, FollowUpStatus status, UUID bodyId) {
		StringBuilder sql = new StringBuilder(SELECT);
		List<Object[]> params = new ArrayList<>();
		if (ownerPersonId != null) {
			sql.append(" and f.owner_person_id = :person");
			params.add(new Object[] { "person", ownerPersonId });
		}
		if (ownerBodyId != null) {
			sql.append(" and f.owner_body_id = :ownerBody");
			params.add(new Object[] { "ownerBody", ownerBodyId });
		}
		if (status != null) {
			sql.append(" and f.status = :status");
			params.add(new Object[] { "status", status.name() });
		}
		if (bodyId != null) {
			sql.append(" and i.body_id = :body");
			params.add(new Object[] { "body", bodyId });
		}
		var spec = jdbc.sql(sql.append(ORDER).toString()).param("cluster", clusterId);
		for (Object[] p : params) {
			spec = spec.param((String) p[0], p[1]);
		}
		return spec.query(FollowUpRow.class).list();
	}

	UUID insert(UUID clusterId, UUID itemId, UUID ownerPersonId, UUID ownerBodyId, FollowUpForm form,
			LocalDate doneOn) {
		return jdbc.sql("""
				insert into follow_up (cluster_id, item_id, owner_person_id, owner_body_id, description, due_on, status,
				                       done_on, position)
				values (?, ?, ?, ?, ?, ?, ?, ?,
				        (select coalesce(max(position), 0) + 1 from follow_up where cluster_id = ? and item_id = ?))
				returning id""")
			.params(clusterId, itemId, ownerPersonId, ownerBodyId, form.description(), form.dueOn(),
					form.status().name(), doneOn, clusterId, itemId)
			.query(UUID.class)
			.single();
	}

	boolean update(UUID clusterId, UUID id, UUID ownerPersonId, UUID ownerBodyId, FollowUpForm form, LocalDate doneOn) {
		return jdbc.sql("""
				update follow_up set owner_person_id = ?, owner_body_id = ?, description = ?, due_on = ?, status = ?,
				       done_on = ?, version = version + 1
				where cluster_id = ? and id = ? and version = ?""")
			.params(ownerPersonId, ownerBodyId, form.description(), form.dueOn(), form.status().name(), doneOn,
					clusterId, id, form.version())
			.update() == 1;
	}

	void setStatus(UUID clusterId, UUID id, FollowUpStatus status, LocalDate doneOn) {
		jdbc.sql("update follow_up set status = ?, done_on = ?, version = version + 1 where cluster_id = ? and id = ?")
			.params(status.name(), doneOn, clusterId, id)
			.update();
	}

	void setOwnStatus(UUID clusterId, UUID id, FollowUpStatus status, LocalDate doneOn, String note) {
		jdbc.sql("""
				update follow_up set status = ?, done_on = ?, status_note = ?, version = version + 1
				where cluster_id = ? and id = ?""").params(status.name(), doneOn, note, clusterId, id).update();
	}

	/** Open follow-ups owned by a person and due between the two days, for reminders. */
	List<FollowUpRow> openOwnedByPeopleDueBetween(UUID clusterId, LocalDate from, LocalDate to) {
		return jdbc
			.sql(SELECT + " and f.owner_person_id is not null and f.status <> 'DONE'"
					+ " and f.due_on between :from and :to" + ORDER)
			.param("cluster", clusterId)
			.param("from", from)
			.param("to", to)
			.query(FollowUpRow.class)
			.list();
	}

	/** Open follow-ups owned by a body, for its agenda backlog. */
	List<FollowUpRow> openOwnedByBody(UUID clusterId, UUID bodyId) {
		return jdbc.sql(SELECT + " and f.owner_body_id = :body and f.status <> 'DONE'" + ORDER)
			.param("cluster", clusterId)
			.param("body", bodyId)
			.query(FollowUpRow.class)
			.list();
	}

}
