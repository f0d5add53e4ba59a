package klynge.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Restores a cluster export at start-up:
 * {@code --klynge.restore=/path/klynge-alrek.json}. Flyway has migrated the schema by the
 * time runners run; the rows go in in one transaction, so a failed restore leaves the
 * database as it was. With {@code --klynge.restore-exit=true} the application stops after
 * the restore, with exit status 0 (docs/operations.md); otherwise it goes on serving.
 */
@Component
@ConditionalOnProperty("klynge.restore")
class RestoreRunner implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(RestoreRunner.class);

	private final Path file;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final boolean exit;

	private final ConfigurableApplicationContext context;

	RestoreRunner(@Value("${klynge.restore}") Path file, @Value("${klynge.restore-exit:false}") boolean exit,
			JdbcTemplate jdbc, PlatformTransactionManager transactions, ConfigurableApplicationContext context) {
		this.file = file;
		this.exit = exit;
		this.context = context;
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		if (!Files.isReadable(file)) {
			throw new IllegalArgumentException("klynge.restore: cannot read " + file.toAbsolutePath());
		}
		ClusterRestore.Result result;
		try (InputStream in = Files.newInputStream(file)) {
			result = transaction.execute(status -> jdbc.execute(
					(ConnectionCallback<ClusterRestore.Result>) connection -> ClusterRestore.restore(connection, in)));
		}
		log.info("Restored cluster {} ({}) from {}: {}", result.shortName(), result.clusterId(), file, result.rows());
		if (exit) {
			System.exit(SpringApplication.exit(context, () -> 0));
		}
	}

}
