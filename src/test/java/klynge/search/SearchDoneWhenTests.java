package klynge.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import klynge.KlyngeIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Issue 17's done-when on the demo data, for every kind of reader: "budsjett 2022" ranks
 * sak 22-21 (Arbeidsgruppen 3 June 2021, "Budsjettforslag 2022") first for an anonymous
 * reader, a member and staff; "22-21" and "sak 05-23" go straight to their items; the
 * other cluster finds none of it.
 */
@KlyngeIntegrationTest
class SearchDoneWhenTests {

	static final UUID ALREK = UUID.fromString("a1ec0000-0000-4000-8000-000000000001");

	@Autowired
	MockMvc mvc;

	@Autowired
	SearchIndex index;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void index() {
		index.rebuild(ALREK);
	}

	String uuid(String key) {
		return jdbc.sql("select md5(?)::uuid::text").param(key).query(String.class).single();
	}

	MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
		return user == null ? request : request.with(httpBasic(user, "demo"));
	}

	String json(String user, String q) throws Exception {
		return mvc.perform(as(user, get("/api/v1/search").param("q", q).accept(MediaType.APPLICATION_JSON)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void budsjett2022RanksSak2221FirstForEveryReader() throws Exception {
		String item = "/meetings/" + uuid("meeting:ag-2021-06-03") + "#item-" + uuid("item:ag-2021-06-03/22");
		for (String user : new String[] { null, "medlem", "leder", "sekretariat", "admin" }) {
			String json = json(user, "budsjett 2022");
			assertThat((String) JsonPath.read(json, "$.hits[0].caseNumber")).as(user).isEqualTo("22-21");
			assertThat((String) JsonPath.read(json, "$.hits[0].url")).as(user).isEqualTo(item);
			assertThat((String) JsonPath.read(json, "$.hits[0].title")).as(user).contains("Budsjett");
			String page = mvc.perform(as(user, get("/sok").param("q", "budsjett 2022").accept(MediaType.TEXT_HTML)))
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			assertThat(page).as(user).contains("Sak 22-21", "<mark>", item);
		}
	}

	@Test
	void caseNumbersGoStraightToTheirItems() throws Exception {
		for (String user : new String[] { null, "medlem", "sekretariat" }) {
			for (String q : new String[] { "22-21", "sak 22-21" }) {
				MockHttpServletResponse response = mvc
					.perform(as(user, get("/sok").param("q", q).accept(MediaType.TEXT_HTML)))
					.andReturn()
					.getResponse();
				assertThat(response.getStatus()).as(user + " " + q).isEqualTo(302);
				assertThat(response.getRedirectedUrl()).as(user + " " + q)
					.isEqualTo("/meetings/" + uuid("meeting:ag-2021-06-03") + "#item-" + uuid("item:ag-2021-06-03/22"));
			}
			MockHttpServletResponse response = mvc
				.perform(as(user, get("/sok").param("q", "sak 05-23").accept(MediaType.TEXT_HTML)))
				.andReturn()
				.getResponse();
			assertThat(response.getStatus()).as(user + " sak 05-23").isEqualTo(302);
			String target = jdbc.sql("""
					select '/meetings/' || i.meeting_id || '#item-' || i.id from agenda_item i
					where i.cluster_id = ? and i.case_seq = 5 and i.case_year = 2023""")
				.param(ALREK)
				.query(String.class)
				.single();
			assertThat(response.getRedirectedUrl()).as(user + " sak 05-23").isEqualTo(target);
		}
	}

	@Test
	void theOtherClusterFindsNoneOfIt() throws Exception {
		String item = "#item-" + uuid("item:ag-2021-06-03/22");
		assertThat(json("nord", "budsjett 2022")).doesNotContain(item);
		MockHttpServletResponse response = mvc.perform(get("/sok").param("q", "22-21").with(httpBasic("nord", "demo")))
			.andReturn()
			.getResponse();
		assertThat(String.valueOf(response.getRedirectedUrl())).doesNotContain(item);
		assertThat(response.getContentAsString(StandardCharsets.UTF_8)).doesNotContain(item);
	}

}
