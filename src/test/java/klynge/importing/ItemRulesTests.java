package klynge.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * One test per rule the parser learned for item numbers, titles and vedtak in real
 * minutes of other bodies (issue 12), each on a made-up example.
 */
class ItemRulesTests {

	private static ImportedMinutes parse(String text) {
		return MinutesTextParser.parse("test.txt", text);
	}

	@Test
	void aRomanOneOpensAnItemWhereARomanTwoFollows() {
		ImportedMinutes read = parse("""
				Dato: 03.04.2024

				I Godkjenning av dagsorden
				Dagsorden ble godkjent.

				II Referat fra forrige møte
				Referatet ble godkjent.
				""");
		assertThat(read.items()).extracting(ImportedItem::label, ImportedItem::title)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("I.", "Godkjenning av dagsorden"),
					org.assertj.core.groups.Tuple.tuple("II.", "Referat fra forrige møte"));
		assertThat(parse("""
				Dato: 03.04.2024

				I Bergen er det kaldt.

				1. Budsjett
				Tekst.

				2. Eventuelt
				Tekst.
				""").items()).extracting(ImportedItem::title).containsExactly("Budsjett", "Eventuelt");
	}

	@Test
	void anAgendaTableWithTheNumbersBeforeTheTitlesGivesEachNumberItsTitle() {
		ImportedMinutes read = parse("""
				Dato: 04.05.2024

				Saksliste
				ST 3/24
				ST 4/24
				ST 5/24 Innhald Godkjenning av innkalling Tilskot til Kari Nordmann Eventuelt

				ST 3/24 Godkjenning av innkalling
				Vedtak: Godkjent.
				""");
		assertThat(read.items()).extracting(ImportedItem::label, ImportedItem::title)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("ST 3/24", "Godkjenning av innkalling"),
					org.assertj.core.groups.Tuple.tuple("ST 4/24", "Tilskot til Kari Nordmann"),
					org.assertj.core.groups.Tuple.tuple("ST 5/24", "Eventuelt"));
		assertThat(read.items().get(0).decision()).isEqualTo("Godkjent.");
	}

}
