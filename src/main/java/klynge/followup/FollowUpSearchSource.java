package klynge.followup;

import java.sql.Date;
import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.Stream;

import klynge.shared.SearchSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Follow-ups for search, found on their item in the meeting page. A follow-up is part of
 * what the minutes record beside the notes: with its item's access, and members-only
 * until the minutes are approved ({@code Viewer.maySeeRecordOf}).
 */
@Component
class FollowUpSearchSource implements SearchSource {

	private final JdbcClient jdbc;

	FollowUpSearchSource(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Stream<Entry> entries(UUID clusterId) {
		return jdbc
			.sql("""
					select f.id, f.description, f.status, a.item_id, a.meeting_id, a.body_id, a.meeting_date, a.title,
					       case when mv.status <> 'MINUTES_APPROVED' and a.access = 'PUBLIC' then 'MEMBERS' else a.access end
					           as access,
					       a.exemption_basis, a.public_title, a.exemption_ends
					from follow_up f
					join meeting_item_v a on a.cluster_id = f.cluster_id and a.item_id = f.item_id
					join meeting_v mv on mv.cluster_id = a.cluster_id and mv.meeting_id = a.meeting_id
					where f.cluster_id = ?""")
			.param(clusterId)
			.query((rs, n) -> {
				LocalDate day = rs.getObject("meeting_date", LocalDate.class);
				Date ends = rs.getDate("exemption_ends");
				String description = rs.getString("description");
				return new Entry("FOLLOWUP", rs.getObject("id", UUID.class), "MAIN",
						"/meetings/" + rs.getObject("meeting_id", UUID.class) + "#item-"
								+ rs.getObject("item_id", UUID.class),
						description.length() > 200 ? description.substring(0, 200) + "…" : description,
						rs.getString("title") + "\n" + description, null, null, rs.getObject("body_id", UUID.class),
						day, day.getYear(), rs.getString("status"), Reach.valueOf(rs.getString("access")),
						rs.getString("exemption_basis"), rs.getString("public_title"),
						ends == null ? null : ends.toLocalDate());
			})
			.list()
			.stream();
	}

}
