package klynge.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

import klynge.KlyngeApplication;
import klynge.KlyngeIntegrationTest;
import klynge.shared.CiRule;
import org.flywaydb.core.Flyway;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Backup and restore (docs/operations.md): the per-cluster export restores into an empty
 * database and exports again to the same bytes; a pg_dump/pg_restore copy of the database
 * exports to the same bytes for every cluster; the export is for administrators only and
 * holds one cluster. The database round trips need Debian's PostgreSQL server and tools,
 * which bin/test starts and names in KLYNGE_EXTERNAL_DB_URL (skipped without it, failed
 * in CI).
 */
@KlyngeIntegrationTest
class BackupRestoreTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@TempDir
	Path temp;

	UUID cluster(String shortName) {
		return jdbc.sql("select id from cluster where short_name = ?").param(shortName).query(UUID.class).single();
	}

	@Test
	void onlyAdministratorsExportAndAnonymousMustLogIn() throws Exception {
		for (String route : List.of("/api/v1/export", "/settings/export", "/settings/export/download")) {
			mvc.perform(get(route).with(httpBasic("admin", "demo"))).andExpect(status().isOk());
			for (String user : List.of("sekretariat", "leder", "medlem", "observator")) {
				mvc.perform(get(route).with(httpBasic(user, "demo"))).andExpect(status().isForbidden());
			}
		}
		mvc.perform(get("/api/v1/export")).andExpect(status().isUnauthorized());
	}

	@Test
	void downloadsTheExportAsAnAttachmentAndLogsWhoExported() throws Exception {
		UUID alrek = cluster("alrek");
		long before = jdbc.sql("select count(*) from export_log where cluster_id = ? and exported_by = 'admin'")
			.param(alrek)
			.query(Long.class)
			.single();

		mvc.perform(get("/settings/export/download").with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"klynge-alrek.json\""))
			.andExpect(
					content().string(Matchers.startsWith("{\"format\":\"klynge-export\",\"version\":1,\"cluster\":{")));

		assertThat(jdbc.sql("select count(*) from export_log where cluster_id = ? and exported_by = 'admin'")
			.param(alrek)
			.query(Long.class)
			.single()).isEqualTo(before + 1);
		assertThat(jdbc.sql("select count(*) from audit_log where cluster_id = ? and table_name = 'export_log'")
			.param(alrek)
			.query(Long.class)
			.single()).isGreaterThan(0);
		mvc.perform(get("/settings/export").with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("href=\"/settings/export/download\"")))
			.andExpect(content().string(Matchers.containsString("<h1>Eksport av klyngen</h1>")))
			.andExpect(content().string(Matchers.containsString("<caption>")));
	}

	@Test
	void theNordExportHoldsNordRowsOnly() throws Exception {
		UUID nord = jdbc.sql("select cluster_id from account where username = 'nord'").query(UUID.class).single();
		UUID alrek = cluster("alrek");
		String export = mvc.perform(get("/api/v1/export").with(httpBasic("nord", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		Map<?, ?> document = (Map<?, ?>) CanonicalJson.parse(export);
		assertThat(((Map<?, ?>) document.get("cluster")).get("id")).isEqualTo(nord.toString());
		Map<?, ?> tables = (Map<?, ?>) document.get("tables");
		assertThat(new ArrayList<Object>(tables.keySet())).contains("account", "audit_log", "export_log",
				"organisation", "person");
		int rows = 0;
		for (Map.Entry<?, ?> table : tables.entrySet()) {
			for (Object row : (List<?>) table.getValue()) {
				assertThat(((Map<?, ?>) row).get("cluster_id")).as("a row of %s", table.getKey())
					.isEqualTo(nord.toString());
				rows++;
			}
		}
		assertThat(rows).isGreaterThan(0);
		assertThat(export).doesNotContain(alrek.toString());
	}

	@Test
	void writesEqualDataToEqualBytesInCanonicalForm() throws Exception {
		UUID alrek = cluster("alrek");
		byte[] first = export(dataSource, alrek);
		byte[] second = export(dataSource, alrek);
		String text = new String(first, StandardCharsets.UTF_8);

		assertThat(first).isEqualTo(second);
		Map<?, ?> tables = (Map<?, ?>) ((Map<?, ?>) CanonicalJson.parse(text)).get("tables");
		Map<?, ?> account = (Map<?, ?>) ((List<?>) tables.get("account")).getFirst();
		assertThat(new ArrayList<>(account.keySet())).isSorted();
		assertThat(String.valueOf(account.get("created_at")))
			.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z");
		assertThat(account.get("administrator")).isInstanceOf(Boolean.class);
		assertThat(account.get("version")).isInstanceOf(CanonicalJson.Number.class);
		assertThat(text).as("no password hashes in an export").doesNotContain("password_hash");
		List<?> versions = (List<?>) tables.get("minutes_version");
		assertThat(versions).isNotEmpty();
		assertThat(((Map<?, ?>) versions.getFirst()).get("content")).as("jsonb embedded as JSON")
			.isInstanceOf(Map.class);
		assertThat(new ArrayList<Object>(tables.keySet())).doesNotContain("cluster", "flyway_schema_history",
				"event_publication");
	}

	@Test
	void anExportRestoresIntoAnEmptyDatabaseAndExportsToTheSameBytes() throws Exception {
		Server server = server();
		UUID alrek = cluster("alrek");
		byte[] original = mvc.perform(get("/api/v1/export").with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		Path file = temp.resolve("klynge-alrek.json");
		Files.write(file, original);

		String database = server.createDatabase();
		try {
			// Command-line arguments: they outrank the test configuration, which
			// activates the demo profile.
			try (ConfigurableApplicationContext restored = new SpringApplicationBuilder(KlyngeApplication.class).run(
					"--spring.datasource.url=" + server.url(database), "--spring.datasource.username=" + server.user(),
					"--spring.datasource.password=" + server.password(), "--spring.profiles.active=default",
					"--spring.flyway.locations=classpath:db/migration", "--server.port=0", "--klynge.restore=" + file,
					"--logging.file.name=", "--logging.structured.format.file=",
					"--spring.modulith.events.republish-outstanding-events-on-restart=false")) {
				DataSource restoredData = restored.getBean(DataSource.class);
				assertThat(new String(export(restoredData, alrek), StandardCharsets.UTF_8))
					.isEqualTo(new String(original, StandardCharsets.UTF_8));
				JdbcClient restoredJdbc = JdbcClient.create(restoredData);
				assertThat(restoredJdbc.sql("select count(*) from cluster").query(Long.class).single()).isEqualTo(1);
				assertThat(restoredJdbc.sql("select count(*) from account where password_hash is not null")
					.query(Long.class)
					.single()).as("restored accounts ask for a new password").isZero();
				assertThat(restoredJdbc.sql("select count(*) from audit_log where actor = 'restore'")
					.query(Long.class)
					.single()).as("the restore itself is not logged as writes").isZero();
			}
		}
		finally {
			server.dropDatabase(database);
		}
	}

	@Test
	void aPgDumpRestoredIntoAnEmptyDatabaseExportsEveryClusterToTheSameBytes() throws Exception {
		Server server = server();
		String a = server.createDatabase();
		String b = server.createDatabase();
		try {
			Flyway.configure()
				.dataSource(server.url(a), server.user(), server.password())
				.locations("classpath:db/migration", "classpath:db/demo")
				.load()
				.migrate();
			Path dump = temp.resolve("klynge.dump");
			server.run("pg_dump", "-Fc", "-f", dump.toString(), a);
			server.run("pg_restore", "--no-owner", "--exit-on-error", "-d", b, dump.toString());

			try (Connection source = server.connect(a); Connection copy = server.connect(b)) {
				List<UUID> clusters = JdbcClient.create(new SingleConnectionDataSource(source, true))
					.sql("select id from cluster order by short_name")
					.query(UUID.class)
					.list();
				assertThat(clusters).hasSize(2);
				for (UUID cluster : clusters) {
					byte[] before = export(source, cluster);
					assertThat(before.length).isGreaterThan(1000);
					assertThat(new String(export(copy, cluster), StandardCharsets.UTF_8))
						.isEqualTo(new String(before, StandardCharsets.UTF_8));
				}
			}
		}
		finally {
			server.dropDatabase(a);
			server.dropDatabase(b);
		}
	}

	static byte[] export(DataSource dataSource, UUID cluster) throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			return export(connection, cluster);
		}
	}

	static byte[] export(Connection connection, UUID cluster) throws SQLException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ClusterExport.write(connection, cluster, out);
		return out.toByteArray();
	}

	/** The PostgreSQL server bin/test starts, and its client tools. */
	record Server(String serverUrl, String user, String password, Path bin) {

		String url(String database) {
			Matcher matcher = Pattern.compile("^(jdbc:postgresql://[^/?]+)(/[^?]*)?(\\?.*)?$").matcher(serverUrl);
			assertThat(matcher.matches()).as("a PostgreSQL JDBC URL: %s", serverUrl).isTrue();
			return matcher.group(1) + "/" + database + (matcher.group(3) == null ? "" : matcher.group(3));
		}

		Connection connect(String database) throws SQLException {
			return DriverManager.getConnection(url(database), user, password);
		}

		String createDatabase() throws SQLException {
			String database = "klynge_backup_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
			execute("create database " + database);
			return database;
		}

		void dropDatabase(String database) throws SQLException {
			execute("drop database if exists " + database + " with (force)");
		}

		private void execute(String sql) throws SQLException {
			try (Connection connection = DriverManager.getConnection(serverUrl, user, password);
					Statement statement = connection.createStatement()) {
				statement.execute(sql);
			}
		}

		/**
		 * Runs pg_dump or pg_restore against the server; the database name is the last
		 * argument.
		 */
		void run(String tool, String... arguments) throws Exception {
			Matcher hostPort = Pattern.compile("^jdbc:postgresql://([^/:?]+)(?::(\\d+))?").matcher(serverUrl);
			assertThat(hostPort.find()).isTrue();
			List<String> command = new ArrayList<>(List.of(bin.resolve(tool).toString(), "-h", hostPort.group(1), "-p",
					hostPort.group(2) == null ? "5432" : hostPort.group(2), "-U", user, "--no-password"));
			command.addAll(List.of(arguments));
			ProcessBuilder process = new ProcessBuilder(command).redirectErrorStream(true);
			process.environment().put("PGPASSWORD", password);
			Process started = process.start();
			String output = new String(started.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(started.waitFor(5, TimeUnit.MINUTES)).isTrue();
			assertThat(started.exitValue()).as("%s failed:%n%s", command, output).isZero();
		}
	}

	static Server server() throws Exception {
		String url = System.getenv("KLYNGE_EXTERNAL_DB_URL");
		Path bin = postgresBin();
		CiRule.require(url != null && !url.isBlank() && bin != null,
				"External PostgreSQL or its tools missing: "
						+ "KLYNGE_EXTERNAL_DB_URL not set or no /usr/lib/postgresql/*/bin/pg_dump "
						+ "(bin/test starts Debian's PostgreSQL and sets it)");
		String user = System.getenv()
			.getOrDefault("KLYNGE_EXTERNAL_DB_URL_USER",
					System.getenv().getOrDefault("KLYNGE_EXTERNAL_DB_USER", "postgres"));
		String password = System.getenv()
			.getOrDefault("KLYNGE_EXTERNAL_DB_URL_PASSWORD",
					System.getenv().getOrDefault("KLYNGE_EXTERNAL_DB_PASSWORD", ""));
		return new Server(url, user, password, bin);
	}

	/** The newest Debian PostgreSQL's tools, as bin/test picks its server. */
	static Path postgresBin() throws Exception {
		Path root = Path.of("/usr/lib/postgresql");
		if (!Files.isDirectory(root)) {
			return null;
		}
		try (var versions = Files.list(root)) {
			return versions.map(version -> version.resolve("bin"))
				.filter(bin -> Files.isExecutable(bin.resolve("pg_dump"))
						&& Files.isExecutable(bin.resolve("pg_restore")))
				.max((x, y) -> Integer.compare(major(x), major(y)))
				.orElse(null);
		}
	}

	private static int major(Path bin) {
		try {
			return Integer.parseInt(bin.getParent().getFileName().toString());
		}
		catch (NumberFormatException e) {
			return 0;
		}
	}

}
