package klynge.meeting;

import static klynge.meeting.MeetingTestData.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import klynge.KlyngeIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockServletContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every route of the module for every kind of user: reading is public, editing is for the
 * secretariat.
 */
@KlyngeIntegrationTest
class MeetingAccessTests {

	static final List<String> READERS = List.of("medlem", "observator", "leder");

	static final List<String> EDITORS = List.of("sekretariat", "admin");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Meetings meetings;

	@Autowired
	Agenda agenda;

	int status(String user, MockHttpServletRequestBuilder request) throws Exception {
		if (user != null) {
			request.with(httpBasic(user, "demo"));
		}
		return mvc.perform(request).andReturn().getResponse().getStatus();
	}

	List<String> publicGets() {
		UUID pm = MeetingTestData.PM_2023_03_27;
		UUID body = MeetingTestData.body(jdbc, "Partnermøtet");
		return List.of("/meetings", "/meetings?month=2023-03", "/meetings/" + pm, "/bodies/" + body + "/meetings",
				"/api/v1/meetings", "/api/v1/meetings/" + pm, "/api/v1/meetings/" + pm + "/items",
				"/api/v1/meetings/" + pm + "/attendance", "/api/v1/items/" + MeetingTestData.item("pm-2023-03-27/03"));
	}

	List<String> editorGets() {
		UUID pm = MeetingTestData.PM_2023_03_27;
		return List.of("/meetings/new?bodyId=" + MeetingTestData.body(jdbc, "Partnermøtet"),
				"/meetings/" + pm + "/edit", "/meetings/" + pm + "/items/new", "/meetings/" + pm + "/attendance/edit",
				"/meetings/" + pm + "/items/order", "/items/" + MeetingTestData.item("pm-2023-03-27/03") + "/edit");
	}

	@Test
	void publicPagesAndApiReadsAreOpenToEveryoneOfTheCluster() throws Exception {
		for (String path : publicGets()) {
			for (String user : new String[] { null, "medlem", "observator", "leder", "sekretariat", "admin" }) {
				assertThat(status(user, get(path))).as("%s for %s", path, user).isEqualTo(200);
			}
			boolean clusterWide = path.equals("/meetings") || path.startsWith("/meetings?")
					|| path.equals("/api/v1/meetings");
			assertThat(status("nord", get(path))).as("%s for nord", path).isEqualTo(clusterWide ? 200 : 404);
		}
	}

	@Test
	void editingPagesAreForTheSecretariatAndAdministrators() throws Exception {
		for (String path : editorGets()) {
			assertThat(status(null, get(path))).as("%s anonymous", path).isIn(302, 401);
			for (String user : READERS) {
				assertThat(status(user, get(path))).as("%s for %s", path, user).isEqualTo(403);
			}
			for (String user : EDITORS) {
				assertThat(status(user, get(path))).as("%s for %s", path, user).isEqualTo(200);
			}
			if (!path.startsWith("/meetings/new")) {
				assertThat(status("nord", get(path))).as("%s for nord", path).isEqualTo(404);
			}
		}
	}

	@Test
	void writesAreRefusedToReadersAndAnonymousAndWorkForEditors() throws Exception {
		UUID body = MeetingTestData.newBody(jdbc, "Tilgangsgruppen");
		UUID meeting = meetings.plan(form(body, LocalDate.of(2049, 6, 7)));
		UUID item = agenda.add(meeting, MeetingTestData.itemForm("Godkjenning"));
		List<MockHttpServletRequestBuilder> writes = List.of(
				post("/meetings").param("bodyId", body.toString())
					.param("meetingDate", "2049-06-08")
					.param("version", "0"),
				post("/meetings/" + meeting).param("bodyId", body.toString())
					.param("meetingDate", "2049-06-07")
					.param("version", "0"),
				post("/meetings/" + meeting + "/items").param("type", "DISCUSSION")
					.param("title", "Ny")
					.param("version", "0"),
				post("/items/" + item).param("type", "DISCUSSION").param("title", "Endret").param("version", "0"),
				post("/items/" + item + "/move").param("direction", "1"),
				post("/items/" + item + "/documents").param("title", "Vedlegg")
					.param("url", "https://alrekhelseklynge.no/"),
				post("/meetings/" + meeting + "/guests").param("guestName", "Gjest"),
				post("/meetings/" + meeting + "/chair").param("chairPersonId",
						MeetingTestData.person(jdbc, "GY").toString()),
				post("/meetings/" + meeting + "/status").param("confirm", "true").param("target", "SUMMONED"),
				post("/meetings/" + meeting + "/cancel").param("confirm", "true").param("reason", "Avlyst"));
		for (MockHttpServletRequestBuilder write : writes) {
			String what = write.buildRequest(new MockServletContext()).getRequestURI();
			assertThat(status(null, write.with(csrf()))).as("anonymous %s", what).isIn(302, 401, 403);
			for (String user : READERS) {
				assertThat(status(user, write.with(csrf()))).as("%s %s", user, what).isEqualTo(403);
			}
		}
		assertThat(meetings.meeting(meeting).status()).isEqualTo(MeetingStatus.PLANNED);
		assertThat(agenda.item(item).title()).isEqualTo("Godkjenning");
		for (String user : EDITORS) {
			assertThat(status(user,
					post("/meetings/" + meeting + "/guests").param("guestName", "Gjest " + user).with(csrf())))
				.isEqualTo(302);
		}
		assertThat(status("admin",
				post("/meetings/" + meeting + "/status").param("confirm", "true")
					.param("target", "SUMMONED")
					.with(csrf())))
			.isEqualTo(302);
		assertThat(meetings.meeting(meeting).status()).isEqualTo(MeetingStatus.SUMMONED);
		assertThat(status("nord",
				post("/meetings/" + meeting + "/status").param("confirm", "true").param("target", "HELD").with(csrf())))
			.isEqualTo(404);
		assertThat(meetings.meeting(meeting).status()).isEqualTo(MeetingStatus.SUMMONED);
	}

	@Test
	void apiWritesNeedAnEditor() throws Exception {
		String created = "{\"bodyId\":\"" + MeetingTestData.body(jdbc, "Partnermøtet")
				+ "\",\"meetingDate\":\"2049-01-01\"}";
		var anonymous = post("/api/v1/meetings").contentType("application/json").content(created);
		assertThat(status(null, anonymous)).isEqualTo(401);
		for (String user : READERS) {
			assertThat(status(user, post("/api/v1/meetings").contentType("application/json").content(created))).as(user)
				.isEqualTo(403);
		}
		assertThat(status("medlem",
				post("/api/v1/meetings/" + MeetingTestData.PM_2023_03_27 + "/status").contentType("application/json")
					.content("{\"target\":\"MINUTES_APPROVED\"}")))
			.isEqualTo(403);
	}

}
