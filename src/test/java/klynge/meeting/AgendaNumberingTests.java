package klynge.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class AgendaNumberingTests {

	final UUID a = UUID.randomUUID();

	final UUID b = UUID.randomUUID();

	final UUID c = UUID.randomUUID();

	@Test
	void beforeTheSummonsNumbersFollowTheOrderFromTheFirstFreeNumber() {
		// Arbeidsgruppen's June 2021 meeting starts at 19-21 because the previous one ended at 18-21.
		assertThat(AgendaNumbering.number(List.of(a, b, c), Map.of(), 19, 18, false))
			.containsExactly(Map.entry(a, 19), Map.entry(b, 20), Map.entry(c, 21));
	}

	@Test
	void reorderingBeforeTheSummonsRenumbers() {
		assertThat(AgendaNumbering.number(List.of(c, a, b), Map.of(a, 19, b, 20, c, 21), 19, 21, false))
			.containsExactly(Map.entry(c, 19), Map.entry(a, 20), Map.entry(b, 21));
	}

	@Test
	void afterTheSummonsNumbersAreFrozenEvenWhenReordered() {
		assertThat(AgendaNumbering.number(List.of(c, a, b), Map.of(a, 19, b, 20, c, 21), 19, 21, true))
			.containsEntry(a, 19).containsEntry(b, 20).containsEntry(c, 21);
	}

	@Test
	void lateItemsGetTheNextFreeNumberOfTheYear() {
		UUID late = UUID.randomUUID();
		// another meeting of the body already used up to 24
		assertThat(AgendaNumbering.number(List.of(a, late, b), Map.of(a, 19, b, 20), 19, 24, true))
			.containsEntry(a, 19).containsEntry(b, 20).containsEntry(late, 25);
	}

	@Test
	void subItemsAreLettered() {
		assertThat(AgendaNumbering.letter(0)).isEqualTo("a");
		assertThat(AgendaNumbering.letter(2)).isEqualTo("c");
		assertThat(AgendaNumbering.letter(25)).isEqualTo("z");
		assertThat(AgendaNumbering.letter(26)).isEqualTo("aa");
	}
}
