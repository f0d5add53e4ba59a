package klynge.cluster;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and updates clusters. */
@Service
public class Clusters {

	private static final String COLUMNS = """
			id, short_name, name, primary_colour, secondary_colour, default_language, time_zone,
			logo_svg is not null as has_logo, version""";

	private final JdbcClient jdbc;

	Clusters(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Cluster get(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from cluster where id = ?").param(id)
			.query(Cluster.class).optional()
			.orElseThrow(() -> new ClusterNotFoundException(id.toString()));
	}

	public Optional<Cluster> byShortName(String shortName) {
		return jdbc.sql("select " + COLUMNS + " from cluster where short_name = ?").param(shortName)
			.query(Cluster.class).optional();
	}

	public Optional<Cluster> byHostName(String hostName) {
		return jdbc.sql("select " + COLUMNS + " from cluster where host_name = ?").param(hostName)
			.query(Cluster.class).optional();
	}

	/** The cluster mapped to the host name, else the one with the short name: one statement for every anonymous request. */
	public Optional<Cluster> byHostNameOrShortName(String hostName, String shortName) {
		return jdbc.sql("select " + COLUMNS + """
				 from cluster where host_name = ? or short_name = ?
				order by host_name = ? desc nulls last limit 1""")
			.params(hostName, shortName, hostName).query(Cluster.class).optional();
	}

	public List<Cluster> all() {
		return jdbc.sql("select " + COLUMNS + " from cluster order by name").query(Cluster.class).list();
	}

	public Optional<String> logo(UUID id) {
		return jdbc.sql("select logo_svg from cluster where id = ? and logo_svg is not null").param(id)
			.query(String.class).optional();
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
