package klynge.cluster;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import klynge.shared.RuleViolation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and updates clusters. */
@Service
public class Clusters {

	private static final Logger log = LoggerFactory.getLogger(Clusters.class);

	private static final String COLUMNS = """
			id, short_name, name, primary_colour, secondary_colour, default_language, time_zone,
			logo_svg is not null as has_logo, version""";

	private final JdbcClient jdbc;

	Clusters(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Cluster get(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from cluster where id = ?")
			.param(id)
			.query(Cluster.class)
			.optional()
			.orElseThrow(() -> new ClusterNotFoundException(id.toString()));
	}

	public Optional<Cluster> byShortName(String shortName) {
		return jdbc.sql("select " + COLUMNS + " from cluster where short_name = ?")
			.param(shortName)
			.query(Cluster.class)
			.optional();
	}

	public Optional<Cluster> byHostName(String hostName) {
		return jdbc.sql("select " + COLUMNS + " from cluster where host_name = ?")
			.param(hostName)
			.query(Cluster.class)
			.optional();
	}

	/**
	 * The cluster mapped to the host name, else the one with the short name: one
	 * statement for every anonymous request.
	 */
	public Optional<Cluster> byHostNameOrShortName(String hostName, String shortName) {
		return jdbc.sql("select " + COLUMNS + """
				 from cluster where host_name = ? or short_name = ?
				order by host_name = ? desc nulls last limit 1""")
			.params(hostName, shortName, hostName)
			.query(Cluster.class)
			.optional();
	}

	/**
	 * The cluster of a visitor whose host name maps to none: the one with the configured
	 * default short name, else the first cluster set up on this installation (empty
	 * before first-run setup).
	 */
	public Optional<Cluster> byDefault(String preferredShortName) {
		return byShortName(preferredShortName)
			.or(() -> jdbc.sql("select " + COLUMNS + " from cluster order by created_at, short_name limit 1")
				.query(Cluster.class)
				.optional());
	}

	/**
	 * Whether any cluster exists: none means the installation still needs its first-run
	 * setup.
	 */
	public boolean anyExists() {
		return jdbc.sql("select exists (select 1 from cluster)").query(Boolean.class).single();
	}

	/**
	 * Creates a cluster; a short name or host name already in use is a rule violation on
	 * that field.
	 */
	@Transactional
	public Cluster create(NewCluster cluster) {
		if (byShortName(cluster.shortName()).isPresent()) {
			throw new RuleViolation("shortName", "setup.rule.shortNameTaken", cluster.shortName());
		}
		if (cluster.hostName() != null && byHostName(cluster.hostName()).isPresent()) {
			throw new RuleViolation("hostName", "setup.rule.hostNameTaken", cluster.hostName());
		}
		UUID id = jdbc.sql("""
				insert into cluster (short_name, name, host_name, primary_colour, secondary_colour,
				                     default_language, time_zone, logo_svg)
				values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(cluster.shortName(), cluster.name(), cluster.hostName(), cluster.primaryColour(),
					cluster.secondaryColour(), cluster.defaultLanguage(), cluster.timeZone(), cluster.logoSvg())
			.query(UUID.class)
			.single();
		return get(id);
	}

	public List<Cluster> all() {
		return jdbc.sql("select " + COLUMNS + " from cluster order by name").query(Cluster.class).list();
	}

	/**
	 * Runs {@code work} for every cluster on its own, as the scheduled jobs do: a cluster
	 * whose work fails is logged ("{@code job} for cluster … failed") and the others
	 * still run.
	 */
	public void each(String job, Consumer<Cluster> work) {
		for (Cluster cluster : all()) {
			try {
				work.accept(cluster);
			}
			catch (RuntimeException ex) {
				log.error("{} for cluster {} failed: {}", job, cluster.shortName(), ex.getMessage(), ex);
			}
		}
	}

	/** The host names of the clusters that have one (for the installation page). */
	public java.util.Map<UUID, String> hostNames() {
		java.util.Map<UUID, String> hosts = new java.util.HashMap<>();
		jdbc.sql("select id, host_name from cluster where host_name is not null").query(rs -> {
			hosts.put(rs.getObject(1, UUID.class), rs.getString(2));
		});
		return hosts;
	}

	public Optional<String> logo(UUID id) {
		return jdbc.sql("select logo_svg from cluster where id = ? and logo_svg is not null")
			.param(id)
			.query(String.class)
			.optional();
	}

	@Transactional
	public void update(UUID id, ClusterSettings settings) {
		int updated = jdbc.sql("""
				update cluster set name = ?, primary_colour = ?, secondary_colour = ?, default_language = ?,
				       version = version + 1
				where id = ? and version = ?""")
			.params(settings.name(), settings.primaryColour(), settings.secondaryColour(), settings.defaultLanguage(),
					id, settings.version())
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("cluster " + id);
		}
	}

}
