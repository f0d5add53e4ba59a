package klynge.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;

import com.jayway.jsonpath.JsonPath;
import klynge.KlyngeIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 17's done-when: a reader finds "budsjett 2022" and lands on sak 22-21
 * (Arbeidsgruppen's decision on the 2022 budget, 3 June 2021); a case number goes
 * straight to its item.
 */
@KlyngeIntegrationTest
class SearchCaseNumberTests {

	static final String ALREK = "a1ec0000-0000-4000-8000-000000000001";

	@Autowired
	MockMvc mvc;

	@Autowired
	SearchIndex index;

	@Autowired
	JdbcClient jdbc;

	String itemUrl;

	@BeforeEach
	void index() throws Exception {
		index.rebuild(java.util.UUID.fromString(ALREK));
		itemUrl = "/meetings/" + uuid("meeting:ag-2021-06-03") + "#item-" + uuid("item:ag-2021-06-03/22");
	}

	String uuid(String key) {
		return jdbc.sql("select md5(?)::uuid::text").param(key).query(String.class).single();
	}

	String json(String path) throws Exception {
		return mvc.perform(get(path).accept(MediaType.APPLICATION_JSON))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void budsjett2022LandsOnSak2221() throws Exception {
		String json = json("/api/v1/search?q=budsjett 2022");
		System.out.println(json);
		assertThat((String) JsonPath.read(json, "$.hits[0].caseNumber")).isEqualTo("22-21");
		assertThat((String) JsonPath.read(json, "$.hits[0].url")).isEqualTo(itemUrl);
		String page = mvc.perform(get("/sok").param("q", "budsjett 2022").accept(MediaType.TEXT_HTML))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Sak 22-21", "<mark>").contains(itemUrl.replace("#", "#"));
	}

	@Test
	void aCaseNumberGoesStraightToTheItem() throws Exception {
		for (String q : new String[] { "22-21", "sak 22-21", "Sak 22-21", " 22/21 ", "sak 22-2021" }) {
			MockHttpServletResponse response = mvc.perform(get("/sok").param("q", q).accept(MediaType.TEXT_HTML))
				.andReturn()
				.getResponse();
			assertThat(response.getStatus()).as(q).isEqualTo(302);
			assertThat(response.getRedirectedUrl()).as(q).isEqualTo(itemUrl);
		}
		assertThat((String) JsonPath.read(json("/api/v1/search?q=sak 22-21"), "$.jumpTo")).isEqualTo(itemUrl);
	}

	@Test
	void aCaseNumberNoVisibleItemHasFindsNothing() throws Exception {
		MockHttpServletResponse response = mvc.perform(get("/sok").param("q", "99-19").accept(MediaType.TEXT_HTML))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("Ingen treff");
	}

}
