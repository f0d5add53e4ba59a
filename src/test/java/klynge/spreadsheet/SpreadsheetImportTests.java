package klynge.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import klynge.KlyngeIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Issue 13, requirement 2: the cluster's organisations, people, bodies and memberships
 * from a spreadsheet. Every kind of row error gets its message beside its row; the same
 * file twice changes nothing; the commit is one transaction; the lists go out and come
 * back in (XLSX and CSV), into the same cluster and into Nord; a cluster sees and links
 * only its own rows.
 */
@KlyngeIntegrationTest
class SpreadsheetImportTests {

	static final UUID ALREK = UUID.fromString("a1ec0000-0000-4000-8000-000000000001");

	static final UUID NORD = UUID.fromString("40d00000-0000-4000-8000-000000000002");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	static String fresh() {
		return UUID.randomUUID().toString().substring(0, 6);
	}

	/** Five letters no demo person has. */
	static String code() {
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < 5; i++) {
			code.append((char) ('A' + java.util.concurrent.ThreadLocalRandom.current().nextInt(26)));
		}
		return code.toString();
	}

	ResultActions api(String user, String action, String fileName, byte[] content) throws Exception {
		return mvc.perform(multipart("/api/v1/spreadsheets/" + action)
			.file(new MockMultipartFile("file", fileName, "application/octet-stream", content))
			.with(httpBasic(user, "demo")));
	}

	String apiJson(String user, String action, String fileName, byte[] content) throws Exception {
		return api(user, action, fileName, content).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	/** The message beside a row of a list in the API's answer. */
	static String message(String json, String list, int row) {
		List<String> found = JsonPath.read(json,
				"$.sheets[?(@.list=='" + list + "')].rows[?(@.row==" + row + ")].message");
		assertThat(found).as(list + " row " + row).hasSize(1);
		return found.getFirst();
	}

	static String outcome(String json, String list, int row) {
		List<String> found = JsonPath.read(json,
				"$.sheets[?(@.list=='" + list + "')].rows[?(@.row==" + row + ")].outcome");
		return found.getFirst();
	}

	String preview(MockHttpSession session, String user, String fileName, byte[] content) throws Exception {
		return mvc
			.perform(multipart("/spreadsheets/preview")
				.file(new MockMultipartFile("file", fileName, "application/octet-stream", content))
				.session(session)
				.with(httpBasic(user, "demo"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	ResultActions commit(MockHttpSession session, String user, String previewPage) throws Exception {
		Matcher digest = Pattern.compile("name=\"digest\" value=\"([0-9a-f]+)\"").matcher(previewPage);
		assertThat(digest.find()).as("the preview offers to save").isTrue();
		return mvc.perform(post("/spreadsheets/commit").param("digest", digest.group(1))
			.session(session)
			.with(httpBasic(user, "demo"))
			.with(csrf()));
	}

	int count(String table, UUID cluster) {
		return jdbc.sql("select count(*) from " + table + " where cluster_id = ?")
			.param(cluster)
			.query(Integer.class)
			.single();
	}

	Map<String, Integer> counts(UUID cluster) {
		return Map.of("organisation", count("organisation", cluster), "partnership", count("partnership", cluster),
				"person", count("person", cluster), "affiliation", count("affiliation", cluster), "body",
				count("body", cluster), "membership", count("membership", cluster));
	}

	/**
	 * The audit log's rows of the registry's and the bodies' tables, by the
	 * administrator.
	 */
	long auditRows() {
		return jdbc.sql("""
				select count(*) from audit_log where actor = 'admin' and table_name in
				  ('organisation', 'partnership', 'person', 'affiliation', 'body', 'body_name', 'membership')""")
			.query(Long.class)
			.single();
	}

	/**
	 * A small cluster's lists, with a parent after its child and a deputy before its
	 * member.
	 */
	static Sheets lists(String x, String a, String b, String c) {
		return Sheets.workbook()
			.sheet("Organisasjoner", "Navn", "Type", "Overordnet", "Partner fra")
			.row("Fakultet " + x, "Universitet", "Universitet " + x, null)
			.row("Universitet " + x, "UNIVERSITY", null, "01.01.2024")
			.row("Kommune " + x, "Kommune", null, "2024-02-01")
			.sheet("Personer", "Navn", "Kode", "E-post", "Telefon", "Tittel", "Organisasjon")
			.row("Anne " + x, a, "anne." + x + "@example.org", "+47 555 00 000", "Dekan", "Fakultet " + x)
			.row("Bjørn " + x, b, "bjorn." + x + "@example.org", null, null, "Kommune " + x)
			.row("Cecilie " + x, c, null, null, null, null)
			.sheet("Organer", "Navn", "Type", "Opprettet")
			.row("Styre " + x, "Styringsgruppe", "01.01.2024")
			.sheet("Medlemskap", "Organ", "Person", "Rolle", "Sete", "Fra", "Til", "Vara for")
			.row("Styre " + x, c, "Varamedlem", "Kommune", "01.01.2024", null, b)
			.row("Styre " + x, a, "Leder", "Universitetet", "01.01.2024", null, null)
			.row("Styre " + x, "bjorn." + x + "@example.org", "Medlem", "Kommune", "01.01.2024", "31.12.2025", null);
	}

	@Test
	void everyRowThatCannotBeTakenSaysWhyBesideIt() throws Exception {
		String x = fresh();
		String a = code();
		byte[] file = Sheets.workbook()
			.sheet("Organisasjoner", "Navn", "Type", "Overordnet", "Partner fra")
			.row("Org " + x, "Kommune", null, null)
			.row(null, "Kommune", null, null)
			.row("Org2 " + x, "Sykehus?", null, null)
			.row("Org3 " + x, "Kommune", null, "31.02.2024")
			.row("Org4 " + x, "Kommune", "Finnes ikke " + x, null)
			.row("Org " + x, "Kommune", null, null)
			.sheet("Personer", "Navn", "Kode", "E-post", "Telefon", "Tittel", "Organisasjon")
			.row("Ny Person " + x, a, "ny." + x + "@example.org", null, null, "Org " + x)
			.row("Dobbel " + x, a, null, null, null, null)
			.row("Mona Hansen " + x, "MH", null, null, null, null)
			.row("Feil Epost " + x, code(), "ikke-en-adresse", null, null, null)
			.row("Ukjent Org " + x, code(), null, null, null, "Ingen slik " + x)
			.row("Ugyldig Kode " + x, "M1", null, null, null, null)
			.row("Samme Epost " + x, code(), "mh@alrek.example.org", null, null, null)
			.sheet("Organer", "Navn", "Type", "Opprettet")
			.row("Organ " + x, "Komité?", null)
			.sheet("Medlemskap", "Organ", "Person", "Rolle", "Sete", "Fra", "Til", "Vara for")
			.row("Ikke et organ " + x, "GY", "Medlem", "X", "01.01.2024", null, null)
			.row("Partnermøtet", "Ingen Person " + x, "Medlem", "X", "01.01.2024", null, null)
			.row("Partnermøtet", "GY", "Konge", "X", "01.01.2024", null, null)
			.row("Partnermøtet", "GY", "Medlem", "X", "1. januar", null, null)
			.row("Partnermøtet", "GY", "Varamedlem", "X", "01.01.2024", null, a)
			.row("Partnermøtet", a, "Medlem", null, "01.01.2024", null, null)
			.xlsx();
		mh(); // the demo's Margareth Hagen has this address
		int before = count("organisation", ALREK);
		String json = apiJson("admin", "preview", "liste.xlsx", file);

		assertThat(outcome(json, "organisations", 2)).isEqualTo("NEW");
		assertThat(message(json, "organisations", 3)).isEqualTo("Navn mangler.");
		assertThat(message(json, "organisations", 4)).isEqualTo("Ukjent type: Sykehus?");
		assertThat(message(json, "organisations", 5)).startsWith("Ugyldig dato: 31.02.2024");
		assertThat(message(json, "organisations", 6)).isEqualTo("Ukjent overordnet organisasjon: Finnes ikke " + x);
		assertThat(message(json, "organisations", 7)).isEqualTo("Org " + x + " står allerede på rad 2.");
		assertThat(outcome(json, "people", 2)).isEqualTo("NEW");
		assertThat(message(json, "people", 3)).isEqualTo("Koden " + a + " står allerede på rad 2.");
		assertThat(message(json, "people", 4)).contains("MH").contains("Margareth Hagen");
		assertThat(message(json, "people", 5)).isEqualTo("Ugyldig e-postadresse: ikke-en-adresse");
		assertThat(message(json, "people", 6)).isEqualTo("Ukjent organisasjon: Ingen slik " + x);
		assertThat(message(json, "people", 7)).contains("2–6");
		assertThat(message(json, "people", 8)).contains("mh@alrek.example.org").contains("Margareth Hagen");
		assertThat(message(json, "bodies", 2)).isEqualTo("Ukjent type: Komité?");
		assertThat(message(json, "memberships", 2)).isEqualTo("Ukjent organ: Ikke et organ " + x);
		assertThat(message(json, "memberships", 3)).isEqualTo("Ukjent person: Ingen Person " + x);
		assertThat(message(json, "memberships", 4)).isEqualTo("Ukjent rolle: Konge");
		assertThat(message(json, "memberships", 5)).startsWith("Ugyldig dato: 1. januar");
		assertThat(message(json, "memberships", 6)).isNotBlank(); // the new person holds
																	// no membership
		assertThat(message(json, "memberships", 7)).isEqualTo("Sete mangler.");
		assertThat(JsonPath.<Integer>read(json, "$.created")).isEqualTo(2);
		assertThat(count("organisation", ALREK)).as("a preview saves nothing").isEqualTo(before);

		// the page shows the same, in the user's language
		String page = mvc
			.perform(multipart("/spreadsheets/preview")
				.file(new MockMultipartFile("file", "liste.xlsx", "application/octet-stream", file))
				.param("lang", "en")
				.with(httpBasic("admin", "demo"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Unknown type: Sykehus?")
			.contains("Invalid e-mail address: ikke-en-adresse")
			.contains("Unknown body: Ikke et organ " + x)
			.contains("2 new");
	}

	private void mh() {
		assertThat(jdbc.sql("select count(*) from person where cluster_id = ? and email = 'mh@alrek.example.org'")
			.param(ALREK)
			.query(Integer.class)
			.single()).isOne();
	}

	@Test
	void anOverlappingTermIsRefusedByTheBodysOwnRule() throws Exception {
		String x = fresh();
		String a = code();
		String b = code();
		byte[] file = Sheets.workbook()
			.sheet("Personer", "Navn", "Kode")
			.row("Første " + x, a)
			.row("Andre " + x, b)
			.sheet("Organer", "Navn", "Type")
			.row("Gruppe " + x, "Arbeidsgruppe")
			.sheet("Medlemskap", "Organ", "Person", "Rolle", "Sete", "Fra", "Til")
			.row("Gruppe " + x, a, "Medlem", "Sete 1", "01.01.2024", "31.12.2024")
			.row("Gruppe " + x, b, "Medlem", "Sete 1", "01.06.2024", null)
			.xlsx();
		String json = apiJson("admin", "preview", "overlapp.xlsx", file);
		assertThat(outcome(json, "memberships", 2)).isEqualTo("NEW");
		assertThat(message(json, "memberships", 3)).contains("Første " + x);
	}

	@Test
	void theSameFileTwiceChangesNothing() throws Exception {
		String x = fresh();
		byte[] file = lists(x, code(), code(), code()).xlsx();
		MockHttpSession session = new MockHttpSession();
		Map<String, Integer> before = counts(ALREK);
		long auditBefore = auditRows();
		String page = preview(session, "admin", "klynge.xlsx", file);
		assertThat(page).contains("10 nye, 0 uendret, 0 kan ikke tas inn.");
		commit(session, "admin", page).andExpect(status().is3xxRedirection());
		Map<String, Integer> after = counts(ALREK);
		assertThat(after.get("organisation") - before.get("organisation")).isEqualTo(3);
		assertThat(after.get("partnership") - before.get("partnership")).isEqualTo(2);
		assertThat(after.get("person") - before.get("person")).isEqualTo(3);
		assertThat(after.get("affiliation") - before.get("affiliation")).isEqualTo(2);
		assertThat(after.get("body") - before.get("body")).isEqualTo(1);
		assertThat(after.get("membership") - before.get("membership")).isEqualTo(3);
		assertThat(auditRows()).as("every write is in the audit log").isGreaterThan(auditBefore + 13);
		assertThat(jdbc.sql("""
				select p.name from organisation o join organisation p on p.id = o.parent_id
				where o.cluster_id = ? and o.name = ?""").params(ALREK, "Fakultet " + x).query(String.class).single())
			.isEqualTo("Universitet " + x);

		long auditAfter = auditRows();
		String again = preview(session, "admin", "klynge.xlsx", file);
		assertThat(again).contains("0 nye, 10 uendret, 0 kan ikke tas inn.").contains("Uendret");
		// the API's commit of the same file: nothing new either
		String json = apiJson("admin", "commit", "klynge.xlsx", file);
		assertThat(JsonPath.<Integer>read(json, "$.created")).isZero();
		assertThat(JsonPath.<Integer>read(json, "$.unchanged")).isEqualTo(10);
		assertThat(counts(ALREK)).isEqualTo(after);
		assertThat(auditRows()).isEqualTo(auditAfter);
	}

	@Test
	void aDatabaseFailureMidCommitSavesNothing() throws Exception {
		String x = fresh();
		byte[] file = lists(x, code(), code(), code()).xlsx();
		MockHttpSession session = new MockHttpSession();
		String page = preview(session, "admin", "klynge.xlsx", file);
		Map<String, Integer> before = counts(ALREK);
		// the third person fails in the database after the organisations and two people
		// are written
		jdbc.sql("""
				create or replace function test_refuse_cecilie() returns trigger language plpgsql as $$
				begin
				  if new.name like 'Cecilie %' then raise exception 'disk full (test)'; end if;
				  return new;
				end $$""").update();
		jdbc.sql("create trigger test_refuse_cecilie before insert on person for each row "
				+ "execute function test_refuse_cecilie()")
			.update();
		try {
			String refused = commit(session, "admin", page).andExpect(status().is(422))
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			assertThat(refused).contains("ingenting ble lagret");
			api("admin", "commit", "klynge.xlsx", file).andExpect(status().isConflict());
		}
		finally {
			jdbc.sql("drop trigger test_refuse_cecilie on person").update();
			jdbc.sql("drop function test_refuse_cecilie()").update();
		}
		assertThat(counts(ALREK)).isEqualTo(before);
		assertThat(jdbc.sql("select count(*) from organisation where name = ?")
			.param("Universitet " + x)
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void anExportComesBackUnchangedAndLoadsAnotherCluster() throws Exception {
		String x = fresh();
		String a = code();
		String b = code();
		String c = code();
		apiJson("admin", "commit", "klynge.xlsx", lists(x, a, b, c).xlsx());

		byte[] xlsx = download("admin", "/spreadsheets/export.xlsx");
		assertAllUnchanged(apiJson("admin", "preview", "eksport.xlsx", xlsx), x, 10);
		for (String list : List.of("organisations", "people", "bodies", "memberships")) {
			byte[] csv = download("admin", "/spreadsheets/export.csv?list=" + list);
			assertAllUnchanged(apiJson("admin", "preview", list + ".csv", csv), x, list.equals("bodies") ? 1 : 3);
		}

		// Nord takes Alrek's lists (the rows of this test): as XLSX, and as CSV files
		Sheets only = Sheets.workbook();
		for (Table table : SpreadsheetReader.read("eksport.xlsx", xlsx)) {
			only.sheet(table.kind().title(), table.headers().toArray(String[]::new));
			table.rows()
				.stream()
				.filter(row -> String.join(";", row.cells().stream().map(String::valueOf).toList()).contains(x))
				.forEach(row -> only.row(row.cells().toArray(String[]::new)));
		}
		String nord = apiJson("nord", "commit", "alrek.xlsx", only.xlsx());
		assertThat(JsonPath.<Integer>read(nord, "$.created")).as(nord).isEqualTo(10);
		sameLists(x);

		String y = fresh();
		apiJson("admin", "commit", "klynge.xlsx", lists(y, code(), code(), code()).xlsx());
		for (String list : List.of("organisations", "people", "bodies", "memberships")) {
			List<String> rows = new java.util.ArrayList<>(
					new String(download("admin", "/spreadsheets/export.csv?list=" + list), StandardCharsets.UTF_8)
						.lines()
						.toList());
			String header = rows.getFirst();
			String csv = header + "\r\n" + String.join("\r\n", lines(rows, y)) + "\r\n";
			// commas, as another Excel saves, for two of the four
			if (list.startsWith("o") || list.startsWith("b")) {
				csv = csv.replace(';', ',');
			}
			String taken = apiJson("nord", "commit", list + ".csv", csv.getBytes(StandardCharsets.UTF_8));
			assertThat(JsonPath.<Integer>read(taken, "$.refused")).as(taken).isZero();
		}
		sameLists(y);
	}

	/**
	 * The rows of this test (those naming the marker) come back unchanged, and nothing at
	 * all is new. (Rows other tests made are not this test's to judge.)
	 */
	static void assertAllUnchanged(String json, String marker, int expected) {
		assertThat(JsonPath.<Integer>read(json, "$.created")).as(json).isZero();
		List<List<String>> marked = JsonPath.read(json, "$.sheets[*].rows[?(@.outcome == 'UNCHANGED')].cells");
		List<List<String>> refused = JsonPath.read(json, "$.sheets[*].rows[?(@.outcome == 'ERROR')].cells");
		assertThat(marked.stream().filter(cells -> String.valueOf(cells).contains(marker)).count()).as(json)
			.isGreaterThanOrEqualTo(expected);
		assertThat(refused.stream().filter(cells -> String.valueOf(cells).contains(marker)).toList()).as(json)
			.isEmpty();
	}

	/** Nord's lists hold the marked rows exactly as Alrek's. */
	void sameLists(String marker) throws Exception {
		for (String list : List.of("organisations", "people", "bodies", "memberships")) {
			List<String> alrekRows = lines(download("admin", "/spreadsheets/export.csv?list=" + list), marker);
			List<String> nordRows = lines(download("nord", "/spreadsheets/export.csv?list=" + list + "&lang=nb"),
					marker);
			assertThat(alrekRows).as(list).isNotEmpty();
			assertThat(nordRows).as(list).containsExactlyInAnyOrderElementsOf(alrekRows);
		}
	}

	List<String> lines(List<String> rows, String marker) {
		return rows.stream().filter(line -> line.contains(marker)).toList();
	}

	List<String> lines(byte[] csv, String marker) {
		return new String(csv, StandardCharsets.UTF_8).lines().filter(line -> line.contains(marker)).toList();
	}

	byte[] download(String user, String url) throws Exception {
		return mvc.perform(get(url).with(httpBasic(user, "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	@Test
	void aClusterLinksOnlyItsOwnRows() throws Exception {
		String x = fresh();
		// a person only Alrek has (other tests may give Nord people of the demo's names)
		String k = code();
		String alrekOnly = "Kun Alrek " + x;
		apiJson("admin", "commit", "alrek.xlsx",
				Sheets.workbook().sheet("Personer", "Navn", "Kode").row(alrekOnly, k).xlsx());
		byte[] file = Sheets.workbook()
			.sheet("Medlemskap", "Organ", "Person", "Rolle", "Sete", "Fra")
			.row("Partnermøtet", k, "Medlem", "Sete " + x, "01.01.2024")
			.row("Partnarmøtet", alrekOnly, "Medlem", "Sete " + x, "01.01.2024")
			.xlsx();
		int before = count("membership", ALREK);
		String json = apiJson("nord", "commit", "alrek.xlsx", file);
		assertThat(message(json, "memberships", 2)).contains("Partnermøtet");
		assertThat(message(json, "memberships", 3)).contains(alrekOnly);
		assertThat(count("membership", ALREK)).isEqualTo(before);
		// Nord's export has none of Alrek's people
		assertThat(new String(download("nord", "/spreadsheets/export.csv?list=people"), StandardCharsets.UTF_8))
			.doesNotContain(alrekOnly)
			.contains("Marit Halvorsen");
		// a preview kept in Alrek's session is not Nord's to commit
		MockHttpSession session = new MockHttpSession();
		String page = preview(session, "admin", "klynge.xlsx", lists(x, code(), code(), code()).xlsx());
		Map<String, Integer> nordBefore = counts(NORD);
		commit(session, "nord", page).andExpect(status().is(422));
		assertThat(counts(NORD)).isEqualTo(nordBefore);
	}

	@Test
	void onlyAdministratorsLoadAndOnlyStaffDownload() throws Exception {
		byte[] file = lists(fresh(), code(), code(), code()).xlsx();
		for (String user : List.of("medlem", "leder", "sekretariat")) {
			mvc.perform(multipart("/spreadsheets/preview")
				.file(new MockMultipartFile("file", "l.xlsx", "application/octet-stream", file))
				.with(httpBasic(user, "demo"))
				.with(csrf())).andExpect(status().isForbidden());
			api(user, "commit", "l.xlsx", file).andExpect(status().isForbidden());
		}
		mvc.perform(multipart("/api/v1/spreadsheets/commit")
			.file(new MockMultipartFile("file", "l.xlsx", "application/octet-stream", file)))
			.andExpect(status().isUnauthorized());
		for (String url : List.of("/spreadsheets/export.csv?list=people", "/spreadsheets/export.xlsx")) {
			assertThat(mvc.perform(get(url)).andReturn().getResponse().getStatus()).isIn(302, 401);
			mvc.perform(get(url).with(httpBasic("medlem", "demo"))).andExpect(status().isForbidden());
			mvc.perform(get(url).with(httpBasic("sekretariat", "demo"))).andExpect(status().isOk());
		}
	}

	@Test
	void aNewClusterFindsTheImport() throws Exception {
		String home = mvc.perform(get("/").with(httpBasic("admin", "demo")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(home).contains("href=\"/spreadsheets\"");
		String template = new String(download("admin", "/spreadsheets/template.csv?list=memberships"),
				StandardCharsets.UTF_8);
		assertThat(template).isEqualTo("\uFEFFOrgan;Person;Rolle;Sete;Fra;Til;Vara for\r\n");
		byte[] xlsx = download("admin", "/spreadsheets/template.xlsx");
		String json = apiJson("admin", "preview", "mal.xlsx", xlsx);
		assertThat(JsonPath.<List<String>>read(json, "$.sheets[*].list")).containsExactly("organisations", "people",
				"bodies", "memberships");
	}

}
