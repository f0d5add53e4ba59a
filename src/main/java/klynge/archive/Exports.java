package klynge.archive;

import java.io.OutputStream;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Exports a cluster: records the export in {@code export_log} (its own, committed
 * transaction, so the record stays even if the download breaks off), then writes the
 * cluster from one read-only, repeatable-read snapshot. The export holds the cluster's
 * personal data, so only administrators reach it; it holds no password hashes and no
 * secret links ({@link Schema#LEFT_OUT}): after a restore every account asks for a new
 * password through "Glemt passord".
 */
@Service
class Exports {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");

	private final JdbcTemplate jdbcTemplate;

	private final JdbcClient jdbc;

	private final TransactionTemplate logTransaction;

	private final TransactionTemplate snapshot;

	Exports(JdbcTemplate jdbcTemplate, JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbcTemplate = jdbcTemplate;
		this.jdbc = jdbc;
		this.logTransaction = new TransactionTemplate(transactions);
		this.logTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.snapshot = new TransactionTemplate(transactions);
		this.snapshot.setReadOnly(true);
		this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
		this.snapshot.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	void export(UUID clusterId, String exportedBy, OutputStream out) {
		logTransaction.executeWithoutResult(status -> jdbc.sql("""
				insert into export_log (cluster_id, exported_by, format, version) values (?, ?, ?, ?)""")
			.params(clusterId, exportedBy, ClusterExport.FORMAT, ClusterExport.VERSION)
			.update());
		snapshot.executeWithoutResult(status -> jdbcTemplate.execute((ConnectionCallback<Void>) connection -> {
			ClusterExport.write(connection, clusterId, out);
			return null;
		}));
	}

	/**
	 * An export as the settings page lists it: when (in the cluster's time zone) and by
	 * whom.
	 */
	record Entry(String time, String exportedBy) {
	}

	List<Entry> recent(UUID clusterId, ZoneId zone) {
		return jdbc.sql("""
				select exported_at, exported_by from export_log where cluster_id = ?
				order by exported_at desc limit 10""")
			.param(clusterId)
			.query((row, n) -> new Entry(TIME.format(row.getObject(1, OffsetDateTime.class).atZoneSameInstant(zone)),
					row.getString(2)))
			.list();
	}

	static String fileName(String clusterShortName) {
		return "klynge-" + clusterShortName + ".json";
	}

}
