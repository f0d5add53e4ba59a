package klynge.security;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import klynge.cluster.ClusterProperties;
import klynge.cluster.Clusters;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Loads an account for login, with its account roles and the body roles its person holds
 * today. Usernames are unique per cluster, so the login name is looked up in one cluster:
 * <ul>
 * <li>{@code username@cluster} (the cluster's short name) names it on any host;</li>
 * <li>otherwise the cluster mapped to the request's host name;</li>
 * <li>on a host that names no cluster (the shared host), the default cluster, or else the
 * one account of the installation with that username (none if several clusters have
 * it).</li>
 * </ul>
 */
@Service
class AccountUserDetailsService implements UserDetailsService {

	private static final String SELECT = """
			select a.id, a.cluster_id, a.person_id, a.username, a.password_hash, a.administrator,
			       a.secretariat, a.applicant, a.reviewer, a.installation_administrator, a.enabled, c.time_zone, c.short_name
			from account a join cluster c on c.id = a.cluster_id
			""";

	private final JdbcClient jdbc;

	private final List<BodyRoleSource> bodyRoles;

	private final Clusters clusters;

	private final ClusterProperties clusterProperties;

	AccountUserDetailsService(JdbcClient jdbc, List<BodyRoleSource> bodyRoles, Clusters clusters,
			ClusterProperties clusterProperties) {
		this.jdbc = jdbc;
		this.bodyRoles = bodyRoles;
		this.clusters = clusters;
		this.clusterProperties = clusterProperties;
	}

	record Row(UUID id, UUID clusterId, UUID personId, String username, String passwordHash, boolean administrator,
			boolean secretariat, boolean applicant, boolean reviewer, boolean installationAdministrator,
			boolean enabled, String timeZone, String shortName) {
	}

	@Override
	public UserDetails loadUserByUsername(String login) {
		Row row = find(login).filter(found -> found.passwordHash() != null)
			.orElseThrow(() -> new UsernameNotFoundException("no account"));
		return user(row, roles(row));
	}

	/** The account a login name means on this request's host (see the class comment). */
	Optional<Row> find(String login) {
		String name = login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
		int at = name.lastIndexOf('@');
		if (at > 0) {
			return jdbc.sql(SELECT + "where a.username = ? and c.short_name = ?")
				.params(name.substring(0, at), name.substring(at + 1))
				.query(Row.class)
				.optional();
		}
		Optional<UUID> hostCluster = requestHost().flatMap(clusters::byHostName).map(cluster -> cluster.id());
		if (hostCluster.isPresent()) {
			return jdbc.sql(SELECT + "where a.username = ? and a.cluster_id = ?")
				.params(name, hostCluster.get())
				.query(Row.class)
				.optional();
		}
		List<Row> rows = jdbc.sql(SELECT + "where a.username = ?").param(name).query(Row.class).list();
		String defaultCluster = clusters.byDefault(clusterProperties.defaultShortName())
			.map(cluster -> cluster.shortName())
			.orElse(clusterProperties.defaultShortName());
		return rows.stream()
			.filter(row -> row.shortName().equals(defaultCluster))
			.findFirst()
			.or(() -> rows.size() == 1 ? Optional.of(rows.getFirst()) : Optional.empty());
	}

	/**
	 * The account's roles as of now: its own flags and the body roles its person holds
	 * today.
	 */
	Set<String> roles(Row row) {
		Set<String> roles = new HashSet<>();
		if (row.administrator()) {
			roles.add(Roles.ADMIN);
		}
		if (row.secretariat()) {
			roles.add(Roles.SECRETARIAT);
		}
		if (row.installationAdministrator()) {
			roles.add(Roles.INSTALLATION_ADMIN);
		}
		if (row.applicant()) {
			roles.add(Roles.APPLICANT);
		}
		if (row.reviewer()) {
			roles.add(Roles.REVIEWER);
		}
		if (row.personId() != null) {
			LocalDate today = LocalDate.now(ZoneId.of(row.timeZone()));
			bodyRoles.forEach(source -> roles.addAll(source.rolesOf(row.clusterId(), row.personId(), today)));
		}
		return roles;
	}

	/** The account by id, as it is now (for {@link SessionCheck}). */
	Optional<Row> byId(UUID clusterId, UUID accountId) {
		return jdbc.sql(SELECT + "where a.cluster_id = ? and a.id = ?")
			.params(clusterId, accountId)
			.query(Row.class)
			.optional();
	}

	static KlyngeUser user(Row row, Set<String> roles) {
		return new KlyngeUser(row.id(), row.clusterId(), row.personId(), row.username(), row.passwordHash(),
				row.enabled(), roles);
	}

	private static Optional<String> requestHost() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet
				? Optional.ofNullable(servlet.getRequest().getServerName()) : Optional.empty();
	}

}
