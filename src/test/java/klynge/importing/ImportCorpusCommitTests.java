package klynge.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.jayway.jsonpath.JsonPath;
import klynge.shared.Eventually;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 12, "done when": the whole corpus of other bodies' minutes goes in as one ZIP
 * through the bulk API — every document previews, and every one commits once a date and a
 * body are chosen where the document gives none. Its own context (and database), so the
 * 44 meetings it makes stay out of the other tests' way.
 */
@SpringBootTest(properties = "klynge.test.context=corpus")
@AutoConfigureMockMvc
class ImportCorpusCommitTests {

	@Autowired
	MockMvc mvc;

	private UUID body(String name) throws Exception {
		String created = mvc
			.perform(post("/api/v1/bodies").contentType("application/json")
				.content("""
						{"type": "OTHER", "name": "%s", "establishedOn": "2000-01-01"}""".formatted(name))
				.with(httpBasic("sekretariat", "demo")))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return UUID.fromString(JsonPath.read(created, "$.id"));
	}

	@Test
	void everyDocumentOfTheCorpusPreviewsAndCommitsAsOneZip() throws Exception {
		List<String> names = ImportCorpusTests.documents();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (String name : names) {
				zip.putNextEntry(new ZipEntry("corpus-" + name + ".txt"));
				try (InputStream in = getClass().getResourceAsStream(ImportCorpusTests.DIRECTORY + name + ".txt")) {
					zip.write(in.readAllBytes());
				}
			}
		}
		String created = mvc
			.perform(multipart("/api/v1/imports")
				.file(new MockMultipartFile("files", "korpus.zip", "application/zip", out.toByteArray()))
				.with(httpBasic("sekretariat", "demo")))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = JsonPath.read(created, "$.id");
		assertThat(JsonPath.<List<String>>read(created, "$.files[*].fileName")).hasSize(names.size());
		assertThat(JsonPath.<List<Object>>read(created, "$.files[?(@.importable == false)].fileName"))
			.as("every document previews")
			.isEmpty();

		List<Map<String, Object>> choices = new ArrayList<>();
		List<Map<String, Object>> files = JsonPath.read(created, "$.files[*]");
		for (int n = 0; n < files.size(); n++) {
			Map<String, Object> file = files.get(n);
			// each document is another body's minutes (their case numbers would clash in
			// one body) on a day of its own, far from the demo's meetings: some give no
			// date, or no body
			choices.add(Map.of("fileName", file.get("fileName"), "date",
					LocalDate.of(2700, 1, 1).plusDays(n).toString(), "bodyId", body("Korpusorgan " + n).toString()));
		}
		mvc.perform(post("/api/v1/imports/" + id + "/commit").contentType("application/json")
			.content(JsonMapper.builder().build().writeValueAsString(Map.of("files", choices)))
			.with(httpBasic("sekretariat", "demo"))).andExpect(status().isAccepted());
		String done = Eventually.value("the corpus import",
				() -> mvc.perform(get("/api/v1/imports/" + id).with(httpBasic("sekretariat", "demo")))
					.andReturn()
					.getResponse()
					.getContentAsString(),
				json -> "done".equals(JsonPath.read(json, "$.status")));
		assertThat(JsonPath.<List<Object>>read(done, "$.results[?(@.outcome != 'imported')]"))
			.as("every document commits")
			.isEmpty();
		assertThat(JsonPath.<List<String>>read(done, "$.results[*].meetingId")).hasSize(names.size())
			.doesNotHaveDuplicates();
	}

}
