package klynge.gates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import klynge.KlyngeIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The XSS corpus through an annual report's written texts (introduction, before and after
 * a chapter) into the edit page and its preview, the 409 page that keeps the typed text,
 * and the XHTML the PDF/A is laid out from: inert text everywhere, never a 5xx.
 */
@KlyngeIntegrationTest
class AnnualReportXssTests {

	static final UUID ALREK = UUID.fromString("a1ec0000-0000-4000-8000-000000000001");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	klynge.annualreport.AnnualReportXhtml xhtml;

	@Test
	void theCorpusIsInertInTheReportsPagesAndItsPdfSource() throws Exception {
		var generated = mvc
			.perform(post("/arsmelding").param("year", "2021").with(httpBasic("sekretariat", "demo")).with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(generated.getStatus()).isEqualTo(302);
		List<String> problems = new ArrayList<>();
		for (String entry : XssCorpus.ENTRIES) {
			int version = jdbc.sql("select version from annual_report where cluster_id = ? and year = 2021")
				.param(ALREK)
				.query(Integer.class)
				.single();
			var saved = mvc
				.perform(post("/arsmelding/2021/rediger").param("version", String.valueOf(version))
					.param("introduction", entry)
					.param("key", "meetings")
					.param("before", entry)
					.param("after", entry)
					.with(httpBasic("sekretariat", "demo"))
					.with(csrf()))
				.andReturn()
				.getResponse();
			assertThat(saved.getStatus()).as(entry).isLessThan(500);
			problems.addAll(XssCorpus.activeMarkup("save", saved.getContentAsString(StandardCharsets.UTF_8)));
			var page = mvc.perform(get("/arsmelding/2021/rediger").with(httpBasic("sekretariat", "demo")))
				.andReturn()
				.getResponse();
			assertThat(page.getStatus()).isEqualTo(200);
			problems.addAll(XssCorpus.activeMarkup("edit", page.getContentAsString(StandardCharsets.UTF_8)));
			var stale = mvc
				.perform(post("/arsmelding/2021/rediger").param("version", String.valueOf(version))
					.param("introduction", entry)
					.with(httpBasic("sekretariat", "demo"))
					.with(csrf()))
				.andReturn()
				.getResponse();
			assertThat(stale.getStatus()).isIn(409, 422);
			problems.addAll(XssCorpus.activeMarkup("conflict", stale.getContentAsString(StandardCharsets.UTF_8)));
			problems.addAll(XssCorpus.activeMarkup("pdf source", xhtml.of(ALREK, 2021)));
		}
		assertThat(problems).isEmpty();
	}

}
