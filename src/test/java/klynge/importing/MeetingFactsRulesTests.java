package klynge.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

/**
 * One test per rule for the meeting's facts (body, place, date, time) as other
 * secretaries and flattened PDFs write them (issue 12): made-up minutes.
 */
class MeetingFactsRulesTests {

	private static ImportedMinutes parse(String text) {
		return MinutesTextParser.parse("test.txt", text);
	}

	@Test
	void bareBodyAndPlaceLabelsBeforeTheirValues() {
		ImportedMinutes read = parse("1 MØTEBOK Organ Møtestad Formannskapet Rådhuset - sal 2 Møtedato Kl\n"
				+ "Til stede: Kari Li, Ola Berg\n\nSak 1/24 Budsjett\n");
		assertThat(read.bodyName()).isEqualTo("Formannskapet");
		assertThat(read.place()).isEqualTo("Rådhuset - sal 2");
	}

	@Test
	void labelsOnALineOfTheirOwnStackedOnTheNextLabelsValues() {
		ImportedMinutes read = parse("REFERAT\nUtvalg:\nMøtested: Eldrerådet Sandnes Møtedato: 3. mai 2024 "
				+ "Klokkeslett:\nTil stede: Kari Li, Ola Berg\n\nSak 1/24 Budsjett\n");
		assertThat(read.bodyName()).isEqualTo("Eldrerådet");
		assertThat(read.place()).isEqualTo("Sandnes");
		assertThat(read.date()).isEqualTo(LocalDate.of(2024, 5, 3));
	}

	@Test
	void damagedLabelsWithStraySpacesAndTheBodysValueEndingAtAComma() {
		ImportedMinutes read = parse("1 Møteprotokoll\nUtval: Møtes tad:\nDato : Tids punkt: Styret for "
				+ "Fjellparken, Turisthytta, Lom 10:30 Følgjande møtte: Kari Li\n\nSak 1/24 Budsjett\n");
		assertThat(read.bodyName()).isEqualTo("Styret for Fjellparken");
		assertThat(read.place()).isEqualTo("Turisthytta, Lom");
		assertThat(read.startsAt()).isEqualTo(LocalTime.of(10, 30));
	}

	@Test
	void aTitleEndingWithTheDateAndThePlace() {
		ImportedMinutes read = parse("REFERAT FRA STYREMØTE TORSDAG 7. MARS 2024 Lillestrøm\n"
				+ "Til stede: Kari Li, Ola Berg\n\nSak 1/24 Budsjett\n");
		assertThat(read.place()).isEqualTo("Lillestrøm");
		assertThat(read.date()).isEqualTo(LocalDate.of(2024, 3, 7));
	}

	@Test
	void theBodyAfterTheUpperCaseTitleOfAFlattenedTitleBlock() {
		ImportedMinutes read = parse("1 VESTLAND KOMMUNE MØTEBOK Ungdomsrådet i Vestland Dato: 3. mai 2024 Stad: "
				+ "Rådhuset Til stede: Kari Li, Ola Berg, Eva Ås, Per Dal, Siri Holm, Mona Lie og Jon Bø\n\n"
				+ "Sak 1/24 Budsjett\n");
		assertThat(read.bodyName()).isEqualTo("Ungdomsrådet i Vestland");
		assertThat(read.place()).isEqualTo("Rådhuset");
	}

	@Test
	void aDateWithoutYearTakesTheYearOfTheItemsNumbers() {
		ImportedMinutes read = parse("Fylkestinget\nTid: tysdag 9. og onsdag 10. juni kl. 09.00\n\n"
				+ "FT-12/21 Rekneskap\n\nVedtak: Godkjent.\n");
		assertThat(read.date()).isEqualTo(LocalDate.of(2021, 6, 9));
	}

}
