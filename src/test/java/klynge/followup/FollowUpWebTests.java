package klynge.followup;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;

import klynge.KlyngeIntegrationTest;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Follow-ups on the meeting page, "Mine oppfølginger", the staff list, the API, and who
 * sees what.
 */
@KlyngeIntegrationTest
class FollowUpWebTests {

	static final UUID ALREK = UUID.fromString("a1ec0000-0000-4000-8000-000000000001");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	static UUID id(String key) {
		try {
			byte[] md5 = MessageDigest.getInstance("MD5").digest(key.getBytes(StandardCharsets.UTF_8));
			String hex = HexFormat.of().formatHex(md5);
			return UUID.fromString(hex.replaceFirst("(.{8})(.{4})(.{4})(.{4})(.{12})", "$1-$2-$3-$4-$5"));
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	UUID person(String code) {
		return jdbc.sql("select id from person where cluster_id = ? and code = ?")
			.params(ALREK, code)
			.query(UUID.class)
			.single();
	}

	UUID insert(String itemKey, String code, String description) {
		return jdbc.sql(
				"insert into follow_up (cluster_id, item_id, owner_person_id, description) values (?, ?, ?, ?) returning id")
			.params(ALREK, id("item:" + itemKey), person(code), description)
			.query(UUID.class)
			.single();
	}

	@Test
	void seedFollowUpIsItalicUnderItem0423() throws Exception {
		// the seed minutes are out for comment: their follow-up is for the body's members
		// until approved
		String html = mvc
			.perform(get("/meetings/" + id("meeting:pm-2023-03-27"))
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.httpBasic("medlem", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		org.assertj.core.api.Assertions
			.assertThat(mvc.perform(get("/meetings/" + id("meeting:pm-2023-03-27")))
				.andReturn()
				.getResponse()
				.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
			.doesNotContain("GG følger opp saken.");
		int item = html.indexOf("id=\"sak-04-23\"");
		int next = html.indexOf("id=\"sak-05-23\"");
		int sentence = html.indexOf("<em>GG følger opp saken.</em>");
		Assertions.assertThat(item).isPositive();
		Assertions.assertThat(sentence).isBetween(item, next);
	}

	@Test
	void staffAddsAFollowUpAndTheOwnerSeesItAmongTheirOwn() throws Exception {
		UUID item = id("item:pm-2023-03-27/03");
		mvc.perform(post("/items/" + item + "/followups").with(httpBasic("sekretariat", "demo"))
			.with(csrf())
			.param("ownerCode", "mh")
			.param("description", "sender årsmeldingen til partnerne")
			.param("dueOn", "2023-04-15")
			.param("status", "OPEN")
			.param("version", "0"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/meetings/*#sak-03-23"));
		mvc.perform(get("/followups/mine").with(httpBasic("leder", "demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("MH sender årsmeldingen til partnerne.")))
			.andExpect(content().string(containsString("forfalt")));
		mvc.perform(get("/followups/mine").with(httpBasic("medlem", "demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("sender årsmeldingen til partnerne"))));
	}

	@Test
	void badInputReRendersTheFormBesideTheField() throws Exception {
		UUID item = id("item:pm-2023-03-27/03");
		mvc.perform(post("/items/" + item + "/followups").with(httpBasic("sekretariat", "demo"))
			.with(csrf())
			.header("Accept-Language", "nb")
			.param("ownerCode", "ZZZ")
			.param("description", "noe")
			.param("version", "0"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Ingen person har koden ZZZ.")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")));
		mvc.perform(post("/items/" + item + "/followups").with(httpBasic("sekretariat", "demo"))
			.with(csrf())
			.param("ownerCode", "")
			.param("description", "noe")
			.param("version", "0")).andExpect(status().isUnprocessableContent());
	}

	@Test
	void completingSetsStatusAndDay() throws Exception {
		UUID f = insert("pm-2023-03-27/01", "KW", "arkiverer referatet");
		mvc.perform(post("/followups/" + f + "/status").with(httpBasic("sekretariat", "demo"))
			.with(csrf())
			.param("status", "DONE")).andExpect(status().is3xxRedirection());
		Assertions
			.assertThat(jdbc.sql("select done_on is not null and status = 'DONE' from follow_up where id = ?")
				.param(f)
				.query(Boolean.class)
				.single())
			.isTrue();
	}

	@Test
	void exemptItemFollowUpsNeverLeak() throws Exception {
		insert("sg-2023-03-20/10", "KS", "hemmelig oppfølging av personalsaken");
		String meeting = "/meetings/" + id("meeting:sg-2023-03-20");
		mvc.perform(get(meeting))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("hemmelig oppfølging"))));
		mvc.perform(get(meeting).with(httpBasic("medlem", "demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("hemmelig oppfølging"))));
		mvc.perform(get("/api/v1/followups").with(httpBasic("medlem", "demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("hemmelig oppfølging"))));
		mvc.perform(get(meeting).with(httpBasic("sekretariat", "demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("KS hemmelig oppfølging av personalsaken.")));
		// the facilitator of Styringsgruppen has no vote there, so no exempt items
		// (finding 13)
		mvc.perform(get("/api/v1/followups").with(httpBasic("observator", "demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("hemmelig oppfølging"))));
		mvc.perform(get("/api/v1/followups").with(httpBasic("sekretariat", "demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("hemmelig oppfølging")));
	}

	@Test
	void accessPerRole() throws Exception {
		UUID item = id("item:pm-2023-03-27/04");
		UUID f = insert("pm-2023-03-27/04", "GG", "ringer rektor");
		for (String path : new String[] { "/followups", "/items/" + item + "/followups/new",
				"/followups/" + f + "/edit" }) {
			mvc.perform(get(path).accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection());
			mvc.perform(get(path).with(httpBasic("medlem", "demo"))).andExpect(status().isForbidden());
			mvc.perform(get(path).with(httpBasic("sekretariat", "demo"))).andExpect(status().isOk());
			mvc.perform(get(path).with(httpBasic("admin", "demo"))).andExpect(status().isOk());
		}
		mvc.perform(get("/followups/mine").accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection());
		mvc.perform(get("/followups/mine").with(httpBasic("observator", "demo"))).andExpect(status().isOk());
		mvc.perform(post("/followups/" + f + "/status").with(httpBasic("leder", "demo"))
			.with(csrf())
			.param("status", "DONE")).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/followups")).andExpect(status().isUnauthorized());
		mvc.perform(post("/api/v1/followups").with(httpBasic("medlem", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")).andExpect(status().isForbidden());
	}

	@Test
	void nordSeesNoneOfAlreksFollowUps() throws Exception {
		UUID f = insert("pm-2023-03-27/04", "GG", "nord skal ikke se dette");
		mvc.perform(get("/followups/" + f + "/edit").with(httpBasic("nord", "demo"))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/followups/" + f).with(httpBasic("nord", "demo"))).andExpect(status().isNotFound());
		mvc.perform(post("/followups/" + f + "/status").with(httpBasic("nord", "demo"))
			.with(csrf())
			.param("status", "DONE")).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/followups").with(httpBasic("nord", "demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("nord skal ikke se dette"))));
		mvc.perform(post("/items/" + id("item:pm-2023-03-27/04") + "/followups").with(httpBasic("nord", "demo"))
			.with(csrf())
			.param("ownerCode", "MH")
			.param("description", "x")
			.param("version", "0")).andExpect(status().isNotFound());
	}

	@Test
	void apiCreatesUpdatesAndRefusesStaleVersions() throws Exception {
		String body = """
				{"itemId":"%s","ownerCode":"GG","description":"følger opp via API","dueOn":"2023-06-01"}"""
			.formatted(id("item:pm-2023-03-27/04"));
		String location = mvc
			.perform(post("/api/v1/followups").with(httpBasic("sekretariat", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isCreated())
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.owner").value("GG"))
			.andReturn()
			.getResponse()
			.getHeader("Location");
		String update = body.replace("\"dueOn\"", "\"status\":\"DONE\",\"dueOn\"");
		mvc.perform(put(location).with(httpBasic("sekretariat", "demo"))
			.header("If-Match", "\"0\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content(update))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DONE"))
			.andExpect(jsonPath("$.doneOn").isNotEmpty());
		mvc.perform(put(location).with(httpBasic("sekretariat", "demo"))
			.header("If-Match", "\"0\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content(update)).andExpect(status().isConflict());
		mvc.perform(post("/api/v1/followups").with(httpBasic("sekretariat", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"description\":\"\"}")).andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/followups").with(httpBasic("sekretariat", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body.replace("\"GG\"", "\"QQQ\""))).andExpect(status().isUnprocessableContent());
		mvc.perform(get("/api/v1/followups?mine=true").with(httpBasic("leder", "demo"))).andExpect(status().isOk());
	}

}
