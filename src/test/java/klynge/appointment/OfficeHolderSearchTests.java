package klynge.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import klynge.KlyngeIntegrationTest;
import klynge.search.SearchIndex;
import klynge.search.SearchProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Office holders in search, as {@code /vervinnehavere} shows them: position and holder
 * are found by everyone; an appointment process's notes (staff's business) are found by
 * nobody; the other cluster finds none of it.
 */
@KlyngeIntegrationTest
class OfficeHolderSearchTests {

	static final String FACILITATOR = "/vervinnehavere#position-a7700000-0000-4000-8000-000000000003";

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
	void holdersAreFoundAsTheListShowsThem() throws Exception {
		String page = search.page(null, "/vervinnehavere");
		assertThat(page).contains("Klyngefasilitator", "Berit Angelskår",
				"id=\"position-a7700000-0000-4000-8000-000000000003\"");
		assertThat(search.urls(null, "klyngefasilitator", "POSITION")).contains(FACILITATOR);
		assertThat(search.urls(null, "Berit Angelskår", "POSITION")).contains(FACILITATOR);
		for (String user : new String[] { null, "medlem", "sekretariat" }) {
			assertThat(search.titles(user, "beholde ledelsen", "POSITION")).as(user).isEmpty();
		}
	}

	@Test
	void theOtherClusterFindsNoneOfIt() throws Exception {
		assertThat(search.json("nord", "klyngefasilitator", null)).doesNotContain("a7700000");
	}

}
