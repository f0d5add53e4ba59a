package klynge.body;

import static klynge.body.BodyFixtures.ALREK;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import klynge.KlyngeIntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Who may do what on every route of the module, and that the nord cluster never sees
 * Alrek's rows.
 */
@KlyngeIntegrationTest
class BodyAccessTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	UUID pm;

	UUID mh;

	UUID person;

	@BeforeEach
	void ids() {
		pm = BodyFixtures.body(jdbc, ALREK, "Partnermøtet");
		mh = BodyFixtures.membership(jdbc, pm, "MH");
		person = BodyFixtures.person(jdbc, ALREK, "MH");
	}

	/**
	 * Editor-only HTML routes; none of them changes anything when refused, and the POSTs
	 * are invalid anyway.
	 */
	List<MockHttpServletRequestBuilder> editorRoutes() {
		return List.of(get("/bodies/new"), get("/bodies/" + pm + "/edit"), get("/bodies/" + pm + "/rename"),
				get("/bodies/" + pm + "/memberships/new"), get("/bodies/" + pm + "/memberships/" + mh + "/edit"),
				post("/bodies").with(csrf()), post("/bodies/" + pm).with(csrf()),
				post("/bodies/" + pm + "/names").with(csrf()), post("/bodies/" + pm + "/memberships").with(csrf()),
				post("/bodies/" + pm + "/memberships/" + mh).with(csrf()),
				post("/bodies/" + pm + "/memberships/" + mh + "/end").with(csrf()),
				post("/bodies/" + pm + "/memberships/" + mh + "/delete").with(csrf()),
				post("/bodies/" + pm + "/memberships/" + mh + "/move").param("direction", "up").with(csrf()));
	}

	List<MockHttpServletRequestBuilder> apiWrites() {
		String json = "{}";
		return List.of(post("/api/v1/bodies").contentType(MediaType.APPLICATION_JSON).content(json),
				put("/api/v1/bodies/" + pm).contentType(MediaType.APPLICATION_JSON).content(json),
				post("/api/v1/bodies/" + pm + "/names").contentType(MediaType.APPLICATION_JSON).content(json),
				post("/api/v1/memberships").contentType(MediaType.APPLICATION_JSON).content(json),
				put("/api/v1/memberships/" + mh).contentType(MediaType.APPLICATION_JSON).content(json),
				delete("/api/v1/memberships/" + mh));
	}

	@Test
	void publicReadsBodiesAndApiButNotPeopleOrForms() throws Exception {
		mvc.perform(get("/bodies")).andExpect(status().isOk());
		mvc.perform(get("/bodies/" + pm)).andExpect(status().isOk());
		mvc.perform(get("/api/v1/bodies")).andExpect(status().isOk());
		mvc.perform(get("/api/v1/bodies/" + pm)).andExpect(status().isOk());
		mvc.perform(get("/api/v1/bodies/" + pm + "/members")).andExpect(status().isOk());
		mvc.perform(get("/api/v1/memberships/" + mh)).andExpect(status().isOk());
		// A browser is sent to the login page.
		mvc.perform(get("/people/" + person + "/memberships").accept(MediaType.TEXT_HTML))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
		for (MockHttpServletRequestBuilder route : editorRoutes()) {
			mvc.perform(route.accept(MediaType.TEXT_HTML))
				.andExpect(status().is3xxRedirection())
				.andExpect(redirectedUrl("/login"));
		}
		for (MockHttpServletRequestBuilder route : apiWrites()) {
			// with a CSRF token, so that the access rule (not the CSRF filter) is what
			// refuses
			mvc.perform(route.with(csrf())).andExpect(status().isUnauthorized());
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "medlem", "observator", "leder" })
	void membersObserversAndChairsReadButCannotEdit(String username) throws Exception {
		mvc.perform(get("/bodies/" + pm).with(httpBasic(username, "demo"))).andExpect(status().isOk());
		mvc.perform(get("/people/" + person + "/memberships").with(httpBasic(username, "demo")))
			.andExpect(status().isOk());
		for (MockHttpServletRequestBuilder route : editorRoutes()) {
			mvc.perform(route.with(httpBasic(username, "demo"))).andExpect(status().isForbidden());
		}
		for (MockHttpServletRequestBuilder route : apiWrites()) {
			mvc.perform(route.with(httpBasic(username, "demo"))).andExpect(status().isForbidden());
		}
		mvc.perform(get("/bodies/" + pm).with(httpBasic(username, "demo")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("/memberships/new"))));
	}

	@ParameterizedTest
	@ValueSource(strings = { "sekretariat", "admin" })
	void secretariatAndAdminReachTheFormsAndTheApi(String username) throws Exception {
		for (String url : List.of("/bodies/new", "/bodies/" + pm + "/edit", "/bodies/" + pm + "/rename",
				"/bodies/" + pm + "/memberships/new", "/bodies/" + pm + "/memberships/" + mh + "/edit")) {
			mvc.perform(get(url).with(httpBasic(username, "demo"))).andExpect(status().isOk());
		}
		// Past the access rules: an empty request is refused for its content, not for the
		// role.
		mvc.perform(post("/api/v1/bodies").contentType(MediaType.APPLICATION_JSON)
			.content("{}")
			.with(httpBasic(username, "demo"))).andExpect(status().isBadRequest());
		mvc.perform(post("/bodies").with(csrf()).with(httpBasic(username, "demo")))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(get("/bodies/" + pm).with(httpBasic(username, "demo")))
			.andExpect(content().string(Matchers.containsString("/memberships/new")));
	}

	@Test
	void nordSeesOnlyItsOwnBodiesAndGets404OnAlreksRows() throws Exception {
		mvc.perform(get("/bodies").with(httpBasic("nord", "demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Partnarmøtet")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("Styringsgruppen"))));
		mvc.perform(get("/api/v1/bodies").with(httpBasic("nord", "demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Partnarmøtet")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("Partnermøtet"))));
		for (String url : List.of("/bodies/" + pm, "/bodies/" + pm + "/edit", "/bodies/" + pm + "/rename",
				"/bodies/" + pm + "/memberships/new", "/bodies/" + pm + "/memberships/" + mh + "/edit",
				"/people/" + person + "/memberships", "/api/v1/bodies/" + pm, "/api/v1/bodies/" + pm + "/members",
				"/api/v1/memberships/" + mh)) {
			mvc.perform(get(url).with(httpBasic("nord", "demo"))).andExpect(status().isNotFound());
		}
		mvc.perform(post("/bodies/" + pm + "/names").param("name", "Kapret")
			.param("validFrom", "2030-01-01")
			.with(csrf())
			.with(httpBasic("nord", "demo"))).andExpect(status().isNotFound());
		mvc.perform(post("/bodies/" + pm + "/memberships/" + mh + "/end").param("validTo", "2030-01-01")
			.with(csrf())
			.with(httpBasic("nord", "demo"))).andExpect(status().isNotFound());
		mvc.perform(put("/api/v1/bodies/" + pm).header("If-Match", "\"0\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\":\"OTHER\",\"name\":\"Kapret\",\"establishedOn\":\"2019-01-01\"}")
			.with(httpBasic("nord", "demo"))).andExpect(status().isNotFound());
		mvc.perform(delete("/api/v1/memberships/" + mh).with(httpBasic("nord", "demo")))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/memberships").contentType(MediaType.APPLICATION_JSON)
			.content("{\"bodyId\":\"" + pm + "\",\"personId\":\"" + person
					+ "\",\"role\":\"MEMBER\",\"seat\":\"X\",\"validFrom\":\"2030-01-01\"}")
			.with(httpBasic("nord", "demo"))).andExpect(status().isNotFound());
		mvc.perform(get("/bodies/" + pm).param("date", "2023-03-27"))
			.andExpect(content().string(Matchers.containsString("<h1>Partnermøtet</h1>")))
			.andExpect(content().string(Matchers.containsString("Margareth Hagen")));
	}

}
