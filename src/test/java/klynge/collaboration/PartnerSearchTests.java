package klynge.collaboration;

import static org.assertj.core.api.Assertions.assertThat;

import klynge.KlyngeIntegrationTest;
import klynge.search.SearchIndex;
import klynge.search.SearchProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Collaboration partners in search, as the public page shows them: a formalised partner
 * is found by everyone, by name and description; a partner in dialog (not on the public
 * page) and a contact person are found by nobody; the other cluster finds none of it.
 */
@KlyngeIntegrationTest
class PartnerSearchTests {

	static final String IDRETTSKLYNGE = "/samarbeidspartnere#partner-c0ab0000-0000-4000-8000-000000000001";

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
	void aPublicPartnerIsFoundByEveryone() throws Exception {
		assertThat(search.urls(null, "Idrettsklynge Vest", "PARTNER")).contains(IDRETTSKLYNGE);
		assertThat(search.urls(null, "musikkterapi", "PARTNER"))
			.contains("/samarbeidspartnere#partner-c0ab0000-0000-4000-8000-000000000002");
		assertThat(search.page(null, "/samarbeidspartnere"))
			.contains("id=\"partner-c0ab0000-0000-4000-8000-000000000001\"");
	}

	@Test
	void whatThePublicPageDoesNotShowIsNotFound() throws Exception {
		assertThat(search.page(null, "/samarbeidspartnere")).doesNotContain("Olaviken", "Ola Nordmann");
		for (String user : new String[] { null, "medlem", "sekretariat" }) {
			assertThat(search.json(user, "Olaviken alderspsykiatriske", "PARTNER")).as(user)
				.doesNotContain("c0ab0000-0000-4000-8000-000000000004");
			assertThat(search.json(user, "Ola Nordmann", "PARTNER")).as(user).doesNotContain("c0ab0000");
			assertThat(search.json(user, "idrettsklynge.example.org", null)).as(user).doesNotContain("c0ab0000");
		}
	}

	@Test
	void theOtherClusterFindsNoneOfIt() throws Exception {
		assertThat(search.json("nord", "Idrettsklynge Vest", null)).doesNotContain("c0ab0000");
	}

}
