package klynge.meeting;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.Stream;

import klynge.shared.SearchSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Agenda items for search: title, proposed decision and prior handling, with the item's
 * access as stored (a sub-item carries its parent's case number, as part SUBITEM: a case
 * number jumps to the item that has it, not to its sub-items). Who may find what is
 * decided at search time by {@link Viewer}, as on the meeting page.
 */
@Component
class ItemSearchSource implements SearchSource {

	private final JdbcClient jdbc;

	ItemSearchSource(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Stream<Entry> entries(UUID clusterId) {
		return jdbc.sql("""
				select i.id, i.parent_id, i.meeting_id, i.body_id, m.meeting_date, m.status, i.title,
				       concat_ws(E'\\n', i.proposed_decision, i.prior_handling, i.presenter_text) as content,
				       coalesce(i.case_seq, p.case_seq) as case_seq, coalesce(i.case_year, p.case_year) as case_year,
				       i.access, i.exemption_basis, i.public_title, i.exemption_ends
				from agenda_item i
				join meeting m on m.cluster_id = i.cluster_id and m.id = i.meeting_id
				left join agenda_item p on p.cluster_id = i.cluster_id and p.id = i.parent_id
				where i.cluster_id = ?""")
			.param(clusterId)
			.query((rs, n) -> entry(rs, rs.getObject("parent_id") == null ? "MAIN" : "SUBITEM"))
			.list()
			.stream();
	}

	/**
	 * An entry of an item from a row with the columns above (also used for the item's
	 * minutes, which keep its access).
	 */
	static Entry entry(ResultSet rs, String part) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		LocalDate day = rs.getObject("meeting_date", LocalDate.class);
		Date ends = rs.getDate("exemption_ends");
		return new Entry("ITEM", id, part, "/meetings/" + rs.getObject("meeting_id", UUID.class) + "#item-" + id,
				rs.getString("title"), rs.getString("content"), (Integer) rs.getObject("case_seq"),
				rs.getObject("case_year") == null ? null : rs.getInt("case_year"), rs.getObject("body_id", UUID.class),
				day, day.getYear(), rs.getString("status"), Reach.valueOf(rs.getString("access")),
				rs.getString("exemption_basis"), rs.getString("public_title"),
				ends == null ? null : ends.toLocalDate());
	}

}
