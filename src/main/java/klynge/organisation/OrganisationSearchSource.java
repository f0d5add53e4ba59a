package klynge.organisation;

import java.util.UUID;
import java.util.stream.Stream;

import klynge.shared.SearchSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Organisations (public, like their pages) and people for search. A person is found by
 * name, title and current organisation only, and only by logged-in users, as the people
 * pages are; e-mail and phone never go into the index.
 */
@Component
class OrganisationSearchSource implements SearchSource {

	private final JdbcClient jdbc;

	OrganisationSearchSource(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Stream<Entry> entries(UUID clusterId) {
		Stream<Entry> organisations = jdbc
			.sql("select id, name, short_name, type from organisation where cluster_id = ?")
			.param(clusterId)
			.query((rs, n) -> Entry.open("ORGANISATION", rs.getObject("id", UUID.class),
					"/organisations/" + rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getString("short_name"), null, null, Reach.PUBLIC))
			.list()
			.stream();
		Stream<Entry> people = jdbc.sql("""
				select p.id, p.name, concat_ws(E'\\n', p.title,
				       (select string_agg(o.name || coalesce(' ' || o.short_name, ''), E'\\n') from affiliation a
				        join organisation o on o.cluster_id = a.cluster_id and o.id = a.organisation_id
				        where a.cluster_id = p.cluster_id and a.person_id = p.id
				          and (a.valid_to is null or a.valid_to >= current_date))) as content
				from person p where p.cluster_id = ?""")
			.param(clusterId)
			.query((rs, n) -> Entry.open("PERSON", rs.getObject("id", UUID.class),
					"/people/" + rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("content"), null,
					null, Reach.SIGNED_IN))
			.list()
			.stream();
		return Stream.concat(organisations, people);
	}

}
