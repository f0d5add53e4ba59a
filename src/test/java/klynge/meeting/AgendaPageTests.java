package klynge.meeting;

import static klynge.meeting.MeetingTestData.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import klynge.KlyngeIntegrationTest;
import klynge.shared.TestYears;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * The agenda built on the meeting page (issue 14): every action of the editor, with htmx
 * and bad input, the time plan, access tags, uploaded files, the body's template and
 * usual place, and another cluster's ids.
 */
@KlyngeIntegrationTest
class AgendaPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Meetings meetings;

	@Autowired
	Agenda agenda;

	private <B extends AbstractMockHttpServletRequestBuilder<B>> B asSecretariat(B request) {
		// raisedAtMeeting: the hidden field every item form sends
		return request.with(httpBasic("sekretariat", "demo")).with(csrf()).param("raisedAtMeeting", "false");
	}

	private String page(UUID meeting, String user) throws Exception {
		var request = get("/meetings/{id}", meeting);
		if (user != null) {
			request.with(httpBasic(user, "demo"));
		}
		return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private UUID plannedMeeting(String bodyName) {
		return meetings.plan(form(MeetingTestData.newBody(jdbc, bodyName), TestYears.uniqueDay()));
	}

	@Test
	void addsEditsMovesAndDeletesItemsOnTheMeetingPage() throws Exception {
		UUID meeting = plannedMeeting("Sakslistegruppen");
		String before = page(meeting, "sekretariat");
		assertThat(before).contains("id=\"agenda-editor\"", "id=\"agenda-add\"", "id=\"agenda-status\"",
				"aria-live=\"polite\"");

		for (String[] item : new String[][] { { "Godkjenning av innkalling", "10", "PUBLIC" },
				{ "Budsjett for neste år", "60", "MEMBERS" }, { "Eventuelt", "60", "PUBLIC" } }) {
			mvc.perform(asSecretariat(post("/meetings/{id}/items", meeting)).param("inline", "true")
				.param("type", "INFORMATION")
				.param("title", item[0])
				.param("plannedMinutes", item[1])
				.param("access", item[2])
				.param("version", "0")).andExpect(redirectedUrl("/meetings/" + meeting + "#agenda-editor"));
		}
		// with htmx: the page at once, the live region saying what was done, the form
		// empty
		String htmx = mvc
			.perform(asSecretariat(post("/meetings/{id}/items", meeting)).header("HX-Request", "true")
				.param("inline", "true")
				.param("type", "INFORMATION")
				.param("title", "Orienteringer")
				.param("version", "0"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(htmx).contains("id=\"agenda-area\"", "Saken «Orienteringer» er lagt til.")
			.doesNotContain("value=\"Orienteringer\"");
		agenda.delete(agenda.items(meeting).getLast().id());
		var items = agenda.items(meeting);
		assertThat(items).extracting(AgendaItem::title)
			.containsExactly("Godkjenning av innkalling", "Budsjett for neste år", "Eventuelt");
		String html = page(meeting, "sekretariat");
		assertThat(html).as("planned ends, and the warning: 130 minutes in a two-hour meeting")
			.contains("ferdig 14:10", "ferdig 15:10", "ferdig 16:10", "etter møteslutt",
					"Planen går til 16:10, men møtet slutter 16:00")
			.as("the members-only item is tagged, in the editor and in the agenda")
			.contains("class=\"ds-tag access-tag\"");
		assertThat(html.split("access-tag\"", -1).length - 1).isGreaterThanOrEqualTo(2);
		assertThat(page(meeting, null)).as("anonymous visitors do not see the members-only item")
			.doesNotContain("Budsjett for neste år")
			.doesNotContain("agenda-editor");

		// bad input: the page again (422) with the message beside the field, nothing
		// saved
		String empty = mvc
			.perform(asSecretariat(post("/meetings/{id}/items", meeting)).param("inline", "true")
				.param("type", "INFORMATION")
				.param("title", " ")
				.param("plannedMinutes", "20")
				.param("version", "0"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(empty).contains("id=\"agenda-area\"", "Feltet må fylles ut.", "value=\"20\"");
		String tooLong = mvc
			.perform(asSecretariat(post("/meetings/{id}/items", meeting)).param("inline", "true")
				.param("type", "INFORMATION")
				.param("title", "Altfor lang sak")
				.param("plannedMinutes", "601")
				.param("version", "0"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(tooLong).contains("plannedMinutes-error", "value=\"Altfor lang sak\"");
		assertThat(agenda.items(meeting)).hasSize(3);

		// edit in place
		AgendaItem budget = items.get(1);
		assertThat(page(meeting, "sekretariat").replace("&amp;", "&"))
			.contains("/meetings/" + meeting + "?edit=" + budget.id());
		// in the query string, as a browser sends it: the page cache keys on the query
		// string (MockMvc's param() leaves it out: the page just seen came back)
		String editing = mvc
			.perform(get("/meetings/{id}", meeting).queryParam("edit", budget.id().toString())
				.with(httpBasic("sekretariat", "demo")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		// th:field writes å as &aring; (Spring's HtmlUtils): compare the text the browser
		// shows
		assertThat(HtmlUtils.htmlUnescape(editing))
			.contains("id=\"agenda-edit\"", "value=\"Budsjett for neste år\"", "upload-file")
			.doesNotContain("id=\"agenda-add\"");
		mvc.perform(asSecretariat(post("/items/{id}", budget.id())).param("inline", "true")
			.param("type", "DECISION")
			.param("title", "Budsjett 2027")
			.param("plannedMinutes", "30")
			.param("access", "MEMBERS")
			.param("proposedDecision", "Partnermøtet vedtar budsjettet.")
			.param("version", String.valueOf(budget.version())))
			.andExpect(redirectedUrl("/meetings/" + meeting + "#agenda-editor"));
		assertThat(agenda.item(budget.id()).title()).isEqualTo("Budsjett 2027");
		assertThat(agenda.item(budget.id()).proposedDecision()).isEqualTo("Partnermøtet vedtar budsjettet.");
		mvc.perform(asSecretariat(post("/items/{id}", budget.id())).param("inline", "true")
			.param("type", "DECISION")
			.param("title", "")
			.param("version", String.valueOf(budget.version() + 1))).andExpect(status().isUnprocessableContent());
		assertThat(agenda.item(budget.id()).title()).isEqualTo("Budsjett 2027");

		// move with the keyboard alternative: announced, and the focus stays on the item
		MvcResult moved = mvc
			.perform(asSecretariat(post("/items/{id}/move", budget.id())).param("direction", "-1")
				.param("inline", "true"))
			.andExpect(redirectedUrl("/meetings/" + meeting + "#agenda-editor"))
			.andReturn();
		String after = mvc
			.perform(get("/meetings/{id}", meeting).with(httpBasic("sekretariat", "demo"))
				.flashAttrs(moved.getFlashMap()))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(after).contains(
				"«Budsjett 2027 (01-" + String.valueOf(items.get(0).caseYear()).substring(2) + ")» er flyttet opp.");
		assertThat(after).containsPattern("aria-label=\"Flytt Budsjett 2027 ned\"[^>]*data-autofocus=\"true\"");
		assertThat(agenda.items(meeting).getFirst().id()).isEqualTo(budget.id());

		// delete
		mvc.perform(asSecretariat(post("/items/{id}/delete", items.get(2).id())).param("inline", "true"))
			.andExpect(redirectedUrl("/meetings/" + meeting + "#agenda-editor"));
		assertThat(agenda.items(meeting)).hasSize(2);

		// drag and drop posts the whole order
		var two = agenda.items(meeting);
		mvc.perform(asSecretariat(post("/meetings/{id}/items/order", meeting)).param("inline", "true")
			.param("item", two.get(1).id().toString(), two.get(0).id().toString()))
			.andExpect(redirectedUrl("/meetings/" + meeting + "#agenda-editor"));
		assertThat(agenda.items(meeting)).extracting(AgendaItem::id).containsExactly(two.get(1).id(), two.get(0).id());
	}

	@Test
	void uploadsAFileSafelyAndServesItOnlyToThoseWhoMaySeeIt() throws Exception {
		UUID meeting = plannedMeeting("Dokumentgruppen");
		UUID item = agenda.add(meeting, MeetingTestData.itemForm("Sak med vedlegg"));
		byte[] pdf = "%PDF-1.4\n%âãÏÓ\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
		mvc.perform(asSecretariat(multipart("/items/{id}/files", item)
			.file(new MockMultipartFile("file", "../../etc/Budsjett.pdf", "application/pdf", pdf))).param("title", "")
			.param("access", "MEMBERS")).andExpect(redirectedUrl("/meetings/" + meeting + "#agenda-editor"));
		ItemDocument document = agenda.documents(meeting).getFirst();
		assertThat(document.title()).as("no path from the file's name").isEqualTo("Budsjett.pdf");
		assertThat(document.url()).matches("/item-files/[0-9a-f-]{36}");
		var download = mvc.perform(get(document.url()).with(httpBasic("sekretariat", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(download.getContentAsByteArray()).isEqualTo(pdf);
		assertThat(download.getHeader("Content-Disposition")).startsWith("attachment");
		assertThat(download.getContentType()).isEqualTo("application/pdf");
		mvc.perform(get(document.url())).andExpect(status().isNotFound());
		mvc.perform(get(document.url()).with(httpBasic("nord", "demo"))).andExpect(status().isNotFound());
		assertThat(page(meeting, "sekretariat")).contains("Budsjett.pdf");

		// a program renamed to .pdf, a type we do not take, an oversized file: a clear
		// message, nothing saved, and the item as it was
		String renamed = mvc
			.perform(asSecretariat(multipart("/items/{id}/files", item)
				.file(new MockMultipartFile("file", "faktura.pdf", "application/pdf", "MZ\u0090\u0000".getBytes()))))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(renamed).contains("Denne filtypen tas ikke imot", "id=\"agenda-edit\"");
		String english = mvc
			.perform(asSecretariat(multipart("/items/{id}/files", item)
				.file(new MockMultipartFile("file", "virus.exe", "application/octet-stream", pdf)))
				.cookie(new Cookie("klynge-lang", "en")))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(english).contains("This file type is not accepted.");
		byte[] big = new byte[ItemFiles.MAX_BYTES + 1];
		System.arraycopy(pdf, 0, big, 0, pdf.length);
		String oversized = mvc
			.perform(asSecretariat(multipart("/items/{id}/files", item)
				.file(new MockMultipartFile("file", "stor.pdf", "application/pdf", big))))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(oversized).contains("Filen er for stor: høyst 10 MB.");
		mvc.perform(asSecretariat(multipart("/items/{id}/files", item))).andExpect(status().isUnprocessableContent());
		assertThat(agenda.documents(meeting)).hasSize(1);
		assertThat(agenda.item(item).title()).isEqualTo("Sak med vedlegg");
	}

	@Test
	void anotherClustersMeetingAndItemsAreNotFound() throws Exception {
		UUID meeting = plannedMeeting("Klyngegrensegruppen");
		UUID item = agenda.add(meeting, MeetingTestData.itemForm("Alreks sak"));
		var nord = httpBasic("nord", "demo");
		mvc.perform(post("/meetings/{id}/items", meeting).with(nord)
			.with(csrf())
			.param("inline", "true")
			.param("type", "INFORMATION")
			.param("title", "Fra Nord")
			.param("version", "0")).andExpect(status().isNotFound());
		mvc.perform(
				post("/items/{id}/move", item).with(nord).with(csrf()).param("direction", "1").param("inline", "true"))
			.andExpect(status().isNotFound());
		mvc.perform(post("/items/{id}/delete", item).with(nord).with(csrf()).param("inline", "true"))
			.andExpect(status().isNotFound());
		mvc.perform(multipart("/items/{id}/files", item)
			.file(new MockMultipartFile("file", "a.pdf", null, "%PDF-1.4".getBytes()))
			.with(nord)
			.with(csrf())).andExpect(status().isNotFound());
		mvc.perform(post("/meetings/{id}/template", meeting).with(nord).with(csrf())).andExpect(status().isNotFound());
		mvc.perform(get("/meetings/{id}", meeting).queryParam("edit", item.toString()).with(nord))
			.andExpect(status().isNotFound());
		mvc.perform(get("/bodies/{id}/meeting-defaults", agenda.item(item).bodyId()).with(nord))
			.andExpect(status().isNotFound());
		assertThat(agenda.items(meeting)).extracting(AgendaItem::title).containsExactly("Alreks sak");
		// a member may read, not build
		mvc.perform(post("/meetings/{id}/items", meeting).with(httpBasic("medlem", "demo"))
			.with(csrf())
			.param("inline", "true")
			.param("type", "INFORMATION")
			.param("title", "Fra et medlem")
			.param("version", "0")).andExpect(status().isForbidden());
		assertThat(page(meeting, "medlem")).contains("Alreks sak").doesNotContain("agenda-editor");
	}

	@Test
	void theBodysTemplateAndUsualPlaceStartANewMeeting() throws Exception {
		UUID body = MeetingTestData.newBody(jdbc, "Malgruppen");
		mvc.perform(post("/bodies/{id}/meeting-defaults", body).with(httpBasic("sekretariat", "demo"))
			.with(csrf())
			.param("usualAddress", "Haukelandsveien 28")
			.param("usualRoom", "Auditoriet")
			.param("usualOnlineUrl", "https://teams.microsoft.com/l/meetup-join/malgruppen")
			.param("type", "APPROVAL", "INFORMATION", "OTHER_BUSINESS", "INFORMATION")
			.param("title", "Godkjenning av innkalling og sakliste", "Orienteringer", "Eventuelt", "")
			.param("minutes", "5", "20", "10", "")).andExpect(redirectedUrl("/bodies/" + body + "/meeting-defaults"));
		mvc.perform(post("/bodies/{id}/meeting-defaults", body).with(httpBasic("sekretariat", "demo"))
			.with(csrf())
			.param("usualOnlineUrl", "http://ikke-sikker.example")
			.param("type", "INFORMATION")
			.param("title", "Noe")
			.param("minutes", "5")).andExpect(status().isUnprocessableContent());

		String form = mvc
			.perform(get("/meetings/new").param("bodyId", body.toString()).with(httpBasic("sekretariat", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(form)
			.contains("value=\"Haukelandsveien 28\"", "value=\"Auditoriet\"",
					"value=\"https://teams.microsoft.com/l/meetup-join/malgruppen\"")
			.as("a new meeting asks no reason for a change")
			.doesNotContain("Begrunnelse for endringen");

		UUID meeting = meetings.plan(form(body, TestYears.uniqueDay()));
		assertThat(page(meeting, "sekretariat")).contains("Bruk mal (3 saker)");
		mvc.perform(asSecretariat(post("/meetings/{id}/template", meeting)))
			.andExpect(redirectedUrl("/meetings/" + meeting + "#agenda-editor"));
		assertThat(agenda.items(meeting)).extracting(AgendaItem::title)
			.containsExactly("Godkjenning av innkalling og sakliste", "Orienteringer", "Eventuelt");
		assertThat(agenda.items(meeting)).extracting(AgendaItem::type)
			.containsExactly(AgendaItemType.APPROVAL, AgendaItemType.INFORMATION, AgendaItemType.OTHER_BUSINESS);
		assertThat(agenda.items(meeting).get(0).caseNumber()).isNotNull();

		String edit = mvc.perform(get("/meetings/{id}/edit", meeting).with(httpBasic("sekretariat", "demo")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(edit).as("a meeting not yet summoned is changed without a reason")
			.doesNotContain("Begrunnelse for endringen");
		meetings.moveToByHand(meeting, MeetingStatus.SUMMONED);
		edit = mvc.perform(get("/meetings/{id}/edit", meeting).with(httpBasic("sekretariat", "demo")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(edit).contains("Begrunnelse for endringen");
	}

	@Test
	void theDemoHasTemplatesForPartnermotetAndStyringsgruppen() throws Exception {
		for (String name : new String[] { "Partnermøtet", "Styringsgruppen" }) {
			UUID body = MeetingTestData.body(jdbc, name);
			String html = mvc.perform(get("/bodies/{id}/meeting-defaults", body).with(httpBasic("sekretariat", "demo")))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			assertThat(html).contains("Godkjenning av innkalling og sakliste", "Referat fra forrige møte",
					"Orienteringer", "Eventuelt");
		}
	}

}
