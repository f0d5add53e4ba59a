package klynge.casefile;

import java.sql.Date;
import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.Stream;

import klynge.shared.SearchSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Cases for search, by title. A case's title carries the access of the item it came from
 * (body and meeting date of that item decide who reads it, as on the case page); a
 * restricted title without its item is for staff, as {@code CaseFiles} shows it.
 */
@Component
class CaseSearchSource implements SearchSource {

	private final JdbcClient jdbc;

	CaseSearchSource(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Stream<Entry> entries(UUID clusterId) {
		return jdbc.sql("""
				select c.id, c.title, c.access, c.exemption_basis, c.public_title, c.exemption_ends,
				       extract(year from c.created_at)::int as year, i.body_id, i.meeting_date,
				       (select string_agg(ci.title, E'\\n') from case_item x
				        join meeting_item_v ci on ci.cluster_id = x.cluster_id and ci.item_id = x.item_id
				        where x.cluster_id = c.cluster_id and x.case_id = c.id and ci.access = 'PUBLIC') as content
				from case_file c
				left join meeting_item_v i on i.cluster_id = c.cluster_id and i.item_id = c.source_item_id
				where c.cluster_id = ?""").param(clusterId).query((rs, n) -> {
			UUID id = rs.getObject("id", UUID.class);
			Reach reach = Reach.valueOf(rs.getString("access"));
			UUID body = rs.getObject("body_id", UUID.class);
			if (reach != Reach.PUBLIC && body == null) {
				reach = Reach.STAFF;
			}
			Date ends = rs.getDate("exemption_ends");
			boolean exempt = reach == Reach.EXEMPT;
			return new Entry("CASE", id, "MAIN", "/cases/" + id, rs.getString("title"), rs.getString("content"), null,
					null, body, rs.getObject("meeting_date", LocalDate.class), rs.getInt("year"), null, reach,
					exempt ? rs.getString("exemption_basis") : null, exempt ? rs.getString("public_title") : null,
					ends == null ? null : ends.toLocalDate());
		}).list().stream();
	}

}
