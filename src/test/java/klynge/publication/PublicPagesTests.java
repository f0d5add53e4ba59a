package klynge.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import klynge.KlyngeIntegrationTest;
import klynge.shared.TestYears;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/**
 * Issue 17, requirement 3: the public journal as an anonymous visitor reads it — the
 * entry, a body, a meeting's approved minutes (exempt items by public title and legal
 * basis only), the decisions; the head tags; the host's cluster only; no unapproved
 * minutes; an exemption that has ended is public.
 */
@KlyngeIntegrationTest
class PublicPagesTests {

	static final UUID ALREK = UUID.fromString("a1ec0000-0000-4000-8000-000000000001");

	static final UUID NORD = UUID.fromString("40d00000-0000-4000-8000-000000000002");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theEntryLinksBodiesMinutesDecisionsCallsAwardsEventsAndIdeaBank() throws Exception {
		String page = page("/offentlig");
		assertThat(page).contains("<title>Møter og protokoller – Alrek helseklynge</title>")
			.contains("<link rel=\"canonical\" href=\"http://localhost:8080/offentlig\">")
			.contains("<meta property=\"og:title\" content=\"Møter og protokoller – Alrek helseklynge\">")
			.contains("<meta property=\"og:url\" content=\"http://localhost:8080/offentlig\">")
			.contains("<meta property=\"og:type\" content=\"website\">")
			.contains("<meta property=\"og:site_name\" content=\"Alrek helseklynge\">")
			.contains("<meta property=\"og:locale\" content=\"nb_NO\">")
			.contains("<meta property=\"og:description\"")
			.contains("<meta name=\"description\"")
			.contains("href=\"/offentlig/styringsgruppen\"", "href=\"/offentlig/partnermotet\"",
					"href=\"/offentlig/vedtak\"", "href=\"/open-calls\"", "href=\"/tildelinger\"",
					"href=\"/arrangementer\"", "href=\"/idebank\"");
		assertThat(page("/")).contains("href=\"/offentlig\"");
		// the other modules' public pages that the entry links carry the same head tags
		for (String linked : new String[] { "/open-calls", "/tildelinger", "/arrangementer", "/idebank" }) {
			assertThat(page(linked)).as(linked)
				.contains("<link rel=\"canonical\" href=\"http://localhost:8080" + linked + "\">")
				.contains("<meta property=\"og:site_name\" content=\"Alrek helseklynge\">")
				.contains("<meta property=\"og:title\"");
		}
	}

	@Test
	void theMinutesOfArbeidsgruppen2021AreReadableUnderTheNameOfThatDay() throws Exception {
		String page = page("/offentlig/arbeidsgruppen/2021-06-03");
		assertThat(page).contains("<title>Protokoll Arbeidsgruppen 03.06.2021 – Alrek helseklynge</title>")
			.contains("<link rel=\"canonical\" href=\"http://localhost:8080/offentlig/arbeidsgruppen/2021-06-03\">")
			.contains("<meta property=\"og:type\" content=\"article\">")
			.contains("Godkjenning av innkalling, sakliste og referat fra forrige møte")
			// the minutes' notes, as approved
			.contains("Innkalling, sakliste og referat fra forrige møte godkjent.")
			.contains("Byggetrinn 4 – status.");
		// the body's name today leads there too, and so does its body page
		assertThat(page("/offentlig/styringsgruppen/2021-06-03")).contains("Protokoll Arbeidsgruppen 03.06.2021");
		assertThat(page("/offentlig/styringsgruppen")).contains("href=\"/offentlig/arbeidsgruppen/2021-06-03\"")
			.contains("href=\"/offentlig/styringsgruppen/2023-03-20\"");
	}

	@Test
	void theExemptItemOfStyringsgruppen2023ShowsOnlyItsPublicTitleAndLegalBasis() throws Exception {
		String page = page("/offentlig/styringsgruppen/2023-03-20");
		assertThat(page).contains("Protokoll Styringsgruppen 20.03.2023")
			.contains("Årsmelding 2022 – utkast til Partnermøtet")
			.contains("Personalsak")
			.contains("Unntatt offentlighet, Offl. § 25.")
			.doesNotContain("Tilsetting i sekretariatet");
		assertThat(page("/offentlig/vedtak")).contains("<h1>Vedtak</h1>")
			.contains("href=\"/offentlig/arbeidsgruppen/2021-06-03#sak-22-21\"")
			.doesNotContain("Tilsetting i sekretariatet");
	}

	@Test
	void bodiesShowMembersWithoutMeansOfContact() throws Exception {
		String page = page("/offentlig/styringsgruppen");
		assertThat(page).contains("<h1>Styringsgruppen</h1>").contains("Medlemmer").doesNotContain("mailto:");
		assertThat(page).doesNotContainPattern("[\\w.]+@[\\w-]+\\.[a-z]{2,}");
	}

	@Test
	void nordsHostShowsNordsJournalOnly() throws Exception {
		String host = "nord-" + UUID.randomUUID() + ".klynge.test";
		jdbc.sql("update cluster set host_name = ? where id = ?").params(host, NORD).update();
		try {
			MockHttpServletResponse index = nord("/offentlig", host);
			assertThat(index.getStatus()).isEqualTo(200);
			assertThat(index.getContentAsString(StandardCharsets.UTF_8)).contains("Partnarmøtet")
				.contains("<link rel=\"canonical\" href=\"http://" + host + ":8080/offentlig\">")
				.doesNotContain("Styringsgruppen")
				.doesNotContain("Alrek");
			assertThat(nord("/offentlig/styringsgruppen/2023-03-20", host).getStatus()).isEqualTo(404);
			assertThat(nord("/offentlig/styringsgruppen", host).getStatus()).isEqualTo(404);
			assertThat(nord("/offentlig/vedtak", host).getContentAsString(StandardCharsets.UTF_8))
				.doesNotContain("Årsmelding 2022");
		}
		finally {
			jdbc.sql("update cluster set host_name = null where id = ?").param(NORD).update();
		}
	}

	@Test
	void minutesNotYetApprovedAreNotPublicAndPlannedMeetingsHaveNoPage() throws Exception {
		LocalDate day = TestYears.uniqueDay();
		UUID meeting = meeting(day, "MINUTES_FOR_COMMENT");
		UUID item = item(meeting, day, 1, "Sak til kommentar", "PUBLIC", null, null, null);
		minutes(meeting, "FOR_COMMENT", item, "Utkast som ikke er godkjent ennå", "Foreløpig vedtak");
		String page = page("/offentlig/styringsgruppen/" + day);
		assertThat(page).contains("Innkalling Styringsgruppen")
			.contains("Sak til kommentar")
			.doesNotContain("Utkast som ikke er godkjent ennå")
			.doesNotContain("Foreløpig vedtak");
		assertThat(page("/offentlig/vedtak")).doesNotContain("Foreløpig vedtak");

		LocalDate planned = TestYears.uniqueDay();
		meeting(planned, "PLANNED");
		assertThat(status("/offentlig/styringsgruppen/" + planned)).isEqualTo(404);
		assertThat(status("/offentlig/styringsgruppen/" + planned.plusDays(1))).isEqualTo(404);
		assertThat(status("/offentlig/styringsgruppen/2023-13-45")).isEqualTo(404);
		assertThat(status("/offentlig/ikke-et-organ")).isEqualTo(404);
	}

	@Test
	void anExemptionThatEndedYesterdayIsPublicOneEndingTomorrowIsNot() throws Exception {
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Oslo"));
		LocalDate day = TestYears.uniqueDay();
		UUID meeting = meeting(day, "MINUTES_APPROVED");
		String tag = UUID.randomUUID().toString().substring(0, 8);
		UUID ended = item(meeting, day, 1, "Avtale med leverandør " + tag, "EXEMPT", "Offl. § 23", "Forhandlinger",
				today.minusDays(1));
		UUID ongoing = item(meeting, day, 2, "Lønnsforhandling " + tag, "EXEMPT", "Offl. § 25", "Personalsak",
				today.plusDays(1));
		UUID members = item(meeting, day, 3, "Internt notat " + tag, "MEMBERS", null, null, null);
		UUID minutes = minutes(meeting, "APPROVED", ended, "Avtalen er inngått " + tag, "Vedtatt avtale " + tag);
		itemMinutes(minutes, ongoing, "Drøftet lønn " + tag, "Lønn fastsatt " + tag);
		itemMinutes(minutes, members, "Intern drøfting " + tag, "Internt vedtak " + tag);

		String page = page("/offentlig/styringsgruppen/" + day);
		assertThat(page).contains("Avtale med leverandør " + tag, "Avtalen er inngått " + tag, "Vedtatt avtale " + tag)
			.contains("Personalsak", "Unntatt offentlighet, Offl. § 25.")
			.doesNotContain("Lønnsforhandling " + tag, "Drøftet lønn " + tag, "Lønn fastsatt " + tag)
			.doesNotContain("Internt notat " + tag, "Intern drøfting " + tag, "Internt vedtak " + tag);
		assertThat(page("/offentlig/vedtak")).contains("Vedtatt avtale " + tag)
			.doesNotContain("Lønn fastsatt " + tag, "Internt vedtak " + tag);
	}

	private String page(String uri) throws Exception {
		MockHttpServletResponse response = mvc.perform(get(uri)).andReturn().getResponse();
		assertThat(response.getStatus()).as(uri).isEqualTo(200);
		return HtmlUtils.htmlUnescape(response.getContentAsString(StandardCharsets.UTF_8));
	}

	private int status(String uri) throws Exception {
		return mvc.perform(get(uri)).andReturn().getResponse().getStatus();
	}

	private MockHttpServletResponse nord(String uri, String host) throws Exception {
		return mvc.perform(get(uri).with(request -> {
			request.setServerName(host);
			return request;
		})).andReturn().getResponse();
	}

	private UUID styringsgruppen() {
		return jdbc
			.sql("select body_id from body_name where cluster_id = ? and name = 'Styringsgruppen' "
					+ "and valid_from >= '2022-01-01'")
			.param(ALREK)
			.query(UUID.class)
			.single();
	}

	private UUID meeting(LocalDate day, String status) {
		return jdbc
			.sql("insert into meeting (cluster_id, body_id, meeting_date, status) values (?, ?, ?, ?) returning id")
			.params(ALREK, styringsgruppen(), day, status)
			.query(UUID.class)
			.single();
	}

	private UUID item(UUID meeting, LocalDate day, int seq, String title, String access, String basis,
			String publicTitle, LocalDate ends) {
		return jdbc.sql("""
				insert into agenda_item (cluster_id, meeting_id, body_id, position, case_year, case_seq, type, title,
				       access, exemption_basis, public_title, exemption_ends)
				values (?, ?, ?, ?, ?, ?, 'DECISION', ?, ?, ?, ?, ?) returning id""")
			.params(ALREK, meeting, styringsgruppen(), seq, day.getYear(), seq, title, access, basis, publicTitle, ends)
			.query(UUID.class)
			.single();
	}

	private UUID minutes(UUID meeting, String status, UUID item, String notes, String decision) {
		UUID minutes = jdbc.sql("""
				insert into minutes (cluster_id, meeting_id, status, approved_on, approved_version)
				values (?, ?, ?, case when ? = 'APPROVED' then current_date end, case when ? = 'APPROVED' then 1 end)
				returning id""").params(ALREK, meeting, status, status, status).query(UUID.class).single();
		itemMinutes(minutes, item, notes, decision);
		return minutes;
	}

	private void itemMinutes(UUID minutes, UUID item, String notes, String decision) {
		jdbc.sql("insert into item_minutes (cluster_id, minutes_id, item_id, notes, decision) values (?, ?, ?, ?, ?)")
			.params(ALREK, minutes, item, notes, decision)
			.update();
	}

}
