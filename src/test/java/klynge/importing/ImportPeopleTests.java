package klynge.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import klynge.KlyngeIntegrationTest;
import klynge.shared.Eventually;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 12, requirement 7, through the pages: Nord's MH is Marit Halvorsen, so Alrek's
 * minutes naming "Margareth Hagen (MH)" must not put Marit at the meeting; the preview
 * says who each person was matched to and why, and what the code would have bound.
 */
@KlyngeIntegrationTest
class ImportPeopleTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void margarethHagenWithCodeMhIsNotNordsMaritHalvorsen() throws Exception {
		byte[] file = Fixtures.text(Fixtures.PM)
			.replace("27.03.2023", "27.03.2033")
			.replace("-23 ", "-33 ")
			.replace("Partnermøtet", "Partnarmøtet")
			.replace("PARTNERMØTE", "PARTNARMØTE")
			.replace("Årsmelding", "Årsrapport")
			.getBytes(StandardCharsets.UTF_8);
		String batch = upload(file, "pm-nord-2033.txt", "nord");
		String preview = mvc.perform(get(batch).with(httpBasic("nord", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(preview).contains("Koden MH høyrer til Marit Halvorsen");
		commit(batch, "nord");
		UUID meeting = jdbc.sql("select meeting_id from imported_document where file_name = 'pm-nord-2033.txt'")
			.query(UUID.class)
			.single();
		List<String> names = jdbc.sql("""
				select p.name from attendance a join person p on p.id = a.person_id
				where a.meeting_id = ? order by a.sort_order""").param(meeting).query(String.class).list();
		assertThat(names).contains("Margareth Hagen").doesNotContain("Marit Halvorsen");
	}

	@Test
	void thePreviewSaysWhoEachPersonIsAndWhy() throws Exception {
		byte[] file = Fixtures.text(Fixtures.PM)
			.replace("27.03.2023", "27.03.2034")
			.replace("-23 ", "-34 ")
			.replace("\tKjell A. Wolff\tKAW\t", "\tWolff, Kjell\t\t")
			.replace("\tBård Mæland\tBM\t", "\tBard Maeland\t\t")
			.replace("\tGunnar Yttri\tGY\t", "\tGunnar Yttr\tGY\t")
			.getBytes(StandardCharsets.UTF_8);
		String preview = mvc
			.perform(get(upload(file, "pm-2034.txt", "sekretariat")).with(httpBasic("sekretariat", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(preview).contains("MH – Margareth Hagen (navn og kode stemmer)",
				"KAW – Kjell A. Wolff (navnevariant", "BM – Bård Mæland (navnevariant",
				"GY – Gunnar Yttri (lignende navn", "Opprett ny person", "Bare navnet (gjest)");
	}

	private String upload(byte[] content, String name, String user) throws Exception {
		return mvc
			.perform(multipart("/imports").file(new MockMultipartFile("files", name, "text/plain", content))
				.with(httpBasic(user, "demo"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
	}

	private String commit(String batch, String user) throws Exception {
		String progress = mvc.perform(post(batch + "/commit").with(httpBasic(user, "demo")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Eventually.value("the import to finish",
				() -> mvc.perform(get(progress).header("HX-Request", "true").with(httpBasic(user, "demo")))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsString(),
				page -> page.contains("<progress") && !page.contains("hx-get"));
	}

}
