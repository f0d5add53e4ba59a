package klynge.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.LocalTime;

import klynge.meeting.attendance.AttendanceStatus;
import org.junit.jupiter.api.Test;

/** One test per rule the parser learned for real minutes of other bodies (issue 12). */
class ImportRulesTests {

	private static ImportedMinutes parse(String text) {
		return MinutesTextParser.parse("test.txt", text);
	}

	private static String head(String heading) {
		ItemHeadings.Heading found = ItemHeadings.of(heading);
		return found == null ? null
				: found.label() + " | " + found.title() + " | " + found.sequence() + " | " + found.year();
	}

	@Test
	void itemHeadingsInTheFormsRealMinutesUse() {
		assertThat(head("SAK NR. 5/20 Budsjett")).isEqualTo("SAK NR. 5/20 | Budsjett | 5 | 2020");
		assertThat(head("07/2021 Årsmelding")).isEqualTo("07/2021 | Årsmelding | 7 | 2021");
		assertThat(head("3/22 21/1187 REGULERINGSPLAN")).isEqualTo("3/22 | REGULERINGSPLAN | 3 | 2022");
		assertThat(head("FSK-12/19 Skolebruksplan")).isEqualTo("FSK-12/19 | Skolebruksplan | 12 | 2019");
		assertThat(head("HOU 03/21 Tilskot")).isEqualTo("HOU 03/21 | Tilskot | 3 | 2021");
		assertThat(head("Pkt. 3 Økonomi")).isEqualTo("Pkt. 3 | Økonomi | null | null");
		assertThat(head("Sak 2 – 14.03.22 – Orientering om drift"))
			.isEqualTo("Sak 2 | Orientering om drift | null | null");
		assertThat(head("II Referat fra forrige møte")).isEqualTo("II. | Referat fra forrige møte | null | null");
		assertThat(head("– 4/23 Handlingsplan")).isEqualTo("4/23 | Handlingsplan | 4 | 2023");
		assertThat(head("14*/22 Personalsak")).isEqualTo("14*/22 | Personalsak | 14 | 2022");
		assertThat(head("S 7.1/07 Protokoll frå styremøtet"))
			.isEqualTo("S 7.1/07 | Protokoll frå styremøtet | null | null");
		assertThat(head("I møtet deltok alle")).isNull();
	}

	@Test
	void anAllCapsTitleRunTogetherWithTextEndsWhereTheTextBegins() {
		assertThat(ItemHeadings.titleAndRest("GODKJENNING AV SAKLISTE Styret godkjente"))
			.containsExactly("GODKJENNING AV SAKLISTE", "Styret godkjente");
		assertThat(ItemHeadings.titleAndRest("Budsjett 2024")).containsExactly("Budsjett 2024", "");
	}

	@Test
	void aFlattenedPdfLineIsBrokenAtLabelsAndHeadings() {
		ImportedMinutes read = parse("1 PROTOKOLL FRA STYREMØTE TIRSDAG 5. NOVEMBER 2013 Sted: Folkets hus, Moelv "
				+ "Tilstede: Kari Li og Per Ås Forfall: Eva Berg. Hun hadde meldt fra. SAK 19/13 ÅRSMØTE Valgkomiteen er varslet.");
		assertThat(read.date()).isEqualTo(LocalDate.of(2013, 11, 5));
		assertThat(read.place()).isEqualTo("Folkets hus, Moelv");
		assertThat(read.bodyName()).isNull();
		assertThat(read.attendees()).extracting(ImportedAttendee::name, ImportedAttendee::status)
			.containsExactly(tuple("Kari Li", AttendanceStatus.PRESENT), tuple("Per Ås", AttendanceStatus.PRESENT),
					tuple("Eva Berg", AttendanceStatus.ABSENT));
		assertThat(read.uncertain()).contains("Hun hadde meldt fra.");
		assertThat(read.items()).singleElement().satisfies(item -> {
			assertThat(item.title()).isEqualTo("ÅRSMØTE");
			assertThat(item.notes()).isEqualTo("Valgkomiteen er varslet.");
		});
	}

	@Test
	void anAgendaListBeforeTheMinutesIsMergedNeverDuplicated() {
		ImportedMinutes read = parse("""
				Dato: 01.02.2023

				Sak 1/23 Godkjenning av innkalling ........ 2
				Sak 2/23 Budsjett ........ 3

				Sak 1/23 Godkjenning av innkalling

				Vedtak: Godkjent.

				Sak 2/23 Budsjett

				Vedtak: Budsjettet vedtas.
				""");
		assertThat(read.items()).extracting(ImportedItem::caseNumber, ImportedItem::title, ImportedItem::decision)
			.containsExactly(tuple("01-23", "Godkjenning av innkalling", "Godkjent."),
					tuple("02-23", "Budsjett", "Budsjettet vedtas."));
	}

	@Test
	void theAgendaListsTitleEndsTheMinutesHeadingOnAFlattenedLine() {
		ImportedMinutes read = parse("""
				Dato: 01.02.2023

				19/13 ÅRSMØTE FORBEREDELSER

				19/13 Årsmøte forberedelser Valgkomiteen er varslet.
				""");
		assertThat(read.items()).singleElement().satisfies(item -> {
			assertThat(item.title()).isEqualTo("Årsmøte forberedelser");
			assertThat(item.notes()).isEqualTo("Valgkomiteen er varslet.");
		});
	}

	@Test
	void decisionsHoweverTheyAreWritten() {
		ImportedMinutes read = parse("""
				Dato: 01.02.2023

				Sak 1/23 Ein
				Samrøystes vedtak: Planen vert vedteken.

				Sak 2/23 To
				Konklusjon: Saka vert utsett.

				Sak 3/23 Tre
				Styret fattet følgende enstemmige vedtak

				Regnskapet godkjennes.

				Sak 4/23 Fire
				Forslag til vedtak: Rapporten tas til etterretning.

				Enstemmig vedtatt.

				Sak 5/23 Fem
				Tatt til orientering.

				Sak 6/23 Seks
				Vedtak:

				Et enstemmig fylkesutvalg vedtok:

				Protokollen godkjennes.
				""");
		assertThat(read.items()).extracting(ImportedItem::decision)
			.containsExactly("Planen vert vedteken.", "Saka vert utsett.", "Regnskapet godkjennes.",
					"Rapporten tas til etterretning.", "Tatt til orientering.", "Protokollen godkjennes.");
		assertThat(read.items().get(3).votes()).isEqualTo("Enstemmig vedtatt.");
		assertThat(read.items().get(5).votes()).isEqualTo("Et enstemmig fylkesutvalg vedtok:");
	}

	@Test
	void attendanceAsBulletsUnderALabelAndGroupedByRole() {
		ImportedMinutes read = parse("""
				Dato: 09.03.2015

				Tilstede:

				 • Jan Kleppe, styreleder
				 • Hilde Molberg (per telefon)

				Fra ViG:

				 • Hanne Gro Haugland

				Til stades: Ola Breivega, Magni Øvrebotten (S 7.1, S 7.4) og Tora Aasland

				Sak 10/15 Regnskap
				""");
		assertThat(read.attendees()).extracting(ImportedAttendee::name)
			.containsExactly("Jan Kleppe", "Hilde Molberg", "Hanne Gro Haugland", "Ola Breivega", "Magni Øvrebotten",
					"Tora Aasland");
	}

	@Test
	void meetingFactsInFlattenedAndProseForms() {
		ImportedMinutes read = parse("Tid: Fredag 4. april 2014, kl 10:00 18:00\n\nSak 1/14 Ein\n");
		assertThat(read.date()).isEqualTo(LocalDate.of(2014, 4, 4));
		assertThat(read.startsAt()).isEqualTo(LocalTime.of(10, 0));
		assertThat(read.endsAt()).isEqualTo(LocalTime.of(18, 0));
		assertThat(MeetingFacts.bodyFromHeading("ekstraordinært styremøte 9. mars 2015")).isNull();
		assertThat(MeetingFacts.bodyFromHeading("Partnermøtet 27. mars 2023")).isEqualTo("Partnermøtet");
	}

	@Test
	void aDocumentWithoutHeadingsOrDateIsOneItemWithItsTextKept() {
		ImportedMinutes read = parse("Notat\n\nVi snakka om vegen vidare.\n");
		assertThat(read.date()).isNull();
		assertThat(read.items()).singleElement().satisfies(item -> {
			assertThat(item.title()).isEqualTo(ParsedMinutes.WHOLE_DOCUMENT);
			assertThat(item.uncertain()).containsExactly("Notat", "Vi snakka om vegen vidare.");
		});
	}

	@Test
	void sizeLimitsAreShownInMegabytesAsTheFormsHintSaysThem() {
		assertThat(MinutesReader.megabytes(MinutesReader.MAX_BYTES)).isEqualTo(5);
	}

}
