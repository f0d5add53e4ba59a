package klynge.body;

import static klynge.body.BodyFixtures.ALREK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import klynge.KlyngeIntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@KlyngeIntegrationTest
class BodyApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body).with(httpBasic("sekretariat", "demo"));
	}

	String createBody(String name) throws Exception {
		MvcResult result = mvc
			.perform(json(post("/api/v1/bodies"),
					"{\"type\":\"REVIEW_COMMITTEE\",\"name\":\"" + name + "\",\"establishedOn\":\"2024-01-01\"}"))
			.andExpect(status().isCreated())
			.andExpect(header().string("ETag", "\"0\""))
			.andReturn();
		return result.getResponse().getHeader("Location");
	}

	@Test
	void bodyRoundTripWithEtagAndConflictOnStaleIfMatch() throws Exception {
		String location = createBody("API-komité");
		assertThat(location).startsWith("/api/v1/bodies/");
		mvc.perform(get(location))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.name").value("API-komité"))
			.andExpect(jsonPath("$.type").value("REVIEW_COMMITTEE"))
			.andExpect(jsonPath("$.names[0].validFrom").value("2024-01-01"));
		String change = "{\"type\":\"REVIEW_COMMITTEE\",\"name\":\"API-komiteen\",\"establishedOn\":\"2024-01-01\",\"mandate\":\"Vurderer.\"}";
		mvc.perform(json(put(location), change).header("If-Match", "\"0\""))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.name").value("API-komiteen"))
			.andExpect(jsonPath("$.mandate").value("Vurderer."));
		mvc.perform(json(put(location), change.replace("Vurderer.", "Overskrevet")).header("If-Match", "\"0\""))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("urn:klynge:problem:edit-conflict"))
			.andExpect(jsonPath("$.currentVersion").value(1));
		mvc.perform(get(location)).andExpect(jsonPath("$.mandate").value("Vurderer."));
	}

	@Test
	void renameViaApiKeepsTheHistoryAndRefusesAnEarlierDate() throws Exception {
		String location = createBody("Før");
		mvc.perform(json(post(location + "/names"), "{\"name\":\"Etter\",\"validFrom\":\"2023-06-01\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("urn:klynge:problem:body.rename.tooEarly"))
			.andExpect(jsonPath("$.errors[0].field").value("validFrom"));
		mvc.perform(json(post(location + "/names"), "{\"name\":\"Etter\",\"validFrom\":\"2025-06-01\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.names.length()").value(2))
			.andExpect(jsonPath("$.names[0].validTo").value("2025-05-31"));
	}

	@Test
	void invalidBodyIsABadRequestWithFieldErrors() throws Exception {
		mvc.perform(json(post("/api/v1/bodies"), "{\"type\":\"OTHER\",\"name\":\"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", Matchers.hasItems("name", "establishedOn")));
		mvc.perform(json(post("/api/v1/bodies"), "{\"type\":\"NOPE\",\"name\":\"x\",\"establishedOn\":\"2024-01-01\"}"))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/bodies/" + UUID.randomUUID())).andExpect(status().isNotFound());
	}

	@Test
	void membersOnADateAreInTheOrderOfTheMinutes() throws Exception {
		UUID pm = BodyFixtures.body(jdbc, ALREK, "Partnermøtet");
		mvc.perform(get("/api/v1/bodies/" + pm + "/members").param("date", "2023-03-27"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(15))
			.andExpect(jsonPath("$[0].code").value("MH"))
			.andExpect(jsonPath("$[0].role").value("CHAIR"))
			.andExpect(jsonPath("$[11].code").value("IEG"))
			.andExpect(jsonPath("$[11].deputyForPersonId").value(BodyFixtures.person(jdbc, ALREK, "GPK").toString()))
			.andExpect(jsonPath("$[14].code").value("KW"));
	}

	@Test
	void membershipRoundTripWithRulesConflictAndDelete() throws Exception {
		String body = createBody("Medlemskomité");
		String bodyId = body.substring(body.lastIndexOf('/') + 1);
		String gg = BodyFixtures.person(jdbc, ALREK, "GG").toString();
		String nl = BodyFixtures.person(jdbc, ALREK, "NL").toString();
		String member = "{\"bodyId\":\"" + bodyId + "\",\"personId\":\"" + gg
				+ "\",\"role\":\"CHAIR\",\"seat\":\"UiB\",\"validFrom\":\"2024-01-01\"}";
		MvcResult created = mvc.perform(json(post("/api/v1/memberships"), member))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.personCode").value("GG"))
			.andReturn();
		String location = created.getResponse().getHeader("Location");
		String id = JsonPath.read(created.getResponse().getContentAsString(), "$.id");
		assertThat(location).isEqualTo("/api/v1/memberships/" + id);

		mvc.perform(json(post("/api/v1/memberships"), member.replace(gg, nl).replace("2024-01-01", "2024-05-01")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("urn:klynge:problem:membership.seat.overlap"))
			.andExpect(jsonPath("$.detail", Matchers.containsString("Gottfried Greve")));
		mvc.perform(json(post("/api/v1/memberships"), member.replace(gg, nl).replace("CHAIR", "DEPUTY")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("urn:klynge:problem:membership.deputyFor.required"))
			.andExpect(jsonPath("$.errors[0].field").value("deputyForId"));

		String ended = member.replace("\"validFrom\":\"2024-01-01\"",
				"\"validFrom\":\"2024-01-01\",\"validTo\":\"2024-12-31\"");
		mvc.perform(json(put(location), ended).header("If-Match", "\"0\""))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.validTo").value("2024-12-31"));
		mvc.perform(json(put(location), member).header("If-Match", "\"0\"")).andExpect(status().isConflict());
		mvc.perform(json(post("/api/v1/memberships"), member.replace(gg, nl).replace("2024-01-01", "2025-01-01")))
			.andExpect(status().isCreated());

		mvc.perform(delete(location).with(httpBasic("admin", "demo"))).andExpect(status().isNoContent());
		mvc.perform(get(location)).andExpect(status().isNotFound());
	}

}
