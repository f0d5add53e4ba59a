package klynge.funding;

import java.util.UUID;
import java.util.stream.Stream;

import klynge.shared.SearchSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Funding calls for search: title and section texts. A call is public once published (as
 * its public page); before that, while drafted and adopted, for staff.
 */
@Component
class CallSearchSource implements SearchSource {

	private final JdbcClient jdbc;

	CallSearchSource(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Stream<Entry> entries(UUID clusterId) {
		return jdbc.sql("""
				select c.id, c.title, c.status, extract(year from coalesce(c.published_at, c.created_at))::int as year,
				       (select string_agg(s.heading || E'\\n' || s.body, E'\\n' order by s.position) from call_section s
				        where s.cluster_id = c.cluster_id and s.call_id = c.id) as content
				from funding_call c where c.cluster_id = ?""").param(clusterId).query((rs, n) -> {
			String status = rs.getString("status");
			boolean published = status.equals("PUBLISHED") || status.equals("CLOSED") || status.equals("DECIDED");
			return Entry.open("CALL", rs.getObject("id", UUID.class), "/calls/" + rs.getObject("id", UUID.class),
					rs.getString("title"), rs.getString("content"), rs.getInt("year"), status,
					published ? Reach.PUBLIC : Reach.STAFF);
		}).list().stream();
	}

}
