package klynge.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL 17 in-process when {@code spring.datasource.url} is not set.
 * Setting it (e.g. {@code SPRING_DATASOURCE_URL}) switches to an external server, as in
 * production.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedPostgresConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(EmbeddedPostgresProperties properties) throws IOException {
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			// Spring closes it (destroyMethod) after the beans that use it; zonky's own
			// JVM hook would
			// stop PostgreSQL too early and make the event registry wait 30 s at
			// shutdown.
			.setRegisterShutdownHook(false)
			.setServerConfig("timezone", "UTC")
			.setServerConfig("max_connections", "100");
		String dir = properties.dataDirectory();
		if (dir != null && !dir.isBlank()) {
			Path data = Path.of(dir).toAbsolutePath();
			Files.createDirectories(data);
			builder.setDataDirectory(data.toFile()).setCleanDataDirectory(false);
		}
		if (properties.port() != null && properties.port() > 0) {
			builder.setPort(properties.port());
		}
		EmbeddedPostgres postgres = builder.start();
		log.info("Embedded PostgreSQL started on port {} (data: {})", postgres.getPort(),
				dir == null || dir.isBlank() ? "temporary" : dir);
		return postgres;
	}

	@Bean(destroyMethod = "close")
	DataSource dataSource(EmbeddedPostgres postgres) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		dataSource.setUsername("postgres");
		dataSource.setMaximumPoolSize(20);
		dataSource.setPoolName("klynge");
		return dataSource;
	}

}
