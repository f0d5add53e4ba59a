package klynge.meeting;

import static klynge.meeting.MeetingTestData.caseNumber;
import static klynge.meeting.MeetingTestData.form;
import static klynge.meeting.MeetingTestData.itemForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import klynge.KlyngeIntegrationTest;
import klynge.shared.RuleViolation;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Case numbers NN-YY on the database: per body and calendar year, frozen by the summons.
 */
@KlyngeIntegrationTest
class AgendaNumberingIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Meetings meetings;

	@Autowired
	Agenda agenda;

	UUID body;

	@BeforeEach
	void ownBody() {
		body = MeetingTestData.newBody(jdbc, "Nummereringsgruppen");
	}

	private UUID add(UUID meetingId, String title) {
		return agenda.add(meetingId, itemForm(title));
	}

	private List<String> numbers(UUID meetingId) {
		return agenda.items(meetingId)
			.stream()
			.filter(i -> !i.isSubItem())
			.map(i -> i.caseNumber().toString())
			.toList();
	}

	@Test
	void numbersContinueAcrossTheYearsMeetingsAndStartAgainInJanuary() {
		UUID february = meetings.plan(form(body, LocalDate.of(2030, 2, 11)));
		UUID may = meetings.plan(form(body, LocalDate.of(2030, 5, 6)));
		UUID january = meetings.plan(form(body, LocalDate.of(2031, 1, 13)));
		add(february, "Godkjenning");
		add(february, "Orienteringer");
		add(february, "Eventuelt");
		add(may, "Godkjenning");
		add(may, "Budsjett");
		add(january, "Godkjenning");
		assertThat(numbers(february)).containsExactly("01-30", "02-30", "03-30");
		assertThat(numbers(may)).containsExactly("04-30", "05-30");
		assertThat(numbers(january)).containsExactly("01-31");

		// a meeting planned later but dated earlier in the year takes the first numbers
		// while nothing is summoned
		UUID january30 = meetings.plan(form(body, LocalDate.of(2030, 1, 20)));
		add(january30, "Konstituering");
		assertThat(numbers(january30)).containsExactly("01-30");
		assertThat(numbers(february)).containsExactly("02-30", "03-30", "04-30");
		assertThat(numbers(may)).containsExactly("05-30", "06-30");
	}

	@Test
	void reorderBeforeSummonsRenumbersAfterSummonsKeepsNumbers() {
		UUID meeting = meetings.plan(form(body, LocalDate.of(2032, 3, 1)));
		UUID first = add(meeting, "Første");
		UUID second = add(meeting, "Andre");
		UUID third = add(meeting, "Tredje");
		agenda.reorder(meeting, null, List.of(third, first, second));
		assertThat(caseNumber(jdbc, third)).isEqualTo("01-32");
		assertThat(caseNumber(jdbc, first)).isEqualTo("02-32");
		assertThat(caseNumber(jdbc, second)).isEqualTo("03-32");

		meetings.moveTo(meeting, MeetingStatus.SUMMONED);
		agenda.reorder(meeting, null, List.of(first, second, third));
		assertThat(agenda.items(meeting)).extracting(AgendaItem::id).containsExactly(first, second, third);
		assertThat(caseNumber(jdbc, first)).isEqualTo("02-32");
		assertThat(caseNumber(jdbc, second)).isEqualTo("03-32");
		assertThat(caseNumber(jdbc, third)).isEqualTo("01-32");
	}

	@Test
	void lateItemAfterSummonsGetsTheNextFreeNumberAndLaterMeetingsMoveUp() {
		UUID summoned = meetings.plan(form(body, LocalDate.of(2033, 3, 1)));
		UUID planned = meetings.plan(form(body, LocalDate.of(2033, 6, 1)));
		add(summoned, "Godkjenning");
		add(summoned, "Budsjett");
		UUID nextMeetingsItem = add(planned, "Godkjenning");
		assertThat(caseNumber(jdbc, nextMeetingsItem)).isEqualTo("03-33");
		meetings.moveTo(summoned, MeetingStatus.SUMMONED);

		UUID late = add(summoned, "Ettersendt sak");
		assertThat(caseNumber(jdbc, late)).isEqualTo("03-33");
		assertThat(agenda.item(late).raisedAtMeeting()).isFalse();
		assertThat(numbers(summoned)).containsExactly("01-33", "02-33", "03-33");
		assertThat(caseNumber(jdbc, nextMeetingsItem)).isEqualTo("04-33");
	}

	@Test
	void itemRaisedAtTheHeldMeetingIsFlaggedAndNumbered() {
		UUID meeting = meetings.plan(form(body, LocalDate.of(2034, 4, 1)));
		add(meeting, "Godkjenning");
		meetings.moveTo(meeting, MeetingStatus.SUMMONED);
		meetings.moveTo(meeting, MeetingStatus.HELD);
		UUID raised = add(meeting, "Helsepersonellkommisjonen");
		AgendaItem item = agenda.item(raised);
		assertThat(item.raisedAtMeeting()).isTrue();
		assertThat(item.caseNumber()).hasToString("02-34");
	}

	@Test
	void subItemsAreLetteredAndUnnumbered() throws Exception {
		UUID meeting = meetings.plan(form(body, LocalDate.of(2035, 2, 1)));
		UUID parent = add(meeting, "Orienteringer");
		UUID a = agenda.add(meeting, itemForm(parent, "Presentasjon av prosjekt"));
		UUID b = agenda.add(meeting, itemForm(parent, "Fra Styringsgruppen"));
		UUID c = agenda.add(meeting, itemForm(parent, "Fra klyngefasilitator"));
		assertThat(List.of(a, b, c)).allSatisfy(id -> {
			assertThat(agenda.item(id).caseNumber()).isNull();
			assertThat(caseNumber(jdbc, id)).isNull();
		});
		assertThat(caseNumber(jdbc, parent)).isEqualTo("01-35");
		mvc.perform(get("/api/v1/meetings/{id}/items", meeting))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].number").value("01-35"))
			.andExpect(jsonPath("$[0].subItems[*].number", Matchers.contains("a", "b", "c")))
			.andExpect(jsonPath("$[0].subItems[*].title",
					Matchers.contains("Presentasjon av prosjekt", "Fra Styringsgruppen", "Fra klyngefasilitator")));
		mvc.perform(get("/meetings/{id}", meeting))
			.andExpect(content().string(Matchers.containsString("Sak 01-35")))
			.andExpect(content().string(Matchers.containsString("c.")));
	}

	@Test
	void deletingANumberedItemAfterSummonsIsRefused() throws Exception {
		UUID meeting = meetings.plan(form(body, LocalDate.of(2036, 2, 1)));
		UUID keep = add(meeting, "Godkjenning");
		UUID removable = add(meeting, "Feilregistrert");
		mvc.perform(post("/items/{id}/delete", removable).with(httpBasic("sekretariat", "demo")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select count(*) from agenda_item where id = ?")
			.param(removable)
			.query(Integer.class)
			.single()).isZero();
		meetings.moveTo(meeting, MeetingStatus.SUMMONED);
		mvc.perform(post("/items/{id}/delete", keep).with(httpBasic("sekretariat", "demo")).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(Matchers.containsString("Sak 01-36 har fått nummer i innkallingen")));
		assertThat(caseNumber(jdbc, keep)).isEqualTo("01-36");
		assertThatThrownBy(() -> agenda.delete(keep)).isInstanceOf(RuleViolation.class);
	}

	@Test
	void reschedulingIntoAnotherYearMovesTheItemsNumbers() {
		UUID december = meetings.plan(form(body, LocalDate.of(2037, 12, 1)));
		UUID earlier = meetings.plan(form(body, LocalDate.of(2037, 10, 1)));
		UUID nextYear = meetings.plan(form(body, LocalDate.of(2038, 1, 10)));
		add(earlier, "Godkjenning");
		UUID movedFirst = add(december, "Godkjenning");
		UUID movedSecond = add(december, "Budsjett");
		add(nextYear, "Godkjenning");
		assertThat(caseNumber(jdbc, movedFirst)).isEqualTo("02-37");

		Meeting meeting = meetings.meeting(december);
		meetings.reschedule(december, new MeetingForm(body, LocalDate.of(2038, 2, 1), meeting.startsAt(),
				meeting.endsAt(), meeting.address(), meeting.room(), meeting.floor(), null, null, meeting.version()));
		assertThat(caseNumber(jdbc, movedFirst)).isEqualTo("02-38");
		assertThat(caseNumber(jdbc, movedSecond)).isEqualTo("03-38");
		assertThat(numbers(nextYear)).containsExactly("01-38");
		assertThat(numbers(earlier)).containsExactly("01-37");
	}

	@Test
	void demoJuneMeetingOfTheWorkingGroupStartsAt19() throws Exception {
		mvc.perform(get("/api/v1/meetings/{id}/items", MeetingTestData.AG_2021_06_03))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].number").value("19-21"))
			.andExpect(jsonPath("$[*].number",
					Matchers.contains("19-21", "20-21", "21-21", "22-21", "23-21", "24-21", "25-21", "26-21")));
		mvc.perform(get("/meetings/{id}", MeetingTestData.AG_2021_06_03))
			.andExpect(content().string(Matchers.containsString("Sak 19-21")));
		assertThat(caseNumber(jdbc, MeetingTestData.item("ag-2021-06-03/22"))).isEqualTo("22-21");
	}

}
