package klynge.funding.review;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import klynge.KlyngeIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public list of awards (klynge.funding.award) for an anonymous reader: only decided
 * calls, only the cluster's own (Nord's never for Alrek, Alrek's never for Nord), a named
 * fund in every year of its period, organisations and no person, and nothing of the
 * review (no score, no reviewer's comment) in the page or the API. Here beside the review
 * fixtures that make the calls and applications.
 */
@KlyngeIntegrationTest
class PublicAwardsTests {

	static final UUID NORD = UUID.fromString("40d00000-0000-4000-8000-000000000002");

	static final String NBSP = "\u00a0";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	ReviewFixtures fixtures;

	String tag;

	/** The awards (project ids) of a decided and of a closed call. */
	UUID awarded;

	UUID undecided;

	UUID named;

	@BeforeEach
	void awardsOfDecidedAndClosedCalls() {
		fixtures = new ReviewFixtures(jdbc);
		tag = UUID.randomUUID().toString().substring(0, 8);
		UUID decided = fixtures.newCall(2091, 500000);
		awarded = fixtures.newApplication(decided, "Offentlig prosjekt " + tag, "Offentlig sammendrag " + tag,
				"Helse Bergen", "Bergen kommune");
		fixtures.review(decided, awarded, "leder", 6, "Hemmelig fagfellekommentar " + tag);
		UUID rejected = fixtures.newApplication(decided, "Avslått prosjekt " + tag, "Avslått sammendrag",
				"Helse Bergen");
		awarded = award(decided, awarded, 120000);
		fixtures.status(decided, "DECIDED");

		UUID closed = fixtures.newCall(2091, 300000);
		undecided = fixtures.newApplication(closed, "Ikke avgjort " + tag, "Venter", "Helse Bergen");
		undecided = award(closed, undecided, 90000);

		UUID namedCall = fixtures.newCall(2091, 1);
		UUID fund = jdbc.sql("""
				insert into fund (cluster_id, kind, name, valid_from, valid_to, amount)
				values (?, 'NAMED', 'Navngitt testfond ' || ?, '2093-01-01', '2094-12-31', 200000) returning id""")
			.params(ReviewFixtures.ALREK, tag)
			.query(UUID.class)
			.single();
		jdbc.sql("update funding_call set fund_id = ?, status = 'DECIDED' where id = ?")
			.params(fund, namedCall)
			.update();
		named = fixtures.newApplication(namedCall, "Fondsprosjekt " + tag, "Fond", "Helse Bergen");
		award(namedCall, named, 200000);
		assertThat(rejected).isNotNull();

		nordAward();
	}

	@Test
	void anAnonymousReaderSeesTheDecidedAwardsOfTheYearAndNothingElse() throws Exception {
		String years = text(get("/tildelinger"), 200);
		assertThat(years).contains("Tildeling av samarbeidsmidler 2091", "/tildelinger/2091", "/tildelinger/2094");

		String page = text(get("/tildelinger/2091"), 200);
		assertThat(page).contains("Tildeling av samarbeidsmidler 2091", "Offentlig prosjekt " + tag,
				"Offentlig sammendrag " + tag, "Helse Bergen", "Bergen kommune", "kr" + NBSP + "120" + NBSP + "000");
		assertThat(page).doesNotContain("Avslått prosjekt " + tag, "Ikke avgjort " + tag, "Nordprosjekt " + tag,
				"Hemmelig", "Hanne Berg Søker", "hbs@alrek.example.org", "6,00", "Fondsprosjekt " + tag);

		String api = text(get("/api/v1/awards").param("year", "2091"), 200);
		assertThat(api).contains(awarded.toString(), "Offentlig prosjekt " + tag,
				"\"leadOrganisation\":\"Helse Bergen\"", "\"partnerOrganisations\":[\"Bergen kommune\"]",
				"\"amount\":120000");
		assertThat(api).doesNotContain(undecided.toString(), "Avslått prosjekt", "Nordprosjekt", "Hemmelig",
				"Hanne Berg Søker", "hbs@", "score");
		assertThat(text(get("/api/v1/awards"), 200)).contains(awarded.toString())
			.doesNotContain(undecided.toString(), "Hemmelig", "Nordprosjekt");

		// a named fund counts in every year of its period
		assertThat(text(get("/tildelinger/2093"), 200)).contains("Fondsprosjekt " + tag, "Navngitt testfond " + tag);
		assertThat(text(get("/tildelinger/2094"), 200)).contains("Fondsprosjekt " + tag);

		text(get("/tildelinger/2092"), 404);
		text(get("/tildelinger/tjue"), 404);
		text(get("/api/v1/awards").param("year", "tjue"), 404);
	}

	@Test
	void eachClusterSeesOnlyItsOwnAwards() throws Exception {
		String nord = text(get("/tildelinger/2091").with(httpBasic("nord", "demo")), 200);
		assertThat(nord).contains("Nordprosjekt " + tag, "Universitetet i Tromsø")
			.doesNotContain("Offentlig prosjekt " + tag);
		assertThat(text(get("/api/v1/awards").param("year", "2091").with(httpBasic("nord", "demo")), 200))
			.contains("Nordprosjekt " + tag)
			.doesNotContain("Offentlig prosjekt " + tag);
		assertThat(text(get("/tildelinger").with(httpBasic("nord", "demo")), 200)).doesNotContain("/tildelinger/2094");
		assertThat(text(get("/tildelinger/2091"), 200)).doesNotContain("Nordprosjekt", "Universitetet i Tromsø");
	}

	/** The award's id: the project's id, which the public list names. */
	private UUID award(UUID call, UUID application, long amount) {
		return jdbc.sql("""
				insert into funding_award (cluster_id, call_id, application_id, amount, decided_by)
				values (?, ?, ?, ?, 'test') returning id""")
			.params(ReviewFixtures.ALREK, call, application, amount)
			.query(UUID.class)
			.single();
	}

	private void nordAward() {
		UUID fund = jdbc.sql("""
				insert into fund (cluster_id, kind, name, year, amount)
				values (?, 'COLLABORATION', 'Samarbeidsmidlar ' || ?, 2091, 100000) returning id""")
			.params(NORD, tag)
			.query(UUID.class)
			.single();
		UUID call = jdbc.sql("""
				insert into funding_call (cluster_id, fund_id, title, status, committee_body_id)
				select ?, ?, 'Nord-utlysing', 'DECIDED', body_id from body_name where cluster_id = ? limit 1
				returning id""").params(NORD, fund, NORD).query(UUID.class).single();
		jdbc.sql("""
				insert into applicant (cluster_id, account_id, name, email)
				select cluster_id, id, 'Nord Søkjar', 'ns@nord.example.org' from account where username = 'nord'
				on conflict (cluster_id, account_id) do nothing""").update();
		UUID application = jdbc
			.sql("""
					insert into application (cluster_id, call_id, applicant_id, title, lead_name, lead_email, summary,
					    status, submitted_at)
					select ?, ?, ap.id, 'Nordprosjekt ' || ?, 'Nord Søkjar', 'ns@nord.example.org', 'Nord', 'SUBMITTED', now()
					from applicant ap join account a on a.id = ap.account_id where a.username = 'nord' returning id""")
			.params(NORD, call, tag)
			.query(UUID.class)
			.single();
		jdbc.sql("""
				insert into application_organisation (cluster_id, application_id, organisation_id, role)
				select ?, ?, id, 'LEAD' from organisation where cluster_id = ? and name = 'Universitetet i Tromsø'""")
			.params(NORD, application, NORD)
			.update();
		jdbc.sql("""
				insert into funding_award (cluster_id, call_id, application_id, amount, decided_by)
				values (?, ?, ?, 50000, 'test')""").params(NORD, call, application).update();
	}

	private String text(MockHttpServletRequestBuilder request, int expected) throws Exception {
		return mvc.perform(request)
			.andExpect(status().is(expected))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
