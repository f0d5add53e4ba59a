package klynge.security;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import klynge.KlyngeIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@KlyngeIntegrationTest
class AccountApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void listsTheClusterAccountsWithPeopleAndWithoutPasswords() throws Exception {
		mvc.perform(get("/api/v1/accounts").with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.username == 'medlem')].personCode").value(hasItem("GY")))
			.andExpect(jsonPath("$[?(@.username == 'medlem')].status").value(hasItem("ACTIVE")))
			.andExpect(jsonPath("$[*].username").value(not(hasItem("nord"))))
			.andExpect(jsonPath("$[0].passwordHash").doesNotExist());
	}

	@Test
	void invitingCreatesTheAccountWith201AndLocation() throws Exception {
		String username = TestAccounts.uniqueUsername("api");
		String location = mvc
			.perform(post("/api/v1/accounts").with(httpBasic("admin", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"email\":\"%s@example.org\",\"username\":\"%s\",\"secretariat\":true}".formatted(username,
						username)))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", endsWith("/api/v1/accounts/" + TestAccounts.idOf(jdbc, username))))
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.account.username").value(username))
			.andExpect(jsonPath("$.account.secretariat").value(true))
			.andExpect(jsonPath("$.account.status").value("INVITED"))
			.andExpect(jsonPath("$.mailSent").isBoolean())
			.andReturn()
			.getResponse()
			.getHeader("Location");
		mvc.perform(get(location).with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value(username));
	}

	@Test
	void invalidInputIs400WithFieldErrors() throws Exception {
		mvc.perform(post("/api/v1/accounts").with(httpBasic("admin", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"email\":\"ikke-epost\",\"username\":\"Ø\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:klynge:problem:validation"))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("email")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("username")));
	}

	@Test
	void aTakenUsernameIs422WithAStableType() throws Exception {
		mvc.perform(post("/api/v1/accounts").with(httpBasic("admin", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"email\":\"ny.api@example.org\",\"username\":\"leder\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("urn:klynge:problem:account.rule.usernameTaken"))
			.andExpect(jsonPath("$.errors[0].field").value("username"));
	}

	@Test
	void updatesNeedTheCurrentVersionAsIfMatch() throws Exception {
		String username = TestAccounts.uniqueUsername("put");
		mvc.perform(post("/api/v1/accounts").with(httpBasic("admin", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"email\":\"%s@example.org\",\"username\":\"%s\"}".formatted(username, username)))
			.andExpect(status().isCreated());
		UUID id = TestAccounts.idOf(jdbc, username);
		String body = "{\"administrator\":false,\"secretariat\":true,\"enabled\":true}";

		mvc.perform(put("/api/v1/accounts/{id}", id).with(httpBasic("admin", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isPreconditionRequired());
		mvc.perform(put("/api/v1/accounts/{id}", id).with(httpBasic("admin", "demo"))
			.header("If-Match", "\"0\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.secretariat").value(true));
		mvc.perform(put("/api/v1/accounts/{id}", id).with(httpBasic("admin", "demo"))
			.header("If-Match", "\"0\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("urn:klynge:problem:edit-conflict"));
		mvc.perform(put("/api/v1/accounts/{id}", id).with(httpBasic("admin", "demo"))
			.header("If-Match", "\"1\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"secretariat\":true}")).andExpect(status().isBadRequest());
	}

	@Test
	void anAdministratorCannotRemoveTheirOwnRoleThroughTheApi() throws Exception {
		UUID admin = TestAccounts.idOf(jdbc, "admin");
		mvc.perform(put("/api/v1/accounts/{id}", admin).with(httpBasic("admin", "demo"))
			.header("If-Match", "\"" + TestAccounts.versionOf(jdbc, "admin") + "\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"administrator\":false,\"secretariat\":false,\"enabled\":true}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("urn:klynge:problem:account.rule.ownAdministrator"))
			.andExpect(jsonPath("$.errors[0].field").value("administrator"));
	}

	@Test
	void nordCannotReadOrChangeAlrekAccounts() throws Exception {
		UUID medlem = TestAccounts.idOf(jdbc, "medlem");
		mvc.perform(get("/api/v1/accounts").with(httpBasic("nord", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].username").value(hasItem("nord")))
			.andExpect(jsonPath("$[*].username").value(not(hasItem("medlem"))));
		mvc.perform(get("/api/v1/accounts/{id}", medlem).with(httpBasic("nord", "demo")))
			.andExpect(status().isNotFound());
		mvc.perform(put("/api/v1/accounts/{id}", medlem).with(httpBasic("nord", "demo"))
			.header("If-Match", "\"0\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"administrator\":true,\"secretariat\":true,\"enabled\":false}"))
			.andExpect(status().isNotFound());
	}

}
