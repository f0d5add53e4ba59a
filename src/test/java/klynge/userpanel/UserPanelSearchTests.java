package klynge.userpanel;

import static org.assertj.core.api.Assertions.assertThat;

import klynge.KlyngeIntegrationTest;
import klynge.search.SearchIndex;
import klynge.search.SearchProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The user panel in search, as {@code /brukerpanelet} shows it: the current period with
 * its members' names and organisations and the current assignments are found by everyone;
 * a name the public page does not show (a member of an earlier period only) is not found
 * as the panel's, and no contact data is; the other cluster finds none of it.
 */
@KlyngeIntegrationTest
class UserPanelSearchTests {

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
	void foundExactlyAsThePublicPageShowsIt() throws Exception {
		String page = search.page(null, "/brukerpanelet");
		assertThat(page).contains("Brukerpanel 2023–2025", "Solveig Dale", "Pasientens legemiddelliste")
			.doesNotContain("Torunn Aase");
		assertThat(search.urls(null, "Solveig Dale", "PANEL")).contains("/brukerpanelet");
		assertThat(search.urls(null, "Mental Helse Hordaland", "PANEL")).contains("/brukerpanelet");
		assertThat(search.urls(null, "legemiddelliste", "PANEL"))
			.contains("/brukerpanelet#assignment-b9a10000-0000-4000-8000-000000002021");
		assertThat(page).contains("id=\"assignment-b9a10000-0000-4000-8000-000000002021\"");
		for (String user : new String[] { null, "medlem", "sekretariat" }) {
			assertThat(search.titles(user, "Torunn Aase", "PANEL")).as(user).isEmpty();
			assertThat(search.titles(user, "brukerpanel.example.org", "PANEL")).as(user).isEmpty();
			assertThat(search.titles(user, "900 11 001", "PANEL")).as(user).isEmpty();
		}
	}

	@Test
	void theOtherClusterFindsNoneOfIt() throws Exception {
		assertThat(search.json("nord", "Solveig Dale", null)).doesNotContain("/brukerpanelet");
		assertThat(search.json("nord", "legemiddelliste", null)).doesNotContain("b9a10000");
	}

}
