package klynge;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import klynge.shared.CiRule;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The packaged application against a real, external PostgreSQL, as in production:
 * migrations run, health is UP and a demo user can log in. bin/test starts Debian's
 * PostgreSQL and points KLYNGE_EXTERNAL_DB_URL at it; each run uses a fresh, uniquely
 * named database and drops it after.
 */
class ExternalPostgresTests {

	static final String URL = "KLYNGE_EXTERNAL_DB_URL";

	@Test
	void migratesStartsHealthyAndLetsTheSecretariatLogIn() throws Exception {
		String serverUrl = System.getenv(URL);
		CiRule.require(serverUrl != null && !serverUrl.isBlank(), "External PostgreSQL not started: "
				+ "KLYNGE_EXTERNAL_DB_URL not set (bin/test starts Debian's PostgreSQL and sets it)");
		String user = envOr(URL + "_USER", "postgres");
		String password = envOr(URL + "_PASSWORD", "");
		String database = "klynge_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

		execute(serverUrl, user, password, "create database " + database);
		try {
			try (ConfigurableApplicationContext app = new SpringApplicationBuilder(KlyngeApplication.class)
				.profiles("demo")
				.properties("spring.datasource.url=" + withDatabase(serverUrl, database),
						"spring.datasource.username=" + user, "spring.datasource.password=" + password, "server.port=0",
						"logging.file.name=", "logging.structured.format.file=",
						"spring.modulith.events.republish-outstanding-events-on-restart=false")
				.run()) {
				Flyway flyway = app.getBean(Flyway.class);
				assertThat(flyway.info().pending()).isEmpty();
				assertThat(flyway.info().applied()).isNotEmpty();
				JdbcClient jdbc = app.getBean(JdbcClient.class);
				assertThat(jdbc.sql("select current_database()").query(String.class).single()).isEqualTo(database);
				assertThat(jdbc.sql("select count(*) from cluster").query(Long.class).single()).isEqualTo(2);

				int port = ((WebServerApplicationContext) app).getWebServer().getPort();
				HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
				URI base = URI.create("http://localhost:" + port);

				HttpResponse<String> health = http.send(
						HttpRequest.newBuilder(base.resolve("/actuator/health")).build(),
						HttpResponse.BodyHandlers.ofString());
				assertThat(health.statusCode()).isEqualTo(200);
				assertThat(health.body()).contains("\"status\":\"UP\"");

				HttpResponse<String> loginPage = http.send(HttpRequest.newBuilder(base.resolve("/login")).build(),
						HttpResponse.BodyHandlers.ofString());
				assertThat(loginPage.statusCode()).isEqualTo(200);
				Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage.body());
				assertThat(csrf.find()).as("login form carries a CSRF token").isTrue();
				String form = "username=sekretariat&password=demo&_csrf="
						+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
				HttpResponse<String> login = http.send(HttpRequest.newBuilder(base.resolve("/login"))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString(form))
					.build(), HttpResponse.BodyHandlers.ofString());
				assertThat(login.statusCode()).isEqualTo(302);
				assertThat(login.headers().firstValue("Location")).hasValueSatisfying(
						location -> assertThat(location).doesNotContain("error").doesNotContain("locked"));

				HttpResponse<String> home = http.send(HttpRequest.newBuilder(base.resolve("/")).build(),
						HttpResponse.BodyHandlers.ofString());
				assertThat(home.statusCode()).isEqualTo(200);
				assertThat(home.body()).contains("<span class=\"who\">Kristin Walter</span>");
			}
		}
		finally {
			execute(serverUrl, user, password, "drop database if exists " + database + " with (force)");
		}
	}

	/** The same server with another database: jdbc:postgresql://host:port/db?params. */
	static String withDatabase(String url, String database) {
		Matcher matcher = Pattern.compile("^(jdbc:postgresql://[^/?]+)(/[^?]*)?(\\?.*)?$").matcher(url);
		if (!matcher.matches()) {
			throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + url);
		}
		return matcher.group(1) + "/" + database + (matcher.group(3) == null ? "" : matcher.group(3));
	}

	@Test
	void replacesTheDatabaseOfAUrl() {
		assertThat(withDatabase("jdbc:postgresql://127.0.0.1:55432/postgres", "x"))
			.isEqualTo("jdbc:postgresql://127.0.0.1:55432/x");
		assertThat(withDatabase("jdbc:postgresql://db:5432/postgres?sslmode=disable", "x"))
			.isEqualTo("jdbc:postgresql://db:5432/x?sslmode=disable");
		assertThat(withDatabase("jdbc:postgresql://db", "x")).isEqualTo("jdbc:postgresql://db/x");
	}

	private static void execute(String url, String user, String password, String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url, user, password);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private static String envOr(String name, String fallback) {
		String value = System.getenv(name);
		return value == null ? fallback : value;
	}

}
