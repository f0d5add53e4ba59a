package klynge.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.jayway.jsonpath.JsonPath;
import klynge.KlyngeIntegrationTest;
import klynge.shared.Eventually;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 12, requirement 10: the import API previews, commits and reports like the pages,
 * for the same people, and another cluster can neither read nor commit an import.
 */
@KlyngeIntegrationTest
class ImportApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	static byte[] zip(int year) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("pm-" + year + ".txt"));
			zip.write(Fixtures.text(Fixtures.PM)
				.replace("27.03.2023", "27.03." + year)
				.replace("-23 ", "-" + (year % 100) + " ")
				.getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("notat-" + year + "-02-03.txt"));
			zip.write(("Notat frå samling " + year + "\n\nTil stades: Kari Nordvik, Ola Strand\n\n"
					+ "Gruppa gjekk gjennom framdrifta.\n")
				.getBytes(StandardCharsets.UTF_8));
		}
		return out.toByteArray();
	}

	@Test
	void theApiImportsAZipAsThePagesDo() throws Exception {
		UUID body = jdbc.sql("select id from body where cluster_id = 'a1ec0000-0000-4000-8000-000000000001' limit 1")
			.query(UUID.class)
			.single();
		// the pages
		String batch = mvc
			.perform(multipart("/imports")
				.file(new MockMultipartFile("files", "arkiv.zip", "application/zip", zip(2037)))
				.with(httpBasic("sekretariat", "demo"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String preview = mvc.perform(get(batch).with(httpBasic("sekretariat", "demo")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher bodyField = Pattern.compile("name=\"(body:[0-9a-f]+)\"").matcher(preview);
		Matcher dateField = Pattern.compile("name=\"(date:[0-9a-f]+)\"").matcher(preview);
		assertThat(bodyField.find() && dateField.find()).isTrue();
		String progress = mvc
			.perform(post(batch + "/commit").contentType("application/x-www-form-urlencoded")
				.content(bodyField.group(1) + "=" + body + "&" + dateField.group(1) + "=2037-02-03")
				.with(httpBasic("sekretariat", "demo"))
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		Eventually.value("the page import",
				() -> mvc.perform(get(progress).with(httpBasic("sekretariat", "demo")))
					.andReturn()
					.getResponse()
					.getContentAsString(),
				page -> page.contains("Ferdig."));

		// the API
		String created = mvc
			.perform(multipart("/api/v1/imports")
				.file(new MockMultipartFile("files", "arkiv.zip", "application/zip", zip(2038)))
				.with(httpBasic("sekretariat", "demo")))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = JsonPath.read(created, "$.id");
		assertThat(JsonPath.<List<String>>read(created, "$.files[*].fileName")).containsExactly("pm-2038.txt",
				"notat-2038-02-03.txt");
		assertThat(JsonPath.<String>read(created, "$.files[0].meeting.bodyName")).isNotBlank();
		assertThat(JsonPath.<List<String>>read(created, "$.files[0].items[*].title")).contains("Eventuelt");
		assertThat(JsonPath.<List<String>>read(created, "$.files[0].people[?(@.name == 'Margareth Hagen')].matchedBy"))
			.containsExactly("nameAndCode");
		assertThat(JsonPath.<String>read(created, "$.files[1].meeting.suggestedDate")).isEqualTo("2038-02-03");
		assertThat(JsonPath.<List<Integer>>read(created, "$.files[1].unplaced[*].line")).contains(5);
		mvc.perform(post("/api/v1/imports/" + id + "/commit").contentType("application/json")
			.content("""
					{"files": [{"fileName": "notat-2038-02-03.txt", "date": "2038-02-03", "bodyId": "%s"}]}"""
				.formatted(body))
			.with(httpBasic("sekretariat", "demo"))).andExpect(status().isAccepted());
		String done = Eventually.value("the API import",
				() -> mvc.perform(get("/api/v1/imports/" + id).with(httpBasic("sekretariat", "demo")))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsString(),
				json -> "done".equals(JsonPath.read(json, "$.status")));
		assertThat(JsonPath.<List<String>>read(done, "$.results[*].outcome")).containsExactly("imported", "imported");

		assertThat(meeting("pm-2038.txt"))
			.isEqualTo(meeting("pm-2037.txt").replace("2037", "2038").replace("-37", "-38"));
		assertThat(meeting("notat-2038-02-03.txt")).isEqualTo(meeting("notat-2037-02-03.txt").replace("2037", "2038"));
	}

	/** The meeting a file became: its items with their minutes, and who attended. */
	private String meeting(String fileName) {
		UUID meeting = jdbc.sql("select meeting_id from imported_document where file_name = ?")
			.param(fileName)
			.query(UUID.class)
			.single();
		List<String> items = jdbc
			.sql("""
					select concat_ws(' | ', i.case_seq, i.title, i.type, im.decision, im.notes) from agenda_item i
					left join item_minutes im on im.item_id = i.id left join agenda_item p on p.id = i.parent_id
					where i.meeting_id = ? order by coalesce(p.position, i.position), i.parent_id nulls first, i.position""")
			.param(meeting)
			.query(String.class)
			.list();
		List<String> people = jdbc.sql("""
				select concat_ws(' | ', coalesce(p.name, a.guest_name), a.status, d.name) from attendance a
				left join person p on p.id = a.person_id left join person d on d.id = a.deputy_person_id
				where a.meeting_id = ? order by a.sort_order""").param(meeting).query(String.class).list();
		String date = jdbc.sql("select meeting_date::text || ' ' || body_id from meeting where id = ?")
			.param(meeting)
			.query(String.class)
			.single();
		assertThat(items).isNotEmpty();
		return date + "\n" + String.join("\n", items) + "\n" + String.join("\n", people);
	}

	@Test
	void anotherClusterCannotReadOrCommitAnImportAndAnonymousIsRefused() throws Exception {
		String created = mvc
			.perform(post("/api/v1/imports").param("name", "tekst-2039.txt")
				.contentType("text/plain;charset=UTF-8")
				.content("Referat fra Partnermøtet\nDato: 05.05.2039\n\nSak 1/39 Oppstart\n\nVedtak: Godkjent.\n"
					.getBytes(StandardCharsets.UTF_8))
				.with(httpBasic("sekretariat", "demo")))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = JsonPath.read(created, "$.id");
		assertThat(JsonPath.<List<String>>read(created, "$.files[0].items[*].vedtak")).containsExactly("Godkjent.");
		mvc.perform(get("/api/v1/imports/" + id).with(httpBasic("nord", "demo"))).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/imports/" + id + "/commit").contentType("application/json")
			.content("{}")
			.with(httpBasic("nord", "demo"))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/imports/" + id)).andExpect(status().isUnauthorized());
		mvc.perform(post("/api/v1/imports").contentType("text/plain").content("Sak 1/39 X"))
			.andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/imports/" + id).with(httpBasic("medlem", "demo"))).andExpect(status().isForbidden());
		assertThat(jdbc.sql("select count(*) from imported_document where file_name = 'tekst-2039.txt'")
			.query(Integer.class)
			.single()).isZero();
		mvc.perform(get("/api/v1/imports/" + id).with(httpBasic("sekretariat", "demo"))).andExpect(status().isOk());
	}

	@Test
	void badInputIsAClearMessageInTheCallersLanguage() throws Exception {
		String problem = mvc.perform(
				post("/api/v1/imports").contentType("text/plain").content("").with(httpBasic("sekretariat", "demo")))
			.andExpect(status().is(422))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<String>read(problem, "$.detail")).isEqualTo("Velg minst én fil.");
		assertThat(Map.of("x", 1)).isNotEmpty();
	}

}
