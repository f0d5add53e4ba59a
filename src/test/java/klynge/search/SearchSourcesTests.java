package klynge.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import klynge.KlyngeIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every kind of the demo's content is found, with the type filter: cases, follow-ups,
 * organisations, people, funding calls (a draft only by staff), projects and events; and
 * the year and body filters narrow the items.
 */
@KlyngeIntegrationTest
class SearchSourcesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SearchIndex index;

	@BeforeEach
	void index() {
		index.rebuild(UUID.fromString("a1ec0000-0000-4000-8000-000000000001"));
	}

	String json(String user, String query) throws Exception {
		var request = get("/api/v1/search?" + query).accept(MediaType.APPLICATION_JSON);
		if (user != null) {
			request.with(httpBasic(user, "demo"));
		}
		return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	List<String> titles(String user, String query) throws Exception {
		return JsonPath.read(json(user, query), "$.hits[*].title");
	}

	@Test
	void eachKindIsFoundAndFilteredByType() throws Exception {
		assertThat(titles(null, "q=årsmelding&type=CASE")).contains("Årsmelding 2022");
		// the demo's follow-up of sak 04-23; other tests may give it a responsible
		// person,
		// and its title is then the sentence "GG følger opp saken."
		assertThat(titles("sekretariat", "q=følger opp&type=FOLLOWUP")).anyMatch(t -> t.contains("følger opp saken"));
		assertThat(titles(null, "q=vestlandet&type=ORGANISATION")).contains("Høgskulen på Vestlandet");
		assertThat(titles("medlem", "q=yttri&type=PERSON")).contains("Gunnar Yttri");
		assertThat(titles(null, "q=samarbeidsmidler 2023&type=CALL"))
			.contains("Utlysning av samarbeidsmidler for 2023");
		assertThat(titles(null, "q=triage legevakten&type=PROJECT"))
			.anySatisfy(title -> assertThat(title).startsWith("Kunstig intelligens i triage på legevakten"));
		assertThat(titles(null, "q=alrekdagene&type=EVENT")).contains("Alrekdagene 2021");
		// the 2022 call is in its comment round: staff only
		assertThat(titles(null, "q=samarbeidsmidler 2022&type=CALL")).isEmpty();
		assertThat(titles("sekretariat", "q=samarbeidsmidler 2022&type=CALL"))
			.contains("Utlysning av samarbeidsmidler for 2022");
		// every hit of a typed search is of that type
		List<String> types = JsonPath.read(json(null, "q=helse&type=EVENT"), "$.hits[*].type");
		assertThat(types).isNotEmpty().containsOnly("EVENT");
	}

	@Test
	void yearAndBodyNarrowTheItems() throws Exception {
		List<Integer> years = JsonPath.read(json(null, "q=budsjett&year=2021"), "$.hits[*].year");
		assertThat(years).isNotEmpty().containsOnly(2021);
		List<String> bodies = JsonPath.read(json(null, "q=budsjett&type=ITEM"), "$.hits[*].bodyId");
		String body = bodies.getFirst();
		List<String> narrowed = JsonPath.read(json(null, "q=budsjett&type=ITEM&body=" + body), "$.hits[*].bodyId");
		assertThat(narrowed).isNotEmpty().containsOnly(body);
		assertThat(JsonPath.<Integer>read(json(null, "q=budsjett&year=1999"), "$.total")).isZero();
		// malformed filters are ignored, not an error
		assertThat(JsonPath.<Integer>read(json(null, "q=budsjett&year=abc&body=x&type=<b>&page=-1"), "$.total"))
			.isPositive();
	}

}
