package klynge.database;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the embedded PostgreSQL keeps its data. An empty directory means a throw-away
 * instance in a temporary folder (what the tests use).
 */
@ConfigurationProperties("klynge.embedded-postgres")
public record EmbeddedPostgresProperties(String dataDirectory, Integer port) {
}
