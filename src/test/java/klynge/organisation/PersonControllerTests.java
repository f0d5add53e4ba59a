package klynge.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import klynge.KlyngeIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@KlyngeIntegrationTest
class PersonControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	Registry registry() {
		return new Registry(jdbc);
	}

	static LocalDate today() {
		return LocalDate.now(ZoneId.of("Europe/Oslo"));
	}

	@Test
	void searchFindsByCodeAndByNameAndHtmxGetsOnlyTheResults() throws Exception {
		for (String q : List.of("gg", "greve", "GREVE", " Gottfried ")) {
			mvc.perform(get("/people").param("q", q).with(httpBasic("medlem", "demo")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Gottfried Greve")))
				.andExpect(content().string(not(containsString("Margareth Hagen"))))
				.andExpect(content().string(containsString("<html")));
		}
		mvc.perform(get("/people").param("q", "greve").header("HX-Request", "true").with(httpBasic("medlem", "demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Gottfried Greve")))
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(not(containsString("people-results"))))
			.andExpect(content().string(not(containsString("Margareth Hagen"))));
		mvc.perform(get("/people").with(httpBasic("observator", "demo")))
			.andExpect(content().string(containsString("hx-get=\"/people\"")))
			.andExpect(content().string(containsString("hx-target=\"#people-results\"")))
			.andExpect(content().string(containsString("Margareth Hagen")))
			.andExpect(content().string(containsString("Gottfried Greve")));
		mvc.perform(get("/people").param("q", "zzzqqq").with(httpBasic("leder", "demo")))
			.andExpect(content().string(containsString("Ingen treff.")));
	}

	@Test
	void theCreateFormKeepsTheContractOfTheBrowserTest() throws Exception {
		String page = mvc.perform(get("/people/new").with(httpBasic("sekretariat", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String main = page.substring(page.indexOf("<main"), page.indexOf("</main>"));
		assertThat(main.split("<form", -1)).hasSize(2);
		for (String id : List.of("name", "code", "email", "phone", "title")) {
			assertThat(main).contains("id=\"" + id + "\"").contains("<label for=\"" + id + "\"");
		}
		assertThat(main).contains("<select id=\"organisationId\"")
			.contains("<option value=\"\">Ingen</option>")
			.contains(">Universitetet i Bergen</option>");
		assertThat(main.split("type=\"submit\"", -1)).hasSize(2);
		assertThat(main.indexOf(">Bergen kommune<")).isLessThan(main.indexOf(">Universitetet i Bergen<"));
	}

	@Test
	void theSecretariatCreatesAPersonWhoIsAuditedAndAffiliatedFromToday() throws Exception {
		String code = Registry.freshCode();
		UUID hvl = registry().organisation("Høgskulen på Vestlandet");
		String location = mvc
			.perform(post("/people").with(httpBasic("sekretariat", "demo"))
				.with(csrf())
				.param("name", "Ny Person")
				.param("code", " " + code.toLowerCase() + " ")
				.param("email", "ny@example.org")
				.param("phone", "+47 55 00 00 00")
				.param("title", "Rådgiver")
				.param("organisationId", hvl.toString()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/people/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
		// contact details are for staff and the person (issue 11/10): the secretariat
		// reads them, a member does not
		mvc.perform(get(location).with(httpBasic("sekretariat", "demo")))
			.andExpect(content().string(containsString("ny@example.org")))
			.andExpect(content().string(containsString("+47 55 00 00 00")));
		mvc.perform(get(location).with(httpBasic("medlem", "demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<span class=\"code\">" + code + "</span>")))
			.andExpect(content().string(not(containsString("ny@example.org"))))
			.andExpect(content().string(not(containsString("+47 55 00 00 00"))))
			.andExpect(content().string(containsString("Høgskulen på Vestlandet")))
			.andExpect(content().string(containsString("<section id=\"memberships\"")))
			.andExpect(content().string(containsString("hx-get=\"/people/" + id + "/memberships\"")))
			.andExpect(content().string(containsString("hx-trigger=\"load\"")))
			.andExpect(content().string(containsString("hx-select=\"#memberships-content\"")))
			.andExpect(content().string(containsString("href=\"/people/" + id + "/memberships\"")));
		assertThat(jdbc
			.sql("select valid_from from affiliation where person_id = ? and organisation_id = ? and valid_to is null")
			.params(id, hvl)
			.query(LocalDate.class)
			.single()).isEqualTo(today());
		assertThat(jdbc.sql("""
				select actor from audit_log where table_name = 'person' and operation = 'INSERT' and row_id = ?""")
			.param(id.toString())
			.query(String.class)
			.list()).containsExactly("sekretariat");
	}

	@Test
	void aTakenCodeIsShownBesideTheFieldAndTheHolderStaysUnchanged() throws Exception {
		UUID kw = registry().person("KW");
		mvc.perform(post("/people").with(httpBasic("sekretariat", "demo"))
			.with(csrf())
			.param("name", "Kari Wiik")
			.param("code", "kw"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString(
					"<p class=\"error\" id=\"code-error\">Koden KW er allerede i bruk av Kristin Walter.</p>")))
			.andExpect(content().string(containsString("aria-describedby=\"code-error\"")))
			.andExpect(content().string(containsString("value=\"Kari Wiik\"")));
		UUID other = registry().newPerson("Kodebytter", Registry.freshCode());
		mvc.perform(post("/people/{id}", other).with(httpBasic("admin", "demo"))
			.with(csrf())
			.param("name", "Kodebytter")
			.param("code", "KW")
			.param("version", "0")
			.param("lang", "en"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("The code KW is already used by Kristin Walter.")));
		assertThat(jdbc.sql("select name from person where cluster_id = ? and code = 'KW'")
			.param(Registry.ALREK)
			.query(String.class)
			.list()).containsExactly("Kristin Walter");
		assertThat(registry().person("KW")).isEqualTo(kw);
		assertThat(jdbc.sql("select version from person where id = ?").param(other).query(Integer.class).single())
			.isZero();
	}

	@Test
	void overLongAndMalformedFieldsAreShownBesideTheFields() throws Exception {
		mvc.perform(post("/people").with(httpBasic("sekretariat", "demo"))
			.with(csrf())
			.param("name", "n".repeat(201))
			.param("code", "K1")
			.param("email", "ikke-en-adresse")
			.param("phone", "ring meg")
			.param("title", "t".repeat(201)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"name-error\"")))
			.andExpect(content().string(containsString("id=\"email-error\"")))
			.andExpect(content().string(containsString("id=\"phone-error\"")))
			.andExpect(content().string(containsString("id=\"title-error\"")));
		mvc.perform(post("/people").with(httpBasic("sekretariat", "demo"))
			.with(csrf())
			.param("name", "Gyldig Navn")
			.param("code", "K1"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Koden må være 2–6 bokstaver")));
		mvc.perform(post("/people").with(httpBasic("sekretariat", "demo"))
			.with(csrf())
			.param("name", "Gyldig Navn")
			.param("code", Registry.freshCode())
			.param("organisationId", UUID.randomUUID().toString()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"organisationId-error\"")));
		mvc.perform(post("/people").with(httpBasic("sekretariat", "demo"))
			.with(csrf())
			.param("name", "Gyldig Navn")
			.param("code", Registry.freshCode())
			.param("organisationId", "tull"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"organisationId-error\"")));
		assertThat(jdbc.sql("select count(*) from person where name = 'Gyldig Navn'").query(Integer.class).single())
			.isZero();
	}

	@Test
	void changingOrganisationEndsTheOldAffiliationYesterdayAndKeepsHistory() throws Exception {
		UUID uib = registry().organisation("Universitetet i Bergen");
		UUID norce = registry().organisation("NORCE");
		String code = Registry.freshCode();
		UUID id = registry().newPerson("Flytter", code);
		jdbc.sql(
				"insert into affiliation (cluster_id, person_id, organisation_id, valid_from) values (?, ?, ?, '2020-01-01')")
			.params(Registry.ALREK, id, uib)
			.update();
		mvc.perform(get("/people/{id}/edit", id).with(httpBasic("sekretariat", "demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<option value=\"" + uib + "\" selected=\"selected\">")));
		mvc.perform(post("/people/{id}", id).with(httpBasic("sekretariat", "demo"))
			.with(csrf())
			.param("name", "Flytter")
			.param("code", code)
			.param("organisationId", norce.toString())
			.param("version", "0")).andExpect(redirectedUrl("/people/" + id));
		assertThat(jdbc.sql("select valid_to from affiliation where person_id = ? and organisation_id = ?")
			.params(id, uib)
			.query(LocalDate.class)
			.single()).isEqualTo(today().minusDays(1));
		assertThat(jdbc
			.sql("select valid_from from affiliation where person_id = ? and organisation_id = ? and valid_to is null")
			.params(id, norce)
			.query(LocalDate.class)
			.single()).isEqualTo(today());

		// a second change on the same day replaces today's affiliation instead of leaving
		// a zero-day one
		UUID hds = registry().organisation("Haraldsplass Diakonale sykehus");
		mvc.perform(post("/people/{id}", id).with(httpBasic("sekretariat", "demo"))
			.with(csrf())
			.param("name", "Flytter")
			.param("code", code)
			.param("organisationId", hds.toString())
			.param("version", "1")).andExpect(redirectedUrl("/people/" + id));
		assertThat(jdbc.sql("select organisation_id from affiliation where person_id = ? order by valid_from")
			.param(id)
			.query(UUID.class)
			.list()).containsExactly(uib, hds);
		mvc.perform(get("/people/{id}", id).with(httpBasic("medlem", "demo")))
			.andExpect(content().string(containsString("01.01.2020")))
			.andExpect(content().string(containsString("Haraldsplass Diakonale sykehus")));
	}

	@Test
	void aHistoricalAffiliationCanBeAdded() throws Exception {
		UUID id = registry().newPerson("Historiker", Registry.freshCode());
		UUID fhi = registry().organisation("Folkehelseinstituttet");
		mvc.perform(post("/people/{id}/affiliations", id).with(httpBasic("sekretariat", "demo"))
			.with(csrf())
			.param("organisationId", fhi.toString())
			.param("validFrom", "2010-01-01")
			.param("validTo", "2014-12-31")).andExpect(redirectedUrl("/people/" + id));
		mvc.perform(get("/people/{id}", id).with(httpBasic("sekretariat", "demo")))
			.andExpect(content().string(containsString("31.12.2014")));
		mvc.perform(post("/people/{id}/affiliations", id).with(httpBasic("sekretariat", "demo"))
			.with(csrf())
			.param("organisationId", fhi.toString())
			.param("validFrom", "2015-01-01")
			.param("validTo", "2014-12-31"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"validTo-error\"")));
		mvc.perform(post("/people/{id}/affiliations", id).with(httpBasic("sekretariat", "demo"))
			.with(csrf())
			.param("validFrom", "2015-01-01"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"affiliation-organisation-error\"")));
		assertThat(jdbc.sql("select count(*) from affiliation where person_id = ?")
			.param(id)
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	MockHttpServletRequestBuilder[] editorRoutes(UUID id) {
		return new MockHttpServletRequestBuilder[] { get("/people/new"), get("/people/{id}/edit", id),
				post("/people").with(csrf()).param("name", "Ulovlig").param("code", Registry.freshCode()),
				post("/people/{id}", id).with(csrf())
					.param("name", "Ulovlig")
					.param("code", "ULOV")
					.param("version", "0"),
				post("/people/{id}/affiliations", id).with(csrf())
					.param("organisationId", registry().organisation("NORCE").toString())
					.param("validFrom", "2001-01-01") };
	}

	@Test
	void anonymousVisitorsNeverSeePeople() throws Exception {
		UUID gg = registry().person("GG");
		UUID id = registry().newPerson("Anonym Test", Registry.freshCode());
		List<MockHttpServletRequestBuilder> routes = new ArrayList<>(List.of(editorRoutes(id)));
		routes.add(get("/people"));
		routes.add(get("/people").param("q", "greve"));
		routes.add(get("/people/{id}", gg));
		for (MockHttpServletRequestBuilder request : routes) {
			mvc.perform(request.accept(MediaType.TEXT_HTML))
				.andExpect(status().is3xxRedirection())
				.andExpect(redirectedUrl("/login"));
		}
		mvc.perform(get("/organisations/{id}", registry().organisation("Universitetet i Bergen")))
			.andExpect(content().string(not(containsString("gg@alrek.example.org"))));
	}

	@ParameterizedTest
	@ValueSource(strings = { "medlem", "observator", "leder" })
	void membersObserversAndChairsReadButMayNotEdit(String username) throws Exception {
		UUID id = registry().newPerson("Skrivebeskyttet", Registry.freshCode());
		for (MockHttpServletRequestBuilder request : editorRoutes(id)) {
			mvc.perform(request.with(httpBasic(username, "demo"))).andExpect(status().isForbidden());
		}
		mvc.perform(get("/people").with(httpBasic(username, "demo"))).andExpect(status().isOk());
		mvc.perform(get("/people/{id}", registry().person("GG")).with(httpBasic(username, "demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("gg@alrek.example.org"))))
			.andExpect(content().string(not(containsString("/edit\""))));
		assertThat(jdbc.sql("select name from person where id = ?").param(id).query(String.class).single())
			.isEqualTo("Skrivebeskyttet");
	}

	@ParameterizedTest
	@ValueSource(strings = { "sekretariat", "admin" })
	void theSecretariatAndAdministratorsMayEdit(String username) throws Exception {
		String code = Registry.freshCode();
		UUID id = registry().newPerson("Redigerbar", code);
		mvc.perform(get("/people/new").with(httpBasic(username, "demo"))).andExpect(status().isOk());
		mvc.perform(get("/people/{id}/edit", id).with(httpBasic(username, "demo"))).andExpect(status().isOk());
		mvc.perform(post("/people/{id}", id).with(httpBasic(username, "demo"))
			.with(csrf())
			.param("name", "Redigert")
			.param("code", code)
			.param("version", "0")).andExpect(redirectedUrl("/people/" + id));
		assertThat(jdbc
			.sql("select actor from audit_log where table_name = 'person' and operation = 'UPDATE' and row_id = ?")
			.param(id.toString())
			.query(String.class)
			.list()).containsExactly(username);
	}

	@Test
	void anotherClusterNeitherSeesNorChangesAlreksPeople() throws Exception {
		UUID gg = registry().person("GG");
		mvc.perform(get("/people/{id}", gg).with(httpBasic("nord", "demo"))).andExpect(status().isNotFound());
		mvc.perform(get("/people/{id}/edit", gg).with(httpBasic("nord", "demo"))).andExpect(status().isNotFound());
		mvc.perform(post("/people/{id}", gg).with(httpBasic("nord", "demo"))
			.with(csrf())
			.param("name", "Kapret")
			.param("code", "GG")
			.param("version", "0")).andExpect(status().isNotFound());
		mvc.perform(post("/people/{id}/affiliations", gg).with(httpBasic("nord", "demo"))
			.with(csrf())
			.param("organisationId", registry().organisation("NORCE").toString())
			.param("validFrom", "2001-01-01")).andExpect(status().isNotFound());
		String list = mvc.perform(get("/people").with(httpBasic("nord", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		// By id: other tests import minutes into Nord, whose people may carry the same
		// names.
		assertThat(list).contains("Marit Halvorsen")
			.doesNotContain("/people/" + gg)
			.doesNotContain("/people/" + registry().person("MH"));
		Matcher rows = Pattern.compile("<td class=\"code\">").matcher(list);
		// Nord's own people only (other tests in this context may have added some to
		// Nord).
		assertThat(rows.results().count())
			.isEqualTo(jdbc.sql("select count(*) from person where cluster_id = '40d00000-0000-4000-8000-000000000002'")
				.query(Long.class)
				.single());
		assertThat(jdbc.sql("select name from person where id = ?").param(gg).query(String.class).single())
			.isEqualTo("Gottfried Greve");
	}

}
