package klynge.meeting;

import static klynge.meeting.MeetingTestData.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import klynge.KlyngeIntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The calendar, a body's meetings, printing, and ordering the agenda with and without
 * JavaScript.
 */
@KlyngeIntegrationTest
class MeetingScreensTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Meetings meetings;

	@Autowired
	Agenda agenda;

	@Test
	void calendarShowsTheMonthsMeetings() throws Exception {
		String page = mvc.perform(get("/meetings").param("month", "2023-03"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		// the month's calendar comes after the lists of coming and recent meetings
		String calendar = page.substring(page.indexOf("id=\"kalender\""));
		org.assertj.core.api.Assertions.assertThat(calendar)
			.contains("/meetings/" + MeetingTestData.SG_2023_03_20, "/meetings/" + MeetingTestData.PM_2023_03_27,
					"mandag 27.03.2023", "month=2023-04")
			.doesNotContain("/meetings/" + MeetingTestData.PM_2023_10);
		mvc.perform(get("/meetings").param("month", "ikke-en-måned")).andExpect(status().isOk());
	}

	@Test
	void bodyPageListsUpcomingAndPastMeetings() throws Exception {
		UUID body = MeetingTestData.body(jdbc, "Partnermøtet");
		mvc.perform(get("/bodies/{id}/meetings", body))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Tidligere møter")))
			.andExpect(content().string(Matchers.containsString("/meetings/" + MeetingTestData.PM_2023_03_27)))
			.andExpect(content().string(Matchers.containsString("/meetings/" + MeetingTestData.PM_2023_10)))
			.andExpect(
					content().string(Matchers.containsString("/meetings/" + MeetingTestData.meeting("pm-2022-10-07"))))
			.andExpect(content()
				.string(Matchers.not(Matchers.containsString("/meetings/" + MeetingTestData.SG_2023_03_20))));
		UUID own = MeetingTestData.newBody(jdbc, "Framtidsgruppen");
		UUID future = meetings.plan(form(own, LocalDate.now().plusYears(1)));
		String html = mvc.perform(get("/bodies/{id}/meetings", own)).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("Kommende møter").contains("/meetings/" + future);
		mvc.perform(get("/bodies/{id}/meetings", UUID.randomUUID())).andExpect(status().isNotFound());
	}

	@Test
	void printStylesheetHidesNavigationAndEditControls() throws Exception {
		String css = new ClassPathResource("static/css/print.css").getContentAsString(StandardCharsets.UTF_8);
		String hidden = css.substring(0, css.indexOf("display: none"));
		assertThat(hidden).contains("nav").contains(".actions").contains("form");
		assertThat(css).contains(".move-buttons").contains(".drag-handle");
		mvc.perform(get("/meetings/{id}", MeetingTestData.PM_2023_03_27).with(httpBasic("sekretariat", "demo")))
			.andExpect(content().string(Matchers.containsString("media=\"print\"")))
			.andExpect(content().string(Matchers.containsString("class=\"actions\"")));
	}

	@Test
	void orderPageWorksWithButtonsWithoutJavaScriptAndWithHtmx() throws Exception {
		UUID body = MeetingTestData.newBody(jdbc, "Rekkefølgegruppen");
		UUID meeting = meetings.plan(form(body, LocalDate.of(2050, 3, 3)));
		UUID first = agenda.add(meeting, MeetingTestData.itemForm("Første"));
		UUID second = agenda.add(meeting, MeetingTestData.itemForm("Andre"));
		UUID third = agenda.add(meeting, MeetingTestData.itemForm("Tredje"));
		mvc.perform(get("/meetings/{id}/items/order", meeting).with(httpBasic("sekretariat", "demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("/items/" + first + "/move?direction=1")))
			.andExpect(content().string(Matchers.containsString("aria-label=\"Flytt Første ned\"")));

		mvc.perform(post("/items/{id}/move", first).param("direction", "1")
			.with(httpBasic("sekretariat", "demo"))
			.with(csrf())).andExpect(redirectedUrl("/meetings/" + meeting + "/items/order"));
		assertThat(agenda.items(meeting)).extracting(AgendaItem::id).containsExactly(second, first, third);
		assertThat(agenda.item(second).caseNumber()).hasToString("01-50");

		mvc.perform(post("/meetings/{id}/items/order", meeting).header("HX-Request", "true")
			.param("item", third.toString(), second.toString(), first.toString())
			.with(httpBasic("sekretariat", "demo"))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.startsWith("<form")))
			.andExpect(content().string(Matchers.containsString("id=\"agenda-order\"")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("<html"))));
		assertThat(agenda.items(meeting)).extracting(AgendaItem::id).containsExactly(third, second, first);
		assertThat(agenda.item(third).caseNumber()).hasToString("01-50");

		mvc.perform(post("/meetings/{id}/items/order", meeting)
			.param("item", first.toString(), second.toString(), third.toString())
			.with(httpBasic("sekretariat", "demo"))
			.with(csrf())).andExpect(redirectedUrl("/meetings/" + meeting + "/items/order"));
		assertThat(agenda.items(meeting)).extracting(AgendaItem::id).containsExactly(first, second, third);

		mvc.perform(post("/meetings/{id}/items/order", meeting).header("HX-Request", "true")
			.param("item", first.toString(), second.toString())
			.with(httpBasic("sekretariat", "demo"))
			.with(csrf())).andExpect(status().isUnprocessableContent());
	}

}
