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
class OrganisationApiTests {

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

	static String organisation(String name, String type, UUID parent) {
		return """
				{"name": "%s", "shortName": "X", "type": "%s", "parentId": %s, "contactEmail": "post@example.org"}"""
			.formatted(name, type, parent == null ? "null" : "\"" + parent + "\"");
	}

	@Test
	void anyoneReadsTheListAndOneOrganisationWithItsVersionAsETag() throws Exception {
		UUID uib = registry().organisation("Universitetet i Bergen");
		mvc.perform(get("/api/v1/organisations"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.name == 'Universitetet i Bergen')].type").value("UNIVERSITY"))
			.andExpect(jsonPath("$[?(@.name == 'Universitetet i Bergen')].partner").value(true))
			.andExpect(jsonPath("$[?(@.name == 'Universitetet i Bergen - MED')].parentName")
				.value("Universitetet i Bergen"))
			.andExpect(jsonPath("$[*].name", not(hasItem("Universitetet i Tromsø"))));
		mvc.perform(get("/api/v1/organisations/{id}", uib))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.shortName").value("UiB"));
		mvc.perform(get("/api/v1/organisations/{id}/partnerships", uib))
			.andExpect(jsonPath("$[0].validFrom").value("2019-01-01"));
		mvc.perform(get("/api/v1/organisations/{id}", UUID.randomUUID()))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value("urn:klynge:problem:not-found:organisation"));
	}

	@Test
	void theSecretariatCreatesUpdatesAndDeletesWithOptimisticLocking() throws Exception {
		String name = Registry.freshName("API");
		String location = mvc
			.perform(json(post("/api/v1/organisations"), organisation(name, "COMPANY", null))
				.with(httpBasic("sekretariat", "demo")))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith("/api/v1/organisations/")))
			.andExpect(jsonPath("$.name").value(name))
			.andExpect(jsonPath("$.version").value(0))
			.andReturn()
			.getResponse()
			.getHeader("Location");
		mvc.perform(json(put(location), organisation(name + " 2", "COMPANY", null)).header("If-Match", "\"0\"")
			.with(httpBasic("sekretariat", "demo")))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.name").value(name + " 2"));
		mvc.perform(json(put(location), organisation(name + " 3", "COMPANY", null)).header("If-Match", "\"0\"")
			.with(httpBasic("admin", "demo")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.currentVersion").value(1));
		mvc.perform(json(put(location), organisation(name + " 3", "COMPANY", null)).with(httpBasic("admin", "demo")))
			.andExpect(status().isPreconditionRequired());
		mvc.perform(get(location)).andExpect(jsonPath("$.name").value(name + " 2"));
		mvc.perform(delete(location).with(httpBasic("admin", "demo"))).andExpect(status().isNoContent());
		mvc.perform(get(location)).andExpect(status().isNotFound());
	}

	@Test
	void anOrganisationInUseCannotBeDeleted() throws Exception {
		UUID uib = registry().organisation("Universitetet i Bergen");
		mvc.perform(delete("/api/v1/organisations/{id}", uib).with(httpBasic("admin", "demo")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("urn:klynge:problem:integrity"));
		assertThat(registry().organisation("Universitetet i Bergen")).isEqualTo(uib);
	}

	@Test
	void invalidRequestsAreProblemDetailsWithFieldErrorsInTheUsersLanguage() throws Exception {
		mvc.perform(json(post("/api/v1/organisations"), """
				{"name": "", "type": null, "contactEmail": "nope", "shortName": "%s"}""".formatted("s".repeat(41)))
			.with(httpBasic("sekretariat", "demo")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("name")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("type")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("contactEmail")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("shortName")));
		mvc.perform(json(post("/api/v1/organisations").param("lang", "en"),
				organisation(Registry.freshName("Ukjent"), "OTHER", UUID.randomUUID()))
			.with(httpBasic("sekretariat", "demo")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("urn:klynge:problem:organisation.parent.unknown"))
			.andExpect(jsonPath("$.errors[0].field").value("parentId"))
			.andExpect(jsonPath("$.errors[0].message").value("The chosen parent organisation does not exist."));
		mvc.perform(json(post("/api/v1/organisations"), organisation("NORCE", "OTHER", null))
			.with(httpBasic("sekretariat", "demo")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("name"))
			.andExpect(jsonPath("$.errors[0].message").value("Det finnes allerede en organisasjon som heter NORCE."));
		mvc.perform(json(post("/api/v1/organisations"), "{not json").with(httpBasic("sekretariat", "demo")))
			.andExpect(status().isBadRequest());
		mvc.perform(json(post("/api/v1/organisations"), organisation("Romskip", "SPACESHIP", null))
			.with(httpBasic("sekretariat", "demo"))).andExpect(status().isBadRequest());
	}

	@Test
	void partnershipsAreAddedWithoutOverlap() throws Exception {
		UUID id = registry().newOrganisation(Registry.freshName("API-partner"), null);
		mvc.perform(json(post("/api/v1/organisations/{id}/partnerships", id), """
				{"validFrom": "2022-01-01", "validTo": "2022-12-31"}""").with(httpBasic("sekretariat", "demo")))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith("/api/v1/organisations/" + id + "/partnerships/")))
			.andExpect(jsonPath("$.validTo").value("2022-12-31"));
		mvc.perform(json(post("/api/v1/organisations/{id}/partnerships", id), """
				{"validFrom": "2022-12-31"}""").with(httpBasic("sekretariat", "demo")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("validFrom"));
		mvc.perform(
				json(post("/api/v1/organisations/{id}/partnerships", id), "{}").with(httpBasic("sekretariat", "demo")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("validFrom"));
		mvc.perform(get("/api/v1/organisations/{id}/partnerships", id)).andExpect(jsonPath("$.length()").value(1));
	}

	@Test
	void anonymousClientsAreUnauthorizedForWrites() throws Exception {
		UUID id = registry().newOrganisation(Registry.freshName("API-anonym"), null);
		mvc.perform(json(post("/api/v1/organisations"), organisation(Registry.freshName("Anonym"), "OTHER", null)))
			.andExpect(status().is4xxClientError());
		mvc.perform(json(put("/api/v1/organisations/{id}", id), organisation("Anonym", "OTHER", null))
			.header("Authorization", "Bearer nothing")).andExpect(status().isUnauthorized());
		mvc.perform(delete("/api/v1/organisations/{id}", id).header("Authorization", "Basic bm9ib2R5Om5vcGU="))
			.andExpect(status().isUnauthorized());
		assertThat(jdbc.sql("select count(*) from organisation where id = ?").param(id).query(Integer.class).single())
			.isEqualTo(1);
	}

	@ParameterizedTest
	@ValueSource(strings = { "medlem", "observator", "leder" })
	void membersObserversAndChairsMayOnlyRead(String username) throws Exception {
		UUID id = registry().newOrganisation(Registry.freshName("API-les"), null);
		mvc.perform(json(post("/api/v1/organisations"), organisation(Registry.freshName("Nei"), "OTHER", null))
			.with(httpBasic(username, "demo"))).andExpect(status().isForbidden());
		mvc.perform(json(put("/api/v1/organisations/{id}", id), organisation("Nei", "OTHER", null))
			.header("If-Match", "\"0\"")
			.with(httpBasic(username, "demo"))).andExpect(status().isForbidden());
		mvc.perform(delete("/api/v1/organisations/{id}", id).with(httpBasic(username, "demo")))
			.andExpect(status().isForbidden());
		mvc.perform(json(post("/api/v1/organisations/{id}/partnerships", id), "{\"validFrom\": \"2020-01-01\"}")
			.with(httpBasic(username, "demo"))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/organisations/{id}", id).with(httpBasic(username, "demo"))).andExpect(status().isOk());
	}

	@Test
	void anotherClusterGetsNotFoundForAlreksOrganisations() throws Exception {
		UUID uib = registry().organisation("Universitetet i Bergen");
		mvc.perform(get("/api/v1/organisations/{id}", uib).with(httpBasic("nord", "demo")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/organisations/{id}/partnerships", uib).with(httpBasic("nord", "demo")))
			.andExpect(status().isNotFound());
		mvc.perform(json(put("/api/v1/organisations/{id}", uib), organisation("Kapret", "OTHER", null))
			.header("If-Match", "\"0\"")
			.with(httpBasic("nord", "demo"))).andExpect(status().isNotFound());
		mvc.perform(delete("/api/v1/organisations/{id}", uib).with(httpBasic("nord", "demo")))
			.andExpect(status().isNotFound());
		mvc.perform(json(post("/api/v1/organisations/{id}/partnerships", uib), "{\"validFrom\": \"1990-01-01\"}")
			.with(httpBasic("nord", "demo"))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/organisations").with(httpBasic("nord", "demo")))
			.andExpect(jsonPath("$[*].name", hasItem("Universitetet i Tromsø")))
			.andExpect(jsonPath("$[*].name", not(hasItem("Universitetet i Bergen"))));
		assertThat(jdbc.sql("select name from organisation where id = ?").param(uib).query(String.class).single())
			.isEqualTo("Universitetet i Bergen");
	}

}
