package klynge.gates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import klynge.KlyngeIntegrationTest;
import klynge.shared.Csv;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Requirement 3 (XSS): the corpus written through the API into every text field, then
 * every page showing it must show it as inert text (no event attributes, no javascript:
 * links, no evaluated template expressions), the CSV export must neutralise formulas, and
 * nothing answers 5xx.
 */
@KlyngeIntegrationTest
class XssCorpusTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	private XssCorpus written() throws Exception {
		UserDetails admin = users.loadUserByUsername("admin");
		return new XssCorpus((method, path, json) -> {
			MockHttpServletResponse response = mvc
				.perform(request(HttpMethod.valueOf(method), path).with(user(admin))
					.contentType(MediaType.APPLICATION_JSON)
					.accept(MediaType.APPLICATION_JSON)
					.content(json))
				.andReturn()
				.getResponse();
			return new XssCorpus.Answer(response.getStatus(), response.getContentAsString(StandardCharsets.UTF_8));
		}).writeAll(null);
	}

	@Test
	void theCorpusIsStoredAndShownAsInertTextOnEveryPage() throws Exception {
		XssCorpus corpus = written();
		System.out.println("XSS corpus writes: " + corpus.writes);
		assertThat(corpus.problems).as("5xx while writing the corpus").isEmpty();
		assertThat(corpus.writes.keySet()).as("the corpus reached the API's text fields")
			.anyMatch(key -> key.startsWith("POST /api/v1/organisations 201"))
			.anyMatch(key -> key.startsWith("POST /api/v1/meetings/{id}/items 201"))
			.anyMatch(key -> key.startsWith("PUT /api/v1/items/{id}/minutes 200"));
		UserDetails admin = users.loadUserByUsername("admin");
		List<String> problems = new ArrayList<>();
		int shownLiterally = 0;
		for (XssCorpus.Shown shown : corpus.pages) {
			for (UserDetails viewer : new UserDetails[] { admin, null }) {
				var request = get(shown.path()).accept(MediaType.TEXT_HTML);
				if (viewer != null) {
					request.with(user(viewer));
				}
				MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
				String html = response.getContentAsString(StandardCharsets.UTF_8);
				if (response.getStatus() >= 500) {
					problems.add(shown.path() + " answered " + response.getStatus());
				}
				problems.addAll(XssCorpus.activeMarkup(shown.path(), html));
				if (html.contains("[[49]]") || html.contains("__49__")) {
					problems.add(shown.path() + ": a template expression was evaluated");
				}
				if (viewer != null && html.contains("[[${7*7}]]")) {
					shownLiterally++;
				}
			}
		}
		assertThat(problems).isEmpty();
		assertThat(shownLiterally).as("pages showing the template-injection entry literally").isGreaterThan(3);
	}

	@Test
	void theCsvExportNeutralisesFormulas() throws Exception {
		written();
		MockHttpServletResponse response = mvc
			.perform(get("/people.csv").with(user(users.loadUserByUsername("sekretariat"))))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).startsWith("text/csv");
		assertThat(response.getHeader("Content-Disposition")).contains("attachment");
		String csv = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).contains("'=HYPERLINK(").contains("'+cmd|").contains("'@SUM(1)").contains("'-2+3");
		for (String line : csv.split("\r\n")) {
			for (String cell : line.split(";")) {
				String value = cell.startsWith("\"") ? cell.substring(1) : cell;
				assertThat(value).as("a cell of " + line)
					.doesNotStartWith("=")
					.doesNotStartWith("+")
					.doesNotStartWith("@")
					.doesNotStartWith("-")
					.doesNotStartWith("\t");
			}
		}
	}

	@Test
	void csvCellsAreNeutralisedAndQuoted() {
		assertThat(Csv.cell("=1+1")).isEqualTo("'=1+1");
		assertThat(Csv.cell("+1")).isEqualTo("'+1");
		assertThat(Csv.cell("-1")).isEqualTo("'-1");
		assertThat(Csv.cell("@SUM(1)")).isEqualTo("'@SUM(1)");
		assertThat(Csv.cell("\tx")).isEqualTo("'\tx");
		assertThat(Csv.cell("\rx")).isEqualTo("\"'\rx\"");
		assertThat(Csv.cell("a;b")).isEqualTo("\"a;b\"");
		assertThat(Csv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
		assertThat(Csv.cell(null)).isEmpty();
		assertThat(Csv.row(List.of("a", "=b"))).isEqualTo("a;'=b\r\n");
	}

}
