package klynge.meeting.attendance;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rows of a meeting's attendance table. */
@Repository
class AttendanceRepository {

	record Row(UUID id, UUID meetingId, AttendanceSection section, UUID personId, String guestName, String seat,
			boolean summoned, AttendanceStatus status, UUID deputyPersonId, int sortOrder, int version) {
	}

	private static final String COLUMNS = "id, meeting_id, section, person_id, guest_name, seat, summoned, status, deputy_person_id, sort_order, version";

	private final JdbcClient jdbc;

	AttendanceRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Row> ofMeeting(UUID clusterId, UUID meetingId) {
		return jdbc.sql("select " + COLUMNS + """
				 from attendance where cluster_id = ? and meeting_id = ?
				order by case section when 'MEMBER' then 0 when 'OBSERVER' then 1 when 'SECRETARIAT' then 2 else 3 end,
				         sort_order, id""").params(clusterId, meetingId).query(Row.class).list();
	}

	Optional<Row> find(UUID clusterId, UUID id) {
		return jdbc.sql("select " + COLUMNS + " from attendance where cluster_id = ? and id = ?")
			.params(clusterId, id)
			.query(Row.class)
			.optional();
	}

	void insert(UUID clusterId, UUID meetingId, AttendanceSection section, UUID personId, String guestName, String seat,
			boolean summoned, AttendanceStatus status, int sortOrder) {
		jdbc.sql(
				"""
						insert into attendance (cluster_id, meeting_id, section, person_id, guest_name, seat, summoned, status, sort_order)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(clusterId, meetingId, section.name(), personId, guestName, seat, summoned, status.name(), sortOrder)
			.update();
	}

	boolean update(UUID clusterId, UUID id, boolean summoned, AttendanceStatus status, UUID deputyPersonId,
			int version) {
		return jdbc.sql("""
				update attendance set summoned = ?, status = ?, deputy_person_id = ?, version = version + 1
				where cluster_id = ? and id = ? and version = ?""")
			.params(summoned, status.name(), status == AttendanceStatus.DEPUTY ? deputyPersonId : null, clusterId, id,
					version)
			.update() == 1;
	}

	void delete(UUID clusterId, UUID id) {
		jdbc.sql("delete from attendance where cluster_id = ? and id = ?").params(clusterId, id).update();
	}

	int nextSortOrder(UUID clusterId, UUID meetingId, AttendanceSection section) {
		return jdbc.sql(
				"select coalesce(max(sort_order), 0) + 1 from attendance where cluster_id = ? and meeting_id = ? and section = ?")
			.params(clusterId, meetingId, section.name())
			.query(Integer.class)
			.single();
	}

	boolean isEmpty(UUID clusterId, UUID meetingId) {
		return jdbc.sql("select count(*) from attendance where cluster_id = ? and meeting_id = ?")
			.params(clusterId, meetingId)
			.query(Integer.class)
			.single() == 0;
	}

}
