package klynge.organisation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Read-only look-ups of organisations and people for other modules, always within one
 * cluster.
 */
@Service
public class OrganisationDirectory {

	private final JdbcClient jdbc;

	OrganisationDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<OrganisationRef> organisation(UUID clusterId, UUID id) {
		return jdbc.sql("select id, name, short_name from organisation where cluster_id = ? and id = ?")
			.params(clusterId, id)
			.query(OrganisationRef.class)
			.optional();
	}

	public List<OrganisationRef> organisations(UUID clusterId) {
		return jdbc.sql("select id, name, short_name from organisation where cluster_id = ? order by name")
			.param(clusterId)
			.query(OrganisationRef.class)
			.list();
	}

	/**
	 * The type of every organisation of the cluster, for rules such as "at least one
	 * municipal partner" (funding).
	 */
	public Map<UUID, OrganisationType> types(UUID clusterId) {
		Map<UUID, OrganisationType> types = new java.util.HashMap<>();
		jdbc.sql("select id, type from organisation where cluster_id = ?")
			.param(clusterId)
			.query((rs, n) -> types.put(rs.getObject(1, UUID.class), OrganisationType.valueOf(rs.getString(2))))
			.list();
		return types;
	}

	public Optional<PersonRef> person(UUID clusterId, UUID id) {
		return jdbc.sql("select id, name, code from person where cluster_id = ? and id = ?")
			.params(clusterId, id)
			.query(PersonRef.class)
			.optional();
	}

	/** The people of the cluster whose own e-mail address is this one (any case). */
	public List<UUID> peopleWithEmail(UUID clusterId, String email) {
		return jdbc.sql("select id from person where cluster_id = ? and lower(trim(email)) = lower(trim(?))")
			.params(clusterId, email)
			.query(UUID.class)
			.list();
	}

	/** The person's own e-mail address, if the registry has one. */
	public Optional<String> emailOf(UUID clusterId, UUID personId) {
		return jdbc
			.sql("select email from person where cluster_id = ? and id = ? and nullif(trim(email), '') is not null")
			.params(clusterId, personId)
			.query(String.class)
			.optional();
	}

	/**
	 * Many people in one query (for pages that show a list of them), by id; unknown ids
	 * are left out.
	 */
	public Map<UUID, PersonRef> people(UUID clusterId, Collection<UUID> ids) {
		Set<UUID> wanted = ids.stream().filter(Objects::nonNull).collect(Collectors.toSet());
		if (wanted.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("select id, name, code from person where cluster_id = :cluster and id in (:ids)")
			.param("cluster", clusterId)
			.param("ids", wanted)
			.query(PersonRef.class)
			.list()
			.stream()
			.collect(Collectors.toMap(PersonRef::id, person -> person));
	}

	public Optional<PersonRef> personByCode(UUID clusterId, String code) {
		return jdbc.sql("select id, name, code from person where cluster_id = ? and code = upper(trim(?))")
			.params(clusterId, code)
			.query(PersonRef.class)
			.optional();
	}

	public List<PersonRef> people(UUID clusterId) {
		return jdbc.sql("select id, name, code from person where cluster_id = ? order by name")
			.param(clusterId)
			.query(PersonRef.class)
			.list();
	}

	/**
	 * People whose name contains, or whose code starts with, the query
	 * (case-insensitive).
	 */
	public List<PersonRef> searchPeople(UUID clusterId, String query, int limit) {
		String q = query == null ? "" : query.trim().toLowerCase(Locale.ROOT);
		return jdbc.sql("""
				select id, name, code from person
				where cluster_id = ? and (lower(name) like '%' || ? || '%' or lower(code) like ? || '%')
				order by lower(code) = ? desc, name limit ?""")
			.params(clusterId, q, q, q, limit)
			.query(PersonRef.class)
			.list();
	}

	/**
	 * Short name of the organisation a person belonged to on a day ("FHI"), for "(FHI)"
	 * in minutes.
	 */
	public String organisationShortNameOn(UUID clusterId, UUID personId, LocalDate day) {
		return jdbc.sql("""
				select coalesce(o.short_name, o.name) from affiliation a
				join organisation o on o.cluster_id = a.cluster_id and o.id = a.organisation_id
				where a.cluster_id = ? and a.person_id = ?
				order by (a.valid_from <= ? and (a.valid_to is null or a.valid_to >= ?)) desc, a.valid_from desc
				limit 1""").params(clusterId, personId, day, day).query(String.class).optional().orElse(null);
	}

	/**
	 * Every organisation with its type; {@code partner} when one of its partnership
	 * periods overlaps {@code from}–{@code to}.
	 */
	public List<TypedOrganisation> organisationsWithType(UUID clusterId, LocalDate from, LocalDate to) {
		return jdbc
			.sql("""
					select o.id, o.name, o.short_name, o.type,
					       exists (select 1 from partnership p where p.cluster_id = o.cluster_id and p.organisation_id = o.id
					               and p.valid_from <= ? and (p.valid_to is null or p.valid_to >= ?)) as partner
					from organisation o where o.cluster_id = ? order by o.name""")
			.params(to, from, clusterId)
			.query(TypedOrganisation.class)
			.list();
	}

}
