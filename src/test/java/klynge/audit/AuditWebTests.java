package klynge.audit;

import static klynge.audit.AuditTestSupport.ALREK;
import static klynge.audit.AuditTestSupport.NORD;
import static klynge.audit.AuditTestSupport.changeSecondaryColourAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import klynge.KlyngeIntegrationTest;
import klynge.cluster.Clusters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@KlyngeIntegrationTest
class AuditWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Clusters clusters;

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest
	@ValueSource(strings = { "sekretariat", "medlem", "observator", "leder" })
	void onlyAdministratorsMaySeeTheLog(String username) throws Exception {
		mvc.perform(get("/audit").with(httpBasic(username, "demo"))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/audit").with(httpBasic(username, "demo"))).andExpect(status().isForbidden());
		mvc.perform(get("/audit/1").with(httpBasic(username, "demo"))).andExpect(status().isForbidden());
	}

	@Test
	void anonymousBrowsersAreSentToLogin() throws Exception {
		mvc.perform(get("/audit").accept(MediaType.TEXT_HTML))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
		mvc.perform(get("/api/v1/audit")).andExpect(status().isUnauthorized());
	}

	@Test
	void administratorSeesAFilterFormAndTheNewestEntries() throws Exception {
		mvc.perform(get("/audit").with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1>Revisjonslogg</h1>")))
			.andExpect(content()
				.string(containsString("<label for=\"actor\" class=\"ds-label\">Utført av (brukernavn)</label>")))
			.andExpect(content().string(containsString("<label for=\"table\" class=\"ds-label\">Tabell</label>")))
			.andExpect(content().string(containsString("<option value=\"membership\">membership</option>")))
			.andExpect(
					content().string(containsString("<label for=\"operation\" class=\"ds-label\">Operasjon</label>")))
			.andExpect(content().string(containsString("<label for=\"from\" class=\"ds-label\">Fra dato</label>")))
			.andExpect(content().string(containsString("<label for=\"to\" class=\"ds-label\">Til dato</label>")))
			.andExpect(content().string(containsString("<label for=\"rowId\" class=\"ds-label\">Rad-id</label>")))
			.andExpect(content().string(containsString("<caption>Oppføringer, side 1</caption>")))
			.andExpect(content().string(containsString("<th scope=\"col\">Endrede felt</th>")))
			.andExpect(content().string(containsString("href=\"/audit?page=1\"")))
			.andExpect(content().string(not(containsString("rel=\"prev\""))));
	}

	@Test
	void pageLinksKeepTheFilter() throws Exception {
		mvc.perform(get("/audit").param("operation", "INSERT").param("page", "1").with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<caption>Oppføringer, side 2</caption>")))
			.andExpect(content().string(containsString("href=\"/audit?operation=INSERT&amp;page=0\" rel=\"prev\"")));
	}

	@Test
	void filtersNarrowTheListByActorTableAndDay() throws Exception {
		changeSecondaryColourAs(clusters, ALREK, "web-filter-tester", "#224466");
		String today = LocalDate.now(ZoneId.of("Europe/Oslo")).toString();

		mvc.perform(get("/audit").param("actor", "web-filter-tester").with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<td>web-filter-tester</td>")))
			.andExpect(content().string(containsString("<td>secondary_colour</td>")))
			.andExpect(content().string(not(containsString("<td>system</td>"))));
		mvc.perform(get("/audit").param("actor", "web-filter-tester")
			.param("from", today)
			.param("to", today)
			.with(httpBasic("admin", "demo")))
			.andExpect(content().string(containsString("<td>web-filter-tester</td>")));
		mvc.perform(get("/audit").param("actor", "web-filter-tester")
			.param("from", LocalDate.parse(today).plusDays(1).toString())
			.with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ingen oppføringer passer filteret.")));
		mvc.perform(get("/api/v1/audit").param("table", "person").with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.entries").isNotEmpty())
			.andExpect(jsonPath("$.entries[*].table", everyItem(is("person"))));
		mvc.perform(get("/api/v1/audit").param("actor", "web-filter-tester").with(httpBasic("admin", "demo")))
			.andExpect(jsonPath("$.entries.length()").value(1))
			.andExpect(jsonPath("$.entries[0].operation").value("UPDATE"))
			.andExpect(jsonPath("$.entries[0].changedFields[0]").value("secondary_colour"))
			.andExpect(jsonPath("$.entries[0].after.secondary_colour").value("#224466"));
	}

	@Test
	void badFiltersAreShownBesideTheField() throws Exception {
		mvc.perform(get("/audit").param("from", "27.03.2023").with(httpBasic("admin", "demo")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("aria-describedby=\"from-error\"")))
			.andExpect(content().string(containsString("Ugyldig dato. Bruk formatet åååå-mm-dd.")));
		mvc.perform(get("/audit").param("operation", "TRUNCATE").param("lang", "en").with(httpBasic("admin", "demo")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Choose created, changed or deleted.")));
		mvc.perform(get("/api/v1/audit").param("operation", "TRUNCATE").with(httpBasic("admin", "demo")))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("operation"));
	}

	@Test
	void detailShowsBeforeAndAfterWithTheChangedFieldsMarkedInText() throws Exception {
		changeSecondaryColourAs(clusters, ALREK, "detail-tester", "#336699");
		long id = jdbc.sql("select id from audit_log where actor = 'detail-tester'").query(Long.class).single();

		mvc.perform(get("/audit/{id}", id).with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1>Loggoppføring " + id + "</h1>")))
			.andExpect(content().string(containsString("<th scope=\"col\">Før</th>")))
			.andExpect(content().string(containsString("<th scope=\"col\">Etter</th>")))
			.andExpect(content().string(containsString("<mark>#336699</mark>")))
			.andExpect(content().string(containsString("<strong>endret</strong>")))
			.andExpect(content().string(containsString("2 felt er endret")));
		mvc.perform(get("/api/v1/audit/{id}", id).with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.actor").value("detail-tester"))
			.andExpect(jsonPath("$.before.secondary_colour").exists())
			.andExpect(jsonPath("$.after.secondary_colour").value("#336699"));
		mvc.perform(get("/audit/{id}", Long.MAX_VALUE).with(httpBasic("admin", "demo")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/audit/not-a-number").with(httpBasic("admin", "demo"))).andExpect(status().isBadRequest());
	}

	@Test
	void nordsAdministratorSeesOnlyNordsEntries() throws Exception {
		long alrekEntry = jdbc.sql("select max(id) from audit_log where cluster_id = ?")
			.param(ALREK)
			.query(Long.class)
			.single();

		String json = mvc.perform(get("/api/v1/audit").with(httpBasic("nord", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Long> ids = JsonPath.<List<Number>>read(json, "$.entries[*].id").stream().map(Number::longValue).toList();
		assertThat(ids).isNotEmpty();
		assertThat(jdbc.sql("select count(*) from audit_log where id in (:ids) and cluster_id <> :nord")
			.param("ids", ids)
			.param("nord", NORD)
			.query(Long.class)
			.single()).isZero();

		mvc.perform(get("/audit").param("table", "cluster").with(httpBasic("nord", "demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(NORD.toString())))
			.andExpect(content().string(not(containsString(ALREK.toString()))));
		mvc.perform(get("/audit/{id}", alrekEntry).with(httpBasic("nord", "demo"))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/audit/{id}", alrekEntry).with(httpBasic("nord", "demo")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/audit/{id}", alrekEntry).with(httpBasic("admin", "demo"))).andExpect(status().isOk());
	}

	@Test
	void noRouteChangesOrDeletesAnEntry() throws Exception {
		long id = jdbc.sql("select max(id) from audit_log").query(Long.class).single();

		mvc.perform(post("/audit/{id}", id).with(csrf()).with(httpBasic("admin", "demo")))
			.andExpect(status().is4xxClientError());
		mvc.perform(delete("/audit/{id}", id).with(csrf()).with(httpBasic("admin", "demo")))
			.andExpect(status().is4xxClientError());
		mvc.perform(put("/api/v1/audit/{id}", id).contentType(MediaType.APPLICATION_JSON)
			.content("{}")
			.with(httpBasic("admin", "demo"))).andExpect(status().is4xxClientError());
		mvc.perform(patch("/api/v1/audit/{id}", id).contentType(MediaType.APPLICATION_JSON)
			.content("{}")
			.with(httpBasic("admin", "demo"))).andExpect(status().is4xxClientError());
		mvc.perform(delete("/api/v1/audit/{id}", id).with(httpBasic("admin", "demo")))
			.andExpect(status().is4xxClientError());
		mvc.perform(delete("/api/v1/audit").with(httpBasic("admin", "demo"))).andExpect(status().is4xxClientError());

		assertThat(jdbc.sql("select count(*) from audit_log where id = ?").param(id).query(Long.class).single())
			.isEqualTo(1);
	}

}
