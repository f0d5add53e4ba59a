package klynge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import klynge.search.SearchQuery.CaseNo;
import org.junit.jupiter.api.Test;

/** How typed text is read: case numbers, plain words, web-search syntax. */
class SearchQueryTests {

	@Test
	void caseNumbersInTheWaysTheMinutesAndPeopleWriteThem() {
		assertThat(SearchQuery.of("22-21").caseNumber()).contains(new CaseNo(22, 2021));
		assertThat(SearchQuery.of("sak 05-23").caseNumber()).contains(new CaseNo(5, 2023));
		assertThat(SearchQuery.of("Sak 3-23").caseNumber()).contains(new CaseNo(3, 2023));
		assertThat(SearchQuery.of(" SAK nr. 12/22 ").caseNumber()).contains(new CaseNo(12, 2022));
		assertThat(SearchQuery.of("sak 22-2021").caseNumber()).contains(new CaseNo(22, 2021));
		assertThat(SearchQuery.of("budsjett 22-21").caseNumber()).isEmpty();
		assertThat(SearchQuery.of("2022").caseNumber()).isEmpty();
	}

	@Test
	void plainWordsAreAllRequiredEachAlsoAsAPrefix() {
		SearchQuery query = SearchQuery.of("Budsjett  2022, styringsgruppen!");
		assertThat(query.words()).containsExactly("Budsjett", "2022", "styringsgruppen");
		assertThat(query.isBlank()).isFalse();
		assertThat(SearchQuery.of("Sørensen kafé").words()).containsExactly("Sørensen", "kafé");
		assertThat(SearchQuery.of("a b c d e f g h i j").words()).hasSize(SearchQuery.MAX_WORDS);
	}

	@Test
	void webSearchSyntaxGoesToPostgresWithTheLastWordAsAPrefix() {
		SearchQuery quoted = SearchQuery.of("\"fellesmidler 2022\" budsj");
		assertThat(quoted.words()).isEmpty();
		assertThat(quoted.leading()).isEqualTo("\"fellesmidler 2022\" ");
		assertThat(quoted.prefix()).isEqualTo("budsj");
		SearchQuery excluded = SearchQuery.of("budsjett -utlysning");
		assertThat(excluded.prefix()).as("a word to leave out is not completed").isEmpty();
		assertThat(SearchQuery.of("budsjett or strategi ").prefix()).as("ends with a space").isEmpty();
	}

	@Test
	void nothingToSearchFor() {
		for (String text : List.of("", "   ", "!!! ,,,", "-")) {
			assertThat(SearchQuery.of(text).isBlank()).as(text).isTrue();
		}
		assertThat(SearchQuery.of(null).isBlank()).isTrue();
		assertThat(SearchQuery.of("x".repeat(500)).text()).hasSize(SearchQuery.MAX_LENGTH);
	}

}
