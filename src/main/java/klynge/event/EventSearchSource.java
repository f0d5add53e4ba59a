package klynge.event;

import java.util.UUID;
import java.util.stream.Stream;

import klynge.shared.SearchSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Events for search: title, summary, place and the program's sessions. Published and
 * cancelled events are public, like their pages; drafts are for staff. Participants are
 * never indexed.
 */
@Component
class EventSearchSource implements SearchSource {

	private final JdbcClient jdbc;

	EventSearchSource(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Stream<Entry> entries(UUID clusterId) {
		return jdbc.sql("""
				select e.id, e.slug, e.title, e.status, e.summary, e.place,
				       extract(year from e.starts_at at time zone 'Europe/Oslo')::int as year,
				       (select string_agg(concat_ws(' ', s.title, s.speakers), E'\n') from event_day d
				        join event_session s on s.cluster_id = d.cluster_id and s.day_id = d.id
				        where d.cluster_id = e.cluster_id and d.event_id = e.id) as program
				from event e where e.cluster_id = ?""").param(clusterId).query((rs, n) -> {
			String status = rs.getString("status");
			return Entry.open("EVENT", rs.getObject("id", UUID.class), "/arrangementer/" + rs.getString("slug"),
					rs.getString("title"),
					String.join("\n", nonNull(rs.getString("summary")), nonNull(rs.getString("place")),
							nonNull(rs.getString("program"))),
					rs.getInt("year"), status, status.equals("DRAFT") ? Reach.STAFF : Reach.PUBLIC);
		}).list().stream();
	}

	private static String nonNull(String text) {
		return text == null ? "" : text;
	}

}
