package klynge.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import klynge.KlyngeIntegrationTest;
import klynge.shared.Eventually;
import klynge.shared.WebLinks;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A meeting's online address (issue 9, finding 9): what is no URI is refused beside the
 * field on the form and as a problem detail in the API; one such address already in the
 * database breaks neither the meeting's .ics, PDF and Word files nor anybody's calendar
 * feed nor the summons mails; the migration cleans old rows; and a cancelled meeting's
 * link can still be corrected.
 */
@KlyngeIntegrationTest
class OnlineUrlTests {

	static final List<String> BAD = List.of("https://teams.microsoft.com/l/meetup|join",
			"https://teams.microsoft.com/l/{x}", "https://teams.microsoft.com/l/a^b",
			"https://teams.microsoft.com/l/%ZZ", "https://teams.microsoft.com/l/\"x\"",
			"https://teams.microsoft.com/l/a b", "https://", "https:///path");

	static final String STORED_BAD = "https://teams.microsoft.com/l/meetup-join/19|x{y}^z%ZZ\"q\"";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	UUID body;

	@BeforeEach
	void ownBody() {
		body = MeetingTestData.newBody(jdbc, "Lenkegruppen");
		MeetingTestData.member(jdbc, body, "GY", "CHAIR", "Høgskulen på Vestlandet", 1);
		MeetingTestData.member(jdbc, body, "EH", "MEMBER", "Helse Bergen", 2);
	}

	@Test
	void everyBadAddressIsRefusedBesideTheFieldAndInTheApi() throws Exception {
		for (String bad : BAD) {
			mvc.perform(post("/meetings").with(httpBasic("sekretariat", "demo"))
				.with(csrf())
				.header("Accept-Language", "nb")
				.param("bodyId", body.toString())
				.param("meetingDate", "2047-05-06")
				.param("startsAt", "14:00")
				.param("endsAt", "16:00")
				.param("onlineUrl", bad)
				.param("version", "0"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(Matchers.containsString("Lenken er ikke en gyldig nettadresse")));
			mvc.perform(post("/api/v1/meetings").with(httpBasic("sekretariat", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"bodyId\":\"" + body + "\",\"meetingDate\":\"2047-05-06\",\"onlineUrl\":\""
						+ bad.replace("\"", "\\\"") + "\"}"))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
				.andExpect(jsonPath("$.errors[*].field").value(Matchers.everyItem(Matchers.is("onlineUrl"))))
				.andExpect(jsonPath("$.errors[*].message")
					.value(Matchers.hasItem(Matchers.startsWith("Lenken er ikke en gyldig nettadresse"))));
		}
		assertThat(jdbc.sql("select count(*) from meeting where body_id = ?").param(body).query(Integer.class).single())
			.isZero();
		mvc.perform(post("/meetings").with(httpBasic("sekretariat", "demo"))
			.with(csrf())
			.param("bodyId", body.toString())
			.param("meetingDate", "2047-05-06")
			.param("onlineUrl",
					"https://teams.microsoft.com/l/meetup-join/19%3ameeting_N2Q%40thread.v2/0?context=%7b%22Tid%22%7d")
			.param("version", "0")).andExpect(status().is3xxRedirection());
	}

	@Test
	void aBadAddressAlreadyStoredBreaksNoDocumentFeedOrMail() throws Exception {
		UUID meeting = plan("2027-02-03");
		jdbc.sql("update meeting set online_url = ? where id = ?").params(STORED_BAD, meeting).update();
		mvc.perform(post("/meetings/{id}/status", meeting).param("confirm", "true")
			.with(httpBasic("sekretariat", "demo"))
			.with(csrf())
			.param("target", "SUMMONED")).andExpect(status().is3xxRedirection());

		String ics = mvc.perform(get("/meetings/{id}.ics", meeting).with(httpBasic("sekretariat", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(ics).contains("BEGIN:VEVENT", "URL:http://localhost:8080/meetings/" + meeting);
		for (String document : List.of("summons.pdf", "summons.docx")) {
			mvc.perform(get("/meetings/{id}/" + document, meeting).with(httpBasic("sekretariat", "demo")))
				.andExpect(status().isOk());
			mvc.perform(get("/meetings/{id}/" + document, meeting)).andExpect(status().isOk());
		}

		String token = (String) mvc.perform(post("/calendar/token").with(httpBasic("medlem", "demo")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("token"))
			.andReturn()
			.getFlashMap()
			.get("token");
		String feed = mvc.perform(get("/calendar/feed/{token}.ics", token))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(feed).contains(meeting.toString());

		Eventually.until("summons mails queued for the meeting",
				() -> jdbc.sql("select count(*) from mail_outbox where idempotency_key like ?")
					.param("summons:" + meeting + ":%")
					.query(Integer.class)
					.single() > 0);
	}

	@Test
	void theMinutesOfAMeetingWithABadAddressStillRender() throws Exception {
		UUID meeting = MeetingTestData.PM_2023_03_27;
		String before = jdbc.sql("select online_url from meeting where id = ?")
			.param(meeting)
			.query((rs, n) -> rs.getString(1))
			.list()
			.getFirst();
		try {
			jdbc.sql("update meeting set online_url = ? where id = ?").params(STORED_BAD, meeting).update();
			for (String document : List.of("minutes.pdf", "minutes.docx", "summons.docx")) {
				mvc.perform(get("/meetings/{id}/" + document, meeting).with(httpBasic("sekretariat", "demo")))
					.andExpect(status().isOk());
			}
			mvc.perform(get("/meetings/{id}.ics", meeting).with(httpBasic("sekretariat", "demo")))
				.andExpect(status().isOk());
			mvc.perform(get("/meetings/{id}", meeting).with(httpBasic("sekretariat", "demo")))
				.andExpect(status().isOk());
		}
		finally {
			jdbc.sql("update meeting set online_url = ? where id = ?").params(before, meeting).update();
		}
	}

	@Test
	void theMigrationEncodesWhatItCanAndClearsTheRest() throws Exception {
		UUID encodable = plan("2027-03-01");
		UUID hopeless = plan("2027-03-02");
		UUID good = plan("2027-03-03");
		String teams = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_N2Q%40thread.v2/0?context=%7b%22Tid%22%7d";
		jdbc.sql("update meeting set online_url = ? where id = ?").params(STORED_BAD, encodable).update();
		jdbc.sql("update meeting set online_url = ? where id = ?").params("https://a#b#c", hopeless).update();
		jdbc.sql("update meeting set online_url = ? where id = ?").params(teams, good).update();
		String migration = new ClassPathResource("db/migration/V20261130_1400__meeting_online_url_clean.sql")
			.getContentAsString(StandardCharsets.UTF_8);
		for (String statement : migration.replaceAll("(?m)^--.*$", "").split(";")) {
			if (!statement.isBlank()) {
				jdbc.sql(statement).update();
			}
		}
		String cleaned = onlineUrl(encodable);
		assertThat(cleaned).isEqualTo("https://teams.microsoft.com/l/meetup-join/19%7Cx%7By%7D%5Ez%25ZZ%22q%22");
		assertThat(WebLinks.isWebAddress(cleaned)).isTrue();
		assertThat(onlineUrl(hopeless)).isNull();
		assertThat(onlineUrl(good)).isEqualTo(teams);
		assertThat(jdbc.sql("select online_url from meeting where online_url is not null").query(String.class).list())
			.allMatch(WebLinks::isWebAddress);
	}

	@Test
	void aCancelledMeetingsLinkAndPlaceCanBeCorrectedButNotItsTime() throws Exception {
		UUID meeting = plan("2027-04-05");
		mvc.perform(post("/meetings/{id}/cancel", meeting).param("confirm", "true")
			.with(httpBasic("sekretariat", "demo"))
			.with(csrf())
			.param("reason", "Sykdom")).andExpect(status().is3xxRedirection());
		int version = jdbc.sql("select version from meeting where id = ?").param(meeting).query(Integer.class).single();
		mvc.perform(post("/meetings/{id}", meeting).with(httpBasic("sekretariat", "demo"))
			.with(csrf())
			.param("bodyId", body.toString())
			.param("meetingDate", "2027-04-05")
			.param("startsAt", "14:00")
			.param("endsAt", "16:00")
			.param("address", "Årstadveien 19")
			.param("onlineUrl", "https://teams.microsoft.com/l/rett")
			.param("version", String.valueOf(version))).andExpect(status().is3xxRedirection());
		assertThat(onlineUrl(meeting)).isEqualTo("https://teams.microsoft.com/l/rett");
		assertThat(jdbc.sql("select status from meeting where id = ?").param(meeting).query(String.class).single())
			.isEqualTo("CANCELLED");
		version = jdbc.sql("select version from meeting where id = ?").param(meeting).query(Integer.class).single();
		mvc.perform(post("/meetings/{id}", meeting).with(httpBasic("sekretariat", "demo"))
			.with(csrf())
			.header("Accept-Language", "nb")
			.param("bodyId", body.toString())
			.param("meetingDate", "2027-04-12")
			.param("startsAt", "14:00")
			.param("endsAt", "16:00")
			.param("version", String.valueOf(version)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(Matchers.containsString("Møtet er avlyst: bare sted og lenke kan rettes")));
	}

	UUID plan(String date) throws Exception {
		String location = mvc.perform(post("/api/v1/meetings").with(httpBasic("sekretariat", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"bodyId\":\"" + body + "\",\"meetingDate\":\"" + date
					+ "\",\"startsAt\":\"14:00\",\"endsAt\":\"16:00\",\"onlineUrl\":\"https://teams.microsoft.com/l/x\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getHeader("Location");
		return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
	}

	String onlineUrl(UUID meeting) {
		return jdbc.sql("select online_url from meeting where id = ?")
			.param(meeting)
			.query((rs, n) -> rs.getString(1))
			.list()
			.getFirst();
	}

}
