package klynge.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

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
class PersonApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	Registry registry() {
		return new Registry(jdbc);
	}

	static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body);
	}

	static String person(String name, String code, UUID organisation) {
		return """
				{"name": "%s", "code": "%s", "email": "x@example.org", "organisationId": %s}""".formatted(name, code,
				organisation == null ? "null" : "\"" + organisation + "\"");
	}

	@Test
	void loggedInUsersSearchAndReadPeople() throws Exception {
		mvc.perform(get("/api/v1/people").param("q", "greve").with(httpBasic("observator", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].code").value("GG"))
			.andExpect(jsonPath("$[0].organisationName").value("Universitetet i Bergen"));
		mvc.perform(get("/api/v1/people").param("q", "gg").with(httpBasic("observator", "demo")))
			.andExpect(jsonPath("$[0].name").value("Gottfried Greve"));
		UUID gg = registry().person("GG");
		// contact details are for staff and the person (issue 11/10): another member
		// reads none
		mvc.perform(get("/api/v1/people/{id}", gg).with(httpBasic("medlem", "demo")))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.email").value(org.hamcrest.Matchers.nullValue()));
		mvc.perform(get("/api/v1/people/{id}", gg).with(httpBasic("sekretariat", "demo")))
			.andExpect(jsonPath("$.email").value("gg@alrek.example.org"));
		mvc.perform(get("/api/v1/people/{id}/affiliations", gg).with(httpBasic("medlem", "demo")))
			.andExpect(jsonPath("$[0].validFrom").value("2021-08-01"));
	}

	@Test
	void anonymousClientsSeeNoPeople() throws Exception {
		mvc.perform(get("/api/v1/people")).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/people/{id}", registry().person("GG"))).andExpect(status().isUnauthorized());
		mvc.perform(json(post("/api/v1/people"), person("Anonym", Registry.freshCode(), null)))
			.andExpect(status().is4xxClientError());
	}

	@Test
	void theSecretariatCreatesUpdatesAndDeletesAPerson() throws Exception {
		String code = Registry.freshCode();
		UUID bergen = registry().organisation("Bergen kommune");
		String location = mvc
			.perform(json(post("/api/v1/people"), person("Api Person", code.toLowerCase(), bergen))
				.with(httpBasic("sekretariat", "demo")))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith("/api/v1/people/")))
			.andExpect(jsonPath("$.code").value(code))
			.andExpect(jsonPath("$.organisationName").value("Bergen kommune"))
			.andReturn()
			.getResponse()
			.getHeader("Location");
		UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
		assertThat(jdbc.sql("select actor from audit_log where table_name = 'person' and row_id = ?")
			.param(id.toString())
			.query(String.class)
			.list()).containsExactly("sekretariat");
		mvc.perform(json(put(location), person("Api Person Endret", code, bergen)).header("If-Match", "\"0\"")
			.with(httpBasic("sekretariat", "demo")))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.name").value("Api Person Endret"));
		mvc.perform(json(put(location), person("Api Person Igjen", code, bergen)).header("If-Match", "\"0\"")
			.with(httpBasic("sekretariat", "demo"))).andExpect(status().isConflict());
		mvc.perform(delete(location).with(httpBasic("admin", "demo"))).andExpect(status().isNoContent());
		mvc.perform(get(location).with(httpBasic("admin", "demo"))).andExpect(status().isNotFound());
	}

	@Test
	void aTakenCodeIsAProblemBesideTheCodeFieldInTheUsersLanguage() throws Exception {
		mvc.perform(json(post("/api/v1/people").param("lang", "en"), person("Kari Wiik", "kw", null))
			.with(httpBasic("sekretariat", "demo")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("urn:klynge:problem:person.code.taken"))
			.andExpect(jsonPath("$.errors[0].field").value("code"))
			.andExpect(jsonPath("$.errors[0].message").value("The code KW is already used by Kristin Walter."));
		UUID other = registry().newPerson("Api Kodebytter", Registry.freshCode());
		mvc.perform(json(put("/api/v1/people/{id}", other), person("Api Kodebytter", "KW", null))
			.header("If-Match", "\"0\"")
			.with(httpBasic("sekretariat", "demo")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value("Koden KW er allerede i bruk av Kristin Walter."));
		assertThat(jdbc.sql("select name from person where cluster_id = ? and code = 'KW'")
			.param(Registry.ALREK)
			.query(String.class)
			.list()).containsExactly("Kristin Walter");
	}

	@Test
	void malformedFieldsAreProblemDetailsNotErrors() throws Exception {
		mvc.perform(json(post("/api/v1/people"), """
				{"name": "%s", "code": "", "email": "nope", "phone": "ring meg"}""".formatted("n".repeat(201)))
			.with(httpBasic("sekretariat", "demo")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("name")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("code")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("email")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("phone")));
		mvc.perform(
				json(post("/api/v1/people"), person("Feil Kode", "K2", null)).with(httpBasic("sekretariat", "demo")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("code"));
		mvc.perform(json(post("/api/v1/people"), person("Feil Org", Registry.freshCode(), UUID.randomUUID()))
			.with(httpBasic("sekretariat", "demo")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("organisationId"));
		mvc.perform(json(post("/api/v1/people"), """
				{"name": "Feil", "code": "FEIL", "organisationId": "tull"}""").with(httpBasic("sekretariat", "demo")))
			.andExpect(status().isBadRequest());
	}

	@Test
	void aReferencedPersonCannotBeDeleted() throws Exception {
		UUID kw = registry().person("KW");
		mvc.perform(delete("/api/v1/people/{id}", kw).with(httpBasic("admin", "demo")))
			.andExpect(status().isConflict());
		assertThat(registry().person("KW")).isEqualTo(kw);
	}

	@ParameterizedTest
	@ValueSource(strings = { "medlem", "observator", "leder" })
	void membersObserversAndChairsMayOnlyRead(String username) throws Exception {
		String code = Registry.freshCode();
		UUID id = registry().newPerson("Api Les", code);
		mvc.perform(json(post("/api/v1/people"), person("Nei", Registry.freshCode(), null))
			.with(httpBasic(username, "demo"))).andExpect(status().isForbidden());
		mvc.perform(json(put("/api/v1/people/{id}", id), person("Nei", code, null)).header("If-Match", "\"0\"")
			.with(httpBasic(username, "demo"))).andExpect(status().isForbidden());
		mvc.perform(delete("/api/v1/people/{id}", id).with(httpBasic(username, "demo")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/people/{id}", id).with(httpBasic(username, "demo"))).andExpect(status().isOk());
	}

	@Test
	void anotherClusterGetsNotFoundForAlreksPeople() throws Exception {
		UUID gg = registry().person("GG");
		mvc.perform(get("/api/v1/people/{id}", gg).with(httpBasic("nord", "demo"))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/people/{id}/affiliations", gg).with(httpBasic("nord", "demo")))
			.andExpect(status().isNotFound());
		mvc.perform(json(put("/api/v1/people/{id}", gg), person("Kapret", "GG", null)).header("If-Match", "\"0\"")
			.with(httpBasic("nord", "demo"))).andExpect(status().isNotFound());
		mvc.perform(delete("/api/v1/people/{id}", gg).with(httpBasic("nord", "demo"))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/people").with(httpBasic("nord", "demo")))
			.andExpect(jsonPath("$[*].name", hasItem("Marit Halvorsen")))
			.andExpect(jsonPath("$[*].id", not(hasItem(gg.toString()))));
		// By id: other tests import minutes into Nord, whose people may carry the same
		// names.
		mvc.perform(get("/api/v1/people").param("q", "greve").with(httpBasic("nord", "demo")))
			.andExpect(jsonPath("$[*].id", not(hasItem(gg.toString()))));
		assertThat(jdbc.sql("select name from person where id = ?").param(gg).query(String.class).single())
			.isEqualTo("Gottfried Greve");
	}

}
