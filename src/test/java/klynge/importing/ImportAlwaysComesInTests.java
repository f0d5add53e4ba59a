package klynge.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import klynge.KlyngeIntegrationTest;
import klynge.shared.Eventually;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 12, requirement 1: a text document always comes in. Without a date, without a
 * body of the cluster and without item headings it previews; the preview asks for the
 * date (suggested from the file name) and the body; what could not be placed is kept,
 * marked uncertain, on the meeting's item.
 */
@KlyngeIntegrationTest
class ImportAlwaysComesInTests {

	private static final String NO_HEADINGS = """
			Notat frå samling i prosjektgruppa

			Til stades: Kari Nordvik, Ola Strand

			Gruppa gjekk gjennom framdrifta og var samde om å halde fram som planlagt.
			Neste samling blir i mars.
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aDocumentWithoutDateBodyOrHeadingsPreviewsAsksAndComesIn() throws Exception {
		String batch = upload(NO_HEADINGS, "notat-2031-02-03.txt");
		String preview = mvc.perform(get(batch).with(httpBasic("sekretariat", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher dateField = Pattern.compile("name=\"(date:[0-9a-f]+)\"[^>]*value=\"2031-02-03\"").matcher(preview);
		assertThat(dateField.find()).as("date field with the file name's date: %s", preview).isTrue();
		Matcher bodyField = Pattern.compile("name=\"(body:[0-9a-f]+)\"").matcher(preview);
		assertThat(bodyField.find()).isTrue();
		assertThat(preview).contains("Fant ingen møtedato", "Gruppa gjekk gjennom framdrifta");
		UUID body = jdbc.sql("select id from body where cluster_id = 'a1ec0000-0000-4000-8000-000000000001' limit 1")
			.query(UUID.class)
			.single();

		String results = commit(batch, dateField.group(1) + "=2031-02-03&" + bodyField.group(1) + "=" + body);

		assertThat(results).contains("/meetings/").doesNotContain("item.import", "importing.");
		UUID meeting = jdbc.sql("select meeting_id from imported_document where file_name = 'notat-2031-02-03.txt'")
			.query(UUID.class)
			.single();
		assertThat(jdbc.sql("select meeting_date from meeting where id = ?")
			.param(meeting)
			.query(LocalDate.class)
			.single()).isEqualTo(LocalDate.of(2031, 2, 3));
		assertThat(jdbc.sql("""
				select m.notes from item_minutes m join agenda_item i on i.id = m.item_id where i.meeting_id = ?""")
			.param(meeting)
			.query(String.class)
			.single()).contains("_(usikker import)_ Gruppa gjekk gjennom framdrifta", "Neste samling blir i mars.");
	}

	@Test
	void withoutAChosenDateTheFileIsNotImportedAndSaysWhyWithoutALineNumber() throws Exception {
		String batch = upload(NO_HEADINGS.replace("prosjektgruppa", "styringsgruppa"), "notat.txt");
		String preview = mvc.perform(get(batch).with(httpBasic("sekretariat", "demo")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher bodyField = Pattern.compile("name=\"(body:[0-9a-f]+)\"").matcher(preview);
		assertThat(bodyField.find()).isTrue();
		UUID body = jdbc.sql("select id from body where cluster_id = 'a1ec0000-0000-4000-8000-000000000001' limit 1")
			.query(UUID.class)
			.single();
		String results = commit(batch, bodyField.group(1) + "=" + body);
		assertThat(results).contains("Velg møtedatoen i forhåndsvisningen").doesNotContain("linje 0", "importing.");
	}

	@Test
	void aCaseNumberTakenByAnotherMeetingIsSaidInWordsNeverAsAMessageKey() throws Exception {
		commit(upload("Referat fra Partnermøtet\nDato: 03.03.2032\n\nSak 1/32 Første sak\n", "a-2032.txt"), "");
		String results = commit(
				upload("Referat fra Partnermøtet\nDato: 04.04.2032\n\nSak 1/32 Andre sak\n", "b-2032.txt"), "");
		assertThat(results).contains("er allerede i bruk").doesNotContain("item.import.numberTaken");
	}

	@Test
	void aTextFileStartingWithPkIsReadAsText() {
		ImportedMinutes read = MinutesReader.read("pk.txt",
				("PK-møte\nDato: 01.02.2031\n\nSak 1/31 Oppstart\n\nVedtak: Godkjent.\n")
					.getBytes(StandardCharsets.UTF_8));
		assertThat(read.date()).isEqualTo(LocalDate.of(2031, 2, 1));
		assertThat(read.items()).extracting(ImportedItem::title).containsExactly("Oppstart");
	}

	private String upload(String text, String name) throws Exception {
		return mvc
			.perform(multipart("/imports")
				.file(new MockMultipartFile("files", name, "text/plain", text.getBytes(StandardCharsets.UTF_8)))
				.with(httpBasic("sekretariat", "demo"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
	}

	private String commit(String batch, String form) throws Exception {
		String progress = mvc
			.perform(post(batch + "/commit").contentType("application/x-www-form-urlencoded")
				.content(form)
				.with(httpBasic("sekretariat", "demo"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Eventually.value("the import to finish",
				() -> mvc.perform(get(progress).header("HX-Request", "true").with(httpBasic("sekretariat", "demo")))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsString(),
				page -> page.contains("<progress") && !page.contains("hx-get"));
	}

}
