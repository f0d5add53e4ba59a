package klynge.ideabank;

import static org.assertj.core.api.Assertions.assertThat;

import klynge.KlyngeIntegrationTest;
import klynge.search.SearchIndex;
import klynge.search.SearchProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The idea bank in search: published posters and thesis ideas are found by everyone (a
 * student's name only with consent, as the poster page shows it); a submission to a call
 * not yet published is found by nobody, not even staff (search is not the organisers'
 * tool), and never by its e-mail; the other cluster finds none of it.
 */
@KlyngeIntegrationTest
class IdeaBankSearchTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SearchIndex index;

	SearchProbe search;

	@BeforeEach
	void index() {
		search = SearchProbe.rebuilt(mvc, index);
	}

	@Test
	void publishedPostersAndThesisIdeasAreFoundByEveryone() throws Exception {
		assertThat(search.urls(null, "velferdsteknologi hjemmetjenesten", "POSTER"))
			.contains("/idebank/poster/1dea5000-0000-4000-8000-000000000001");
		assertThat(search.page(null, "/idebank/poster/1dea5000-0000-4000-8000-000000000001"))
			.contains("Ingrid Solheim");
		// by the consenting student's name, the supervisor and the institution
		assertThat(search.urls(null, "Ingrid Solheim", "POSTER"))
			.contains("/idebank/poster/1dea5000-0000-4000-8000-000000000001");
		assertThat(search.urls(null, "Lars Eikeland", "POSTER"))
			.contains("/idebank/poster/1dea5000-0000-4000-8000-000000000002");
		assertThat(search.urls(null, "pasientforløp eldre", "IDEA"))
			.contains("/idebank/oppgaveideer#idea-1dea1000-0000-4000-8000-000000000001");
		assertThat(search.page(null, "/idebank/oppgaveideer"))
			.contains("id=\"idea-1dea1000-0000-4000-8000-000000000001\"");
	}

	@Test
	void whatThePublicPagesDoNotShowIsNotFound() throws Exception {
		// Jonas Haugland did not consent: his poster's page does not name him
		assertThat(search.page(null, "/idebank/poster/1dea5000-0000-4000-8000-000000000002"))
			.doesNotContain("Jonas Haugland");
		for (String user : new String[] { null, "medlem", "sekretariat" }) {
			assertThat(search.json(user, "Jonas Haugland", null)).as(user).doesNotContain("/idebank/");
			// the 2027 call is not published: its submission is the organisers' business
			assertThat(search.json(user, "arbeidsliv primærhelsetjenesten", null)).as(user).doesNotContain("/idebank/");
			assertThat(search.json(user, "marte.lien", null)).as(user).doesNotContain("/idebank/");
		}
	}

	@Test
	void theOtherClusterFindsNoneOfIt() throws Exception {
		assertThat(search.json("nord", "velferdsteknologi hjemmetjenesten", null)).doesNotContain("1dea5000");
		assertThat(search.json("nord", "pasientforløp eldre", null)).doesNotContain("1dea1000");
	}

}
