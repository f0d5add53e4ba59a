package klynge.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import klynge.KlyngeIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Import previews belong to their cluster (issue 9, finding 7): kept in the database with
 * an expiry, a count and a size budget per cluster; Helseklynge Nord can neither see,
 * confirm nor push out Alrek's preview by uploading many of its own; an expired preview
 * is gone; an upload that cannot fit the budget is refused with a message, and a zip bomb
 * gets a clear message, not a 500.
 */
@KlyngeIntegrationTest
class ImportPreviewTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	String upload(String user, String name, byte[] content) throws Exception {
		return mvc
			.perform(multipart("/imports").file(new MockMultipartFile("files", name, "text/plain", content))
				.with(httpBasic(user, "demo"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
	}

	static byte[] minutes(int n) {
		return Fixtures.text(Fixtures.AG).replace("2021", String.valueOf(2100 + n)).getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void anotherClusterCanNeitherSeeNorPushOutAPreview() throws Exception {
		String alrek = upload("sekretariat", "alrek.txt", minutes(1));
		mvc.perform(get(alrek).with(httpBasic("sekretariat", "demo"))).andExpect(status().isOk());
		mvc.perform(get(alrek).with(httpBasic("nord", "demo"))).andExpect(status().isNotFound());
		mvc.perform(post(alrek + "/commit").with(httpBasic("nord", "demo")).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(get(alrek + "/progress").with(httpBasic("nord", "demo"))).andExpect(status().isNotFound());

		List<String> nords = new ArrayList<>();
		for (int i = 0; i < 55; i++) { // more than the 50 that all clusters shared before
			nords.add(upload("nord", "nord-" + i + ".txt", minutes(10 + i)));
		}
		mvc.perform(get(alrek).with(httpBasic("sekretariat", "demo"))).andExpect(status().isOk());
		mvc.perform(get(nords.getFirst()).with(httpBasic("nord", "demo"))).andExpect(status().isNotFound());
		mvc.perform(get(nords.getLast()).with(httpBasic("nord", "demo"))).andExpect(status().isOk());
		assertThat(count("40d00000-0000-4000-8000-000000000002")).isEqualTo(ImportBatches.KEEP);
		assertThat(count("a1ec0000-0000-4000-8000-000000000001")).isPositive();
	}

	@Test
	void anExpiredPreviewIsGone() throws Exception {
		String batch = upload("sekretariat", "utgaatt.txt", minutes(50));
		mvc.perform(get(batch).with(httpBasic("sekretariat", "demo"))).andExpect(status().isOk());
		UUID id = UUID.fromString(batch.substring(batch.lastIndexOf('/') + 1));
		jdbc.sql("update import_batch set expires_at = now() - interval '1 minute' where id = ?").param(id).update();
		mvc.perform(get(batch).with(httpBasic("sekretariat", "demo"))).andExpect(status().isNotFound());
		mvc.perform(post(batch + "/commit").with(httpBasic("sekretariat", "demo")).with(csrf()))
			.andExpect(status().isNotFound());
		upload("sekretariat", "ny.txt", minutes(51));
		assertThat(jdbc.sql("select count(*) from import_batch where id = ?").param(id).query(Integer.class).single())
			.isZero();
	}

	@Test
	void aPreviewReadsAgainFromTheDatabase() throws Exception {
		String batch = upload("sekretariat", "lagret.txt", minutes(60));
		for (int i = 0; i < 12; i++) {
			upload("admin", "fyll-" + i + ".txt", minutes(61 + i));
		}
		String page = mvc.perform(get(batch).with(httpBasic("sekretariat", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("lagret.txt", "2160");
	}

	@Test
	void aZipBombGetsAClearMessage() throws Exception {
		byte[] bomb = ImportLimitsTests.docx(60 * ImportLimitsTests.MB, false);
		String batch = mvc
			.perform(multipart("/imports")
				.file(new MockMultipartFile("files", "bombe.docx",
						"application/vnd.openxmlformats-officedocument.wordprocessingml.document", bomb))
				.with(httpBasic("sekretariat", "demo"))
				.with(csrf())
				.header("Accept-Language", "nb"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String page = mvc.perform(get(batch).with(httpBasic("sekretariat", "demo")).header("Accept-Language", "nb"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("pakker seg ut til mer enn");
	}

	int count(String cluster) {
		return jdbc.sql("select count(*) from import_batch where cluster_id = ?::uuid and expires_at > now()")
			.param(cluster)
			.query(Integer.class)
			.single();
	}

}
