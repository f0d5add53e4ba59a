package klynge.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import klynge.KlyngeIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Norwegian matching: the snowball stemmer ('budsjettet' finds 'budsjett',
 * 'styringsgruppen' finds 'Styringsgruppe'), unaccent ('Sorensen' finds 'Sørensen',
 * 'kafe' finds 'kafé'), and every word also as a prefix ('budsj' finds 'budsjett',
 * 'budsjett' finds the compound 'Budsjettforslag'). Checked on the index's own text
 * search configuration and end to end on the demo's minutes.
 */
@KlyngeIntegrationTest
class SearchStemmingTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	SearchIndex index;

	boolean matches(String text, String word) {
		return jdbc.sql("""
				select to_tsvector('klynge_norwegian', ?) @@ to_tsquery('klynge_norwegian', ? || ':*')""")
			.params(text, word)
			.query(Boolean.class)
			.single();
	}

	@Test
	void theConfigurationStemsUnaccentsAndCompletes() {
		assertThat(matches("Forslag til budsjett for 2022", "budsjettet")).isTrue();
		assertThat(matches("Styringsgruppe", "styringsgruppen")).isTrue();
		assertThat(matches("Møte i styringsgruppen", "Styringsgruppe")).isTrue();
		assertThat(matches("Innspill fra Sørensen", "Sorensen")).isTrue();
		assertThat(matches("Innspill fra Sorensen", "Sørensen")).isTrue();
		assertThat(matches("Lunsj på kafé", "kafe")).isTrue();
		assertThat(matches("Budsjettforslag 2022", "budsjett")).isTrue();
		assertThat(matches("Budsjett for fellesmidler", "budsj")).isTrue();
		// unaccent folds æ, ø and å too: that is how 'Sorensen' finds 'Sørensen'
		assertThat(matches("Møteplan", "moteplan")).isTrue();
		assertThat(matches("Strategi for forskning", "budsjett")).isFalse();
		assertThat(matches("Årsmelding", "budsjett")).isFalse();
	}

	@Test
	void theDemoMinutesAreFoundByInflectedAndPartialWords() throws Exception {
		index.rebuild(UUID.fromString("a1ec0000-0000-4000-8000-000000000001"));
		for (String q : List.of("budsjettet 2022", "budsjettene", "styringsgruppen", "Styringsgruppe", "budsj")) {
			String json = mvc.perform(get("/api/v1/search").param("q", q).accept(MediaType.APPLICATION_JSON))
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			assertThat((Integer) JsonPath.read(json, "$.total")).as(q).isPositive();
		}
		// the 22-21 minutes say "budsjettet for 2022"; stemming finds them by "budsjett"
		String json = mvc
			.perform(get("/api/v1/search").param("q", "budsjettalternativene")
				.with(httpBasic("sekretariat", "demo"))
				.accept(MediaType.APPLICATION_JSON))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat((String) JsonPath.read(json, "$.hits[0].caseNumber")).isEqualTo("22-21");
		assertThat((String) JsonPath.read(json, "$.hits[0].snippetHtml"))
			.contains("<mark>budsjettalternativene</mark>");
	}

}
