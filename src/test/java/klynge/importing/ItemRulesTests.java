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

}
