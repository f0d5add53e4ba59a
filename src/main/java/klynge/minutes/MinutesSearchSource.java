package klynge.minutes;

import java.sql.Date;
import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.Stream;

import klynge.shared.SearchSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the minutes say of each item (notes, feedback and the decision, vedtak) as a part
 * of the item's search entry: with the item's access, and while the minutes are not
 * approved at least members-only ({@link MinutesService#maySee}: staff and the body's
 * members read draft minutes).
 */
@Component
class MinutesSearchSource implements SearchSource {

	private final JdbcClient jdbc;

	MinutesSearchSource(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Stream<Entry> entries(UUID clusterId) {
		return jdbc
			.sql("""
					select a.item_id, a.meeting_id, a.body_id, a.meeting_date, a.title, a.case_seq, a.case_year,
					       case when m.status <> 'APPROVED' and a.access = 'PUBLIC' then 'MEMBERS' else a.access end as access,
					       a.exemption_basis, a.public_title, a.exemption_ends, mv.status,
					       concat_ws(E'\\n', im.decision, im.notes, im.feedback_heading, im.feedback) as content
					from item_minutes im
					join minutes m on m.cluster_id = im.cluster_id and m.id = im.minutes_id
					join meeting_item_v a on a.cluster_id = im.cluster_id and a.item_id = im.item_id
					join meeting_v mv on mv.cluster_id = a.cluster_id and mv.meeting_id = a.meeting_id
					where im.cluster_id = ?
					  and coalesce(im.decision, im.notes, im.feedback) is not null""")
			.param(clusterId)
			.query((rs, n) -> {
				UUID id = rs.getObject("item_id", UUID.class);
				LocalDate day = rs.getObject("meeting_date", LocalDate.class);
				Date ends = rs.getDate("exemption_ends");
				return new Entry("ITEM", id, "MINUTES",
						"/meetings/" + rs.getObject("meeting_id", UUID.class) + "#item-" + id, rs.getString("title"),
						rs.getString("content"), (Integer) rs.getObject("case_seq"),
						rs.getObject("case_year") == null ? null : rs.getInt("case_year"),
						rs.getObject("body_id", UUID.class), day, day.getYear(), rs.getString("status"),
						Reach.valueOf(rs.getString("access")), rs.getString("exemption_basis"),
						rs.getString("public_title"), ends == null ? null : ends.toLocalDate());
			})
			.list()
			.stream();
	}

}
