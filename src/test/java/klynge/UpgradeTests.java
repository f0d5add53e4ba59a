package klynge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Issue 13, requirement 5: an upgrade loses nothing. The schema of the previous release
 * (the migration version in {@code upgrade/previous-release.properties}) is built on a
 * fresh embedded PostgreSQL and filled with representative data
 * ({@code upgrade/previous-release-data.sql}); then every later migration runs, as when
 * the new jar starts. Every row of every table of the old schema must still be there with
 * the values its old columns had, and the application started on the upgraded database
 * must show the data on its pages and let the old accounts log in.
 * <p>
 * A migration that drops a table or column, deletes rows or rewrites values fails the
 * first check with the table and the rows it lost. A migration that changes data on
 * purpose (a cleanup) makes the data file say so: give the old data the value the cleanup
 * leaves alone, or update the file at the next release.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UpgradeTests {

	static EmbeddedPostgres postgres;

	static JdbcClient jdbc;

	static String url;

	/** Rows (as JSON of their old columns) per table of the previous release's schema. */
	static Map<String, List<String>> before;

	@BeforeAll
	static void previousReleaseWithData() throws Exception {
		postgres = EmbeddedPostgres.builder().setServerConfig("timezone", "UTC").start();
		JdbcClient.create(postgres.getPostgresDatabase()).sql("create database klynge").update();
		url = postgres.getJdbcUrl("postgres", "klynge");
		DataSource dataSource = new DriverManagerDataSource(url, "postgres", "");
		jdbc = JdbcClient.create(dataSource);

		MigrationVersion previous = MigrationVersion.fromVersion(previousRelease());
		flyway(dataSource).target(previous).load().migrate();
		assertThat(flyway(dataSource).load().info().current().getVersion()).isEqualTo(previous);
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute(new ClassPathResource("upgrade/previous-release-data.sql")
				.getContentAsString(StandardCharsets.UTF_8));
		}
		before = snapshot(null);
	}

	@AfterAll
	static void stop() throws Exception {
		if (postgres != null) {
			postgres.close();
		}
	}

	@Test
	@Order(1)
	void everyLaterMigrationRunsAndKeepsEveryRowOfThePreviousRelease() {
		assertThat(before.get("agenda_item")).as("the data file filled the old schema").hasSize(4);
		var result = flyway(new DriverManagerDataSource(url, "postgres", "")).load().migrate();
		assertThat(result.migrationsExecuted).as("migrations added since the previous release").isPositive();

		Map<String, List<String>> after = snapshot(before);
		for (var table : before.entrySet()) {
			assertThat(after.get(table.getKey()))
				.as("rows of %s (its columns of the previous release) after the upgrade", table.getKey())
				.containsAll(table.getValue());
		}
	}

	@Test
	@Order(2)
	void theApplicationShowsTheUpgradedDataAndTheOldAccountsLogIn() throws Exception {
		// as arguments: they outrank the test configuration's profile (demo) and
		// application.yaml
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(KlyngeApplication.class).run(
				"--spring.profiles.active=prod", "--spring.datasource.url=" + url,
				"--spring.datasource.username=postgres", "--spring.datasource.password=", "--server.port=0",
				"--logging.structured.format.console=", "--klynge.cluster.default-short-name=vest")) {
			assertThat(app.getBean(Flyway.class).info().pending()).isEmpty();
			URI base = URI.create("http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort());

			HttpClient admin = loggedIn(base, "admin", "demo");
			assertThat(page(admin, base, "/meetings/0e000000-0000-4000-8000-000000000601")).contains(
					"Strategi for klyngen 2024–2027", "Innspill fra brukerpanelet", "Personalsak sekretariatet",
					"Strategien ble vedtatt med endringene fra møtet.", "Ønske om tydeligere mål for innovasjon.",
					"Sekretariatet publiserer strategien", "Gjest Gjestesen");
			assertThat(page(admin, base, "/people")).contains("Åse Ødegård", "Per Pedersen", "Dina Dahl");
			assertThat(page(admin, base, "/organisations")).contains("Universitetet i Vest", "Vest sykehus");
			assertThat(page(admin, base, "/bodies")).contains("Partnarmøtet");
			assertThat(page(admin, base, "/meetings/0e000000-0000-4000-8000-000000000601"))
				.doesNotContain("Nils Nordmann");

			HttpClient otherCluster = loggedIn(base, "nils@aust", "demo");
			assertThat(page(otherCluster, base, "/people")).contains("Nils Nordmann").doesNotContain("Åse Ødegård");
		}
	}

	private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(DataSource dataSource) {
		return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration");
	}

	/** The last migration of the previous release. */
	static String previousRelease() throws Exception {
		Properties properties = new Properties();
		try (InputStream in = new ClassPathResource("upgrade/previous-release.properties").getInputStream()) {
			properties.load(in);
		}
		return properties.getProperty("version");
	}

	/**
	 * Every table's rows as JSON text of its columns, sorted; with {@code old} given,
	 * only its tables and, of each, only the columns it had, so the new schema is read as
	 * the old one was. A table or column the upgrade dropped fails here, naming it.
	 */
	static Map<String, List<String>> snapshot(Map<String, List<String>> old) {
		Map<String, List<String>> rows = new LinkedHashMap<>();
		List<String> tables = old != null ? List.copyOf(old.keySet()) : jdbc.sql("""
				select table_name from information_schema.tables
				where table_schema = 'public' and table_type = 'BASE TABLE' and table_name <> 'flyway_schema_history'
				order by table_name""").query(String.class).list();
		for (String table : tables) {
			List<String> columns = old != null ? COLUMNS.get(table)
					: jdbc.sql("""
							select column_name from information_schema.columns
							where table_schema = 'public' and table_name = ? order by ordinal_position""")
						.param(table)
						.query(String.class)
						.list();
			COLUMNS.putIfAbsent(table, columns);
			String select = String.join(", ", columns.stream().map(column -> '"' + column + '"').toList());
			rows.put(table, jdbc
				.sql("select to_jsonb(x)::text from (select " + select + " from \"" + table + "\") x order by 1")
				.query(String.class)
				.list());
		}
		return rows;
	}

	static final Map<String, List<String>> COLUMNS = new LinkedHashMap<>();

	private static HttpClient loggedIn(URI base, String username, String password) throws Exception {
		HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String loginPage = page(http, base, "/login");
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage);
		assertThat(csrf.find()).as("login form carries a CSRF token").isTrue();
		String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> login = http.send(HttpRequest.newBuilder(base.resolve("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.statusCode()).as("login of " + username).isEqualTo(302);
		assertThat(login.headers().firstValue("Location")).as("login of " + username)
			.hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
		return http;
	}

	private static String page(HttpClient http, URI base, String path) throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve(path)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

}
