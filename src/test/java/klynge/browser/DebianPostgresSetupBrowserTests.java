package klynge.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import klynge.KlyngeApplication;
import klynge.shared.CiRule;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 13, requirement 7: first-run setup through the browser on an empty database of
 * Debian's PostgreSQL, as in production (docs/operations.md, "Installing on a Debian
 * server"): profile {@code prod}, the datasource given as {@code SPRING_DATASOURCE_URL}
 * would give it, the setup code as {@code KLYNGE_SETUP_CODE} would. bin/test starts
 * Debian's PostgreSQL and points {@code KLYNGE_EXTERNAL_DB_URL} at it; without it the
 * test is skipped locally and fails in CI.
 */
@Tag("browser")
class DebianPostgresSetupBrowserTests {

	static final String CODE = "DEBI-ANPO-STGR-0713";

	static final String PASSWORD = "Riktig hest batteri";

	@Test
	void theInstallerSetsUpTheFirstClusterOnAnEmptyDebianDatabase() throws Exception {
		String serverUrl = System.getenv("KLYNGE_EXTERNAL_DB_URL");
		CiRule.require(serverUrl != null && !serverUrl.isBlank(),
				"Debian's PostgreSQL not started: KLYNGE_EXTERNAL_DB_URL not set (bin/test installs the package "
						+ "postgresql, starts a throw-away server and sets it)");
		String user = envOr("KLYNGE_EXTERNAL_DB_USER", "postgres");
		String password = envOr("KLYNGE_EXTERNAL_DB_PASSWORD", "");
		String database = "klynge_setup_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

		execute(serverUrl, user, password, "create database " + database);
		// as the unit's environment file would (SPRING_PROFILES_ACTIVE,
		// SPRING_DATASOURCE_URL,
		// KLYNGE_SETUP_CODE); arguments, so they outrank the test configuration's demo
		// profile
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(KlyngeApplication.class).run(
				"--spring.profiles.active=prod", "--spring.datasource.url=" + withDatabase(serverUrl, database),
				"--spring.datasource.username=" + user, "--spring.datasource.password=" + password,
				"--klynge.setup.code=" + CODE, "--server.port=0", "--logging.structured.format.console=",
				"--logging.level.org.openqa.selenium.devtools.CdpVersionFinder=error");
				Browser browser = Browser.start(port(app))) {
			JdbcClient jdbc = app.getBean(JdbcClient.class);
			assertThat(jdbc.sql("select version()").query(String.class).single()).as("Debian's server")
				.contains("Debian");
			assertThat(jdbc.sql("select count(*) from cluster").query(Long.class).single()).isZero();

			browser.open("/");
			assertThat(browser.currentPath()).isEqualTo("/setup");
			browser.type(By.id("code"), CODE)
				.type(By.id("name"), "Helseklynge Vest")
				.type(By.id("shortName"), "vest")
				.type(By.id("username"), "vestadmin")
				.type(By.id("email"), "it@vest.example")
				.type(By.id("password"), PASSWORD)
				.type(By.id("repeat"), PASSWORD);
			browser.submit(By.cssSelector("form[action$='/setup'] button[type=submit]"));
			assertThat(browser.currentPath()).startsWith("/login");
			assertThat(browser.driver().findElement(By.cssSelector(".brand-link")).getText())
				.isEqualTo("Helseklynge Vest");

			browser.open("/setup");
			assertThat(browser.status()).as("the setup page is gone for good").isEqualTo(404);
			assertThat(browser.loginAs("vestadmin", PASSWORD)).isEqualTo("/");
			browser.open("/settings");
			assertThat(browser.status()).isEqualTo(200);
			assertThat(jdbc.sql("select short_name from cluster").query(String.class).single()).isEqualTo("vest");
			assertThat(jdbc.sql("select installation_administrator from account where username = 'vestadmin'")
				.query(Boolean.class)
				.single()).isTrue();
		}
		finally {
			execute(serverUrl, user, password, "drop database if exists " + database + " with (force)");
		}
	}

	private static int port(ConfigurableApplicationContext app) {
		return ((WebServerApplicationContext) app).getWebServer().getPort();
	}

	/** The same server with another database: jdbc:postgresql://host:port/db?params. */
	static String withDatabase(String url, String database) {
		var matcher = java.util.regex.Pattern.compile("^(jdbc:postgresql://[^/?]+)(/[^?]*)?(\\?.*)?$").matcher(url);
		if (!matcher.matches()) {
			throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + url);
		}
		return matcher.group(1) + "/" + database + (matcher.group(3) == null ? "" : matcher.group(3));
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
