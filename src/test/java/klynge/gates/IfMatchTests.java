package klynge.gates;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import klynge.KlyngeIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * One answer to an API write that says neither which version it changes (If-Match) nor
 * carries the version in its body, whichever module: 428 Precondition Required with one
 * problem type, and nothing written. Each body is otherwise valid, so only the missing
 * version can refuse it.
 */
@KlyngeIntegrationTest
class IfMatchTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private Map<String, String> ids;

	@BeforeEach
	void load() {
		ids = Handlers.demoIds(jdbc);
	}

	@Test
	void everyApiWriteWithoutAVersionGets428() throws Exception {
		expect428("/api/v1/bodies/{id}", ids.get("bodies"),
				"{\"type\":\"OTHER\",\"name\":\"Uten versjon\",\"establishedOn\":\"2019-01-01\"}");
		expect428("/api/v1/meetings/{id}", ids.get("meetings"),
				"{\"bodyId\":\"%s\",\"meetingDate\":\"2031-01-01\"}".formatted(ids.get("bodies")));
		expect428("/api/v1/items/{id}", ids.get("items"), "{\"type\":\"DISCUSSION\",\"title\":\"Uten versjon\"}");
		expect428("/api/v1/attendance/{id}", ids.get("attendance"), "{\"summoned\":true,\"status\":\"ABSENT\"}");
		expect428("/api/v1/followups/{id}", ids.get("followups"),
				"{\"itemId\":\"%s\",\"description\":\"Uten versjon\"}".formatted(ids.get("items")));
		expect428("/api/v1/items/{id}/minutes", ids.get("items"), "{\"notes\":\"Uten versjon\"}");
		expect428("/api/v1/accounts/{id}", ids.get("accounts"),
				"{\"administrator\":false,\"secretariat\":false,\"enabled\":true}");
	}

	private void expect428(String uri, String id, String json) throws Exception {
		mvc.perform(put(uri, id).with(httpBasic("admin", "demo")).contentType(MediaType.APPLICATION_JSON).content(json))
			.andExpect(status().isPreconditionRequired())
			.andExpect(jsonPath("$.type").value("urn:klynge:problem:precondition-required"));
	}

}
