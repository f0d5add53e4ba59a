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

	@Test
	void headingsWithAFourDigitYearADotYearAndStraySpaces() {
		assertThat(head("Sak 21/2024. Økonomi")).isEqualTo("Sak 21/2024 | Økonomi | 21 | 2024");
		assertThat(head("Sak nr. 2.2010 – Websidene")).isEqualTo("Sak nr. 2.2010 | Websidene | 2 | 2010");
		assertThat(head("Sak 02 /15 Godkjenning")).isEqualTo("Sak 02/15 | Godkjenning | 2 | 2015");
		assertThat(head("07 – 2022 Gjennomgang av årsmelding"))
			.isEqualTo("07 – 2022 | Gjennomgang av årsmelding | 7 | 2022");
		assertThat(head("037/12: Innkalling og dagsorden")).isEqualTo("037/12 | Innkalling og dagsorden | 37 | 2012");
		assertThat(head("PS 0001/00 Reguleringsplan")).isEqualTo("PS 0001/00 | Reguleringsplan | 1 | 2000");
	}

	@Test
	void plainNumberedHeadingsCountOnlyWhereTheNumbersRun() {
		ImportedMinutes read = parse("""
				Dato: 13.06.2024

				1 Godkjenning av referat

				Referatet ble godkjent.

				2) Datoer for høstens møter

				Punkt 7 i planen: 3 Eventuelt gjelder ikke.

				3. Eventuelt: Ingen saker.
				""");
		assertThat(read.items()).extracting(ImportedItem::label, ImportedItem::title)
			.containsExactly(tuple("1", "Godkjenning av referat"), tuple("2", "Datoer for høstens møter"),
					tuple("3", "Eventuelt"));
		assertThat(read.items().getFirst().decision()).isEqualTo("Referatet ble godkjent.");
		// one numbered line alone is a page number or a list, not an item
		assertThat(parse("Dato: 13.06.2024\n\n1 Kommunestyret møttes.\n").items()).extracting(ImportedItem::title)
			.containsExactly(ParsedMinutes.WHOLE_DOCUMENT);
	}

	@Test
	void aNumberOrRomanNumeralAloneTakesTheTitleBelowAndASplitTitleIsJoined() {
		ImportedMinutes read = parse("""
				Dato: 15.09.2005

				II

				Protokoll fra forrige møte
				Ingen merknader.

				Sak 39/04/2015
				Kommuneplan for idrett

				Sak 01/15 Presentasjon av nytt utval, val av leiar og
				nestleiar.
				Inge vart valt.
				""");
		assertThat(read.items()).extracting(ImportedItem::label, ImportedItem::title)
			.containsExactly(tuple("II.", "Protokoll fra forrige møte"),
					tuple("Sak 39/04/2015", "Kommuneplan for idrett"),
					tuple("Sak 01/15", "Presentasjon av nytt utval, val av leiar og nestleiar."));
	}

	@Test
	void withoutAnyNumbersTitleLinesThatOpenAParagraphAreItems() {
		ImportedMinutes read = parse("""
				Referat fra styremøte i huseierlaget
				Dato: 2.11.20
				Tilstede: Kari Li, Per Ås

				Vannlekkasje
				Huseierlaget har dekket alle utgifter.

				Gangvei
				Knut etterspør anbud.
				""");
		assertThat(read.items()).extracting(ImportedItem::title).containsExactly("Vannlekkasje", "Gangvei");
		assertThat(read.items().getFirst().notes()).isEqualTo("Huseierlaget har dekket alle utgifter.");
	}

	@Test
	void decisionsAsSentencesAloneLabelsAndTitlesEndingInTheOutcome() {
		ImportedMinutes read = parse("""
				Dato: 01.02.2023

				Sak 1/23 Innkalling og referat. Godkjent.

				Sak 2/23 Protokoll
				Vart godkjent utan merknader

				Sak 3/23 Rådmann
				Vedtak

				Kari Li vert konstituert som rådmann.

				Per Ås blir assisterande rådmann.

				Behandling

				Sak 4/23 Websidene
				Vedtak: Styret anbefaler forlengelse.

				Websiden er betalt.

				Vedtak: Anne er webansvarlig.

				Sak 5/23 Referat
				Vedtak. Godkjent.
				""");
		assertThat(read.items()).extracting(ImportedItem::title, ImportedItem::decision)
			.containsExactly(tuple("Innkalling og referat", "Godkjent."),
					tuple("Protokoll", "Vart godkjent utan merknader"),
					tuple("Rådmann", "Kari Li vert konstituert som rådmann.\n\nPer Ås blir assisterande rådmann."),
					tuple("Websidene", "Styret anbefaler forlengelse.\n\nAnne er webansvarlig."),
					tuple("Referat", "Godkjent."));
	}

	@Test
	void attendanceOneNameALineUnderALabelDashesSubLabelsTitlesAndPartialPresence() {
		ImportedMinutes read = parse("""
				Dato: 13.01.2015
				Til stades:
				Magnus Mjelde
				Margot Bertheussen
				Forfall:
				Svein Nord Kristiansen

				Desse møtte: Ragnar Bakken - Tone Misund – Caroline Vestre (vara)
				Til stede: Representanter: Heidi Greni, Liv Eskeland Administrasjonen: Kyrre Grimstad
				Dessuten møtte: Daglig leder John Bergh, rådgiver Bodil Lindestad og Kari Li til kl. 13.30
				Fraværende: Per Ås gikk etter sak 4
				Forfall: Ingen forfall meldt

				Sak 1/15 Konstituering
				""");
		assertThat(read.attendees()).extracting(ImportedAttendee::name, ImportedAttendee::status)
			.containsExactly(tuple("Magnus Mjelde", AttendanceStatus.PRESENT),
					tuple("Margot Bertheussen", AttendanceStatus.PRESENT),
					tuple("Svein Nord Kristiansen", AttendanceStatus.ABSENT),
					tuple("Ragnar Bakken", AttendanceStatus.PRESENT), tuple("Tone Misund", AttendanceStatus.PRESENT),
					tuple("Caroline Vestre", AttendanceStatus.PRESENT), tuple("Heidi Greni", AttendanceStatus.PRESENT),
					tuple("Liv Eskeland", AttendanceStatus.PRESENT), tuple("Kyrre Grimstad", AttendanceStatus.PRESENT),
					tuple("John Bergh", AttendanceStatus.PRESENT), tuple("Bodil Lindestad", AttendanceStatus.PRESENT),
					tuple("Kari Li", AttendanceStatus.PRESENT), tuple("Per Ås", AttendanceStatus.ABSENT));
		assertThat(read.attendees()).filteredOn(row -> row.name().equals("Kari Li"))
			.extracting(ImportedAttendee::seat)
			.containsExactly("til kl. 13.30");
		assertThat(read.attendees()).filteredOn(row -> row.name().equals("Caroline Vestre"))
			.extracting(ImportedAttendee::seat)
			.containsExactly("vara");
	}

	@Test
	void timesAndPlacesInProseAndWithTheLabelOnItsOwnLine() {
		ImportedMinutes read = parse(
				"""
						PROTOKOLL fra møte i Universitetsstyret 15.9.2005. Møtet ble holdt i styrerommet, Muséplass 1 og varte fra kl. 0930-1430.

						Sak 1/05 Ein
						""");
		assertThat(read.place()).isEqualTo("styrerommet, Muséplass 1");
		assertThat(read.startsAt()).isEqualTo(LocalTime.of(9, 30));
		assertThat(read.endsAt()).isEqualTo(LocalTime.of(14, 30));
		read = parse("Dato: 13.01.2015\nTid:\nKl 09.30 – 13.30\nStad: Møterom 3\n\nSak 1/15 Ein\n");
		assertThat(read.startsAt()).isEqualTo(LocalTime.of(9, 30));
		assertThat(read.endsAt()).isEqualTo(LocalTime.of(13, 30));
		read = parse("Onsdag 23. januar 2019 kl. 19.00.\n\nSak 1/19 Ein\n");
		assertThat(read.startsAt()).isEqualTo(LocalTime.of(19, 0));
		read = parse("Møtedato: 09. februar 2004, kl. 9:00\nTid: 10.12.2014 kl. 1700\n\nSak 1/04 Ein\n");
		assertThat(read.startsAt()).isEqualTo(LocalTime.of(17, 0));
		read = parse("Dato: 19.09.2017\nMøtet i fylkesutvalget ble avsluttet kl. 14.20.\n\nSak 1/17 Ein\n");
		assertThat(read.startsAt()).isNull();
		assertThat(read.endsAt()).isEqualTo(LocalTime.of(14, 20));
		read = parse("Styremøte\n\nMøtet ble avviklet på Teams.\n\nSak 1/04 Ein\n");
		assertThat(read.place()).isEqualTo("Teams");
	}

	@Test
	void theBodyFromTheTitleOrALineOfItsOwnAndFactsInFlattenedAndProseForms() {
		// "møte i <body>", with a meeting number and "(ekstraordinært møte)"
		assertThat(parse("Referat frå møte i Eldrerådet\n\nSak 1/24 Ein\n").bodyName()).isEqualTo("Eldrerådet");
		assertThat(parse("Protokoll fra møte nr. 2/2024 i kontrollutvalget (ekstraordinært møte)\n\nSak 1/24 Ein\n")
			.bodyName()).isEqualTo("kontrollutvalget");
		// "styremøte i <organisation>" names the organisation, not the body
		assertThat(parse("Protokoll fra styremøte i Vestland Idrettslag\n\nSak 1/24 Ein\n").bodyName()).isNull();
		// a meeting's name is no body's: "Ungdomsråd møte", "Årsmøte 3/24"
		assertThat(parse("REFERAT FRÅ ELDRERÅD MØTE 4.MAI 2024\n\nSak 1/24 Ein\n").bodyName()).isEqualTo("Eldreråd");
		assertThat(parse("MØTEREFERAT Medlemsmøte 3/24 Dato: 4.5.2024\n\nSak 1/24 Ein\n").bodyName()).isNull();
		assertThat(parse("Møtereferat Tema: Budsjett\n\nSak 1/24 Ein\n").bodyName()).isNull();
		// the body's name on a line of its own, perhaps with the date
		ImportedMinutes read = parse("OFFENTLEG UTSKRIFT\n\nBYSTYRET\n\nMøte 14.03.24\n\nSak 1/24 Ein\n");
		assertThat(read.bodyName()).isEqualTo("Bystyret");
		read = parse("Hovudutvalet 14. mars 2024\n\nSak 1/24 Ein\n");
		assertThat(read.bodyName()).isEqualTo("Hovudutvalet");
		assertThat(read.date()).isEqualTo(LocalDate.of(2024, 3, 14));
		// two days: the first; the times after the date; a label's value after a blank
		// line
		assertThat(parse("Styremøte 13. og 14. mars 2024\n\nSak 1/24 Ein\n").date())
			.isEqualTo(LocalDate.of(2024, 3, 13));
		read = parse("Dato:14.03.2024   18:00 - 20:10\nMøtested:\n\nKulturhuset\n\nSak 1/24 Ein\n");
		assertThat(read.startsAt()).isEqualTo(LocalTime.of(18, 0));
		assertThat(read.endsAt()).isEqualTo(LocalTime.of(20, 10));
		assertThat(read.place()).isEqualTo("Kulturhuset");
		// a place label in the middle of a flattened line, up to the next label or
		// sentence
		read = parse(
				"1 MØTEBOK Dato: 4. mai 2024 Kl.: Stad: Rådhuset, sal 2 Til stades: Kari Nordmann\n\nSak 1/24 Ein\n");
		assertThat(read.place()).isEqualTo("Rådhuset, sal 2");
		read = parse(
				"Tid: måndag kl. 10.00Stad: digitalt møte via Teams. Publikum kan følgje møtet på nett.\n\nSak 1/24 Ein\n");
		assertThat(read.place()).isEqualTo("digitalt møte via Teams");
		read = parse(
				"1 Møtereferat Dato: 4. mai 2024 Tid og sted: , møterom 2, Rådhuset Referent: Ola\n\nSak 1/24 Ein\n");
		assertThat(read.place()).isEqualTo("møterom 2, Rådhuset");
		// the place in prose after the date or the time, or on the line below them
		assertThat(
				parse("Styret avholdt styremøte 4. mai 2024 i lokalene til kommunen, Voss.\n\nSak 1/24 Ein\n").place())
			.isEqualTo("lokalene til kommunen, Voss");
		assertThat(parse(
				"Protokoll fra styremøte 4. mai 2024 klokka 18 på Kulturhuset eller per telefon\n\nSak 1/24 Ein\n")
			.place()).isEqualTo("Kulturhuset");
		assertThat(parse(
				"Møtet ble satt 4. mai 2024 klokken 10.00 og hevet klokken 11.15, møterom 3, Rådhuset\n\nSak 1/24 Ein\n")
			.place()).isEqualTo("møterom 3, Rådhuset");
		read = parse(
				"MØTEBOK\n\nTorsdag 4. mai 2024 kl. 18.00.\n\nSamfunnshuset\n\nTil stades: Kari Nordmann\n\nSak 1/24 Ein\n");
		assertThat(read.place()).isEqualTo("Samfunnshuset");
		// a weekday and date without the year: the year from the meeting's number
		assertThat(parse("PROTOKOLL Møte: 3/2024 Tid: Fredag 8. mars kl. 09:00\n\nSak 1/24 Ein\n").date())
			.isEqualTo(LocalDate.of(2024, 3, 8));
		// a date in a line about earlier minutes is not this meeting's
		assertThat(parse("MØTEBOK Protokoll frå 2. mars 2024 vart godkjend.\n\nSak 1/24 Ein\n").date()).isNull();
	}

	@Test
	void aStarredNumberANumberAloneAndATitleEndingAtAColonBeforeASentence() {
		assertThat(head("68* Om oppfølging av Innovest AS"))
			.isEqualTo("68* | Om oppfølging av Innovest AS | null | null");
		assertThat(head("058/19 - 19/5482 - Godkjenning av møteprotokoll"))
			.isEqualTo("058/19 | Godkjenning av møteprotokoll | 58 | 2019");
		ImportedMinutes read = parse("""
				Dato: 28.08.2014

				63

				Fullmakt- og referatsaker
				Ingen merknader.

				Pkt. 1 Godkjenning av innkalling og saksliste: Godkjent.

				Høyring - NOU 2014: 16 Sjømatindustrien
				""");
		assertThat(read.items()).extracting(ImportedItem::label, ImportedItem::title, ImportedItem::decision)
			.containsExactly(tuple("63", "Fullmakt- og referatsaker", null),
					tuple("Pkt. 1", "Godkjenning av innkalling og saksliste", "Godkjent."));
		assertThat(read.items().get(1).notes()).isEqualTo("Høyring - NOU 2014: 16 Sjømatindustrien");
		// a page number alone above prose is no item
		assertThat(parse("Dato: 28.08.2014\n\n2\n\nStyret drøftet saken grundig.\n").items())
			.extracting(ImportedItem::title)
			.containsExactly(ParsedMinutes.WHOLE_DOCUMENT);
	}

	@Test
	void aFlattenedLineBreaksBeforeALetterPrefixedNumberAndAPoint() {
		ImportedMinutes read = parse(
				"1 Protokoll frå styremøtet i Språkrådet 13. juni 2013 Til stades: Ola Nordmann, Kari Nordmann "
						+ "Forfall: Per Ås Fra administrasjonen møtte: Rådmann Hogne Eidissen "
						+ "Sakliste: S 47/13 Godkjenning av innkalling S 48/13 Protokoll frå styremøtet Pkt. 3 Orientering om økonomi");
		assertThat(read.items()).extracting(ImportedItem::label).containsExactly("S 47/13", "S 48/13", "Pkt. 3");
		assertThat(read.attendees())
			.extracting(ImportedAttendee::name, ImportedAttendee::status, ImportedAttendee::seat)
			.containsExactly(tuple("Ola Nordmann", AttendanceStatus.PRESENT, null),
					tuple("Kari Nordmann", AttendanceStatus.PRESENT, null),
					tuple("Per Ås", AttendanceStatus.ABSENT, null),
					tuple("Hogne Eidissen", AttendanceStatus.PRESENT, "Rådmann"));
	}

	@Test
	void attendanceGroupedByPlaceInsideOneListKeepsItsKind() {
		ImportedMinutes read = parse(
				"""
						Dato: 09.11.2012
						Forfall: Balsfjord kommune: Ordfører Ole Rødvei (H), varaordfører, Gunda Johansen (AP) Karlsøy kommune: Frank Pettersen (FrP)

						Sak 37/12 Innkalling
						""");
		assertThat(read.attendees()).extracting(ImportedAttendee::name, ImportedAttendee::status)
			.containsExactly(tuple("Ole Rødvei", AttendanceStatus.ABSENT),
					tuple("Gunda Johansen", AttendanceStatus.ABSENT),
					tuple("Frank Pettersen", AttendanceStatus.ABSENT));
	}

	@Test
	void flattenedLabelsBeforeTheirValuesGiveTheFirstListToTheFirstLabelAndValuesEndAtTheNextLabel() {
		ImportedMinutes read = parse(
				"1 Møtereferat Møtested: R10 på Gløshaugen Kopi til: Tid og sted: x Tilstede: Forfall: "
						+ "Kari Li, Per Ås, Eva Berg Ola Nordmann Ullevål sykehus Postboks 4956 Nydalen 0424 Oslo "
						+ "Sak 47/11 Godkjenning av referat");
		assertThat(read.place()).isEqualTo("R10 på Gløshaugen");
		assertThat(read.attendees()).extracting(ImportedAttendee::name, ImportedAttendee::status)
			.containsExactly(tuple("Kari Li", AttendanceStatus.PRESENT), tuple("Per Ås", AttendanceStatus.PRESENT),
					tuple("Eva Berg", AttendanceStatus.PRESENT), tuple("Ola Nordmann", AttendanceStatus.ABSENT));
		// two names that meet with nothing between them end the first label's group; the
		// address after the names is kept as uncertain text, not guessed at
		assertThat(read.uncertain()).anyMatch(line -> line.startsWith("Ullevål sykehus"));
	}

	@Test
	void aParagraphOpeningWithWhatWasAdoptedAndHowAProposalWasAdopted() {
		ImportedMinutes read = parse("""
				Dato: 01.02.2023

				Sak 1/23 Sakliste
				Ingen merknader til saklisten og den ble godkjent. Ingen saker ble meldt under eventuelt.

				Sak 2/23 Fond
				Forslag til vedtak: Styret tar saken til etterretning.

				Sekretariatets forslag ble enstemmig vedtatt.

				Sak 3/23 Vedtekter
				Vedtak:

				Varamedlemmer innkalles kun ved forfall.

				Vedtatt mot to stemmer.

				Sak 4/23 Budsjett
				Tilrådinga samrøystes vedteken.
				""");
		assertThat(read.items()).extracting(ImportedItem::decision, ImportedItem::votes)
			.containsExactly(tuple("Ingen merknader til saklisten og den ble godkjent.", null),
					tuple("Styret tar saken til etterretning.", "Sekretariatets forslag ble enstemmig vedtatt."),
					tuple("Varamedlemmer innkalles kun ved forfall.", "Vedtatt mot to stemmer."),
					tuple("Tilrådinga samrøystes vedteken.", null));
		assertThat(read.items().getFirst().notes()).isEqualTo("Ingen saker ble meldt under eventuelt.");
	}

	@Test
	void withoutADateInTheHeaderADateAloneOnALineIsTheMeetingsDate() {
		ImportedMinutes read = parse(
				"Tilstede: Kari Li og Per Ås.\n07 – 2022 Gjennomgang av årsmelding.\nÅrsmelding gjennomgått.\n17.02.22\n");
		assertThat(read.date()).isEqualTo(LocalDate.of(2022, 2, 17));
		assertThat(parse("Sak 1/22 Ein\nMøtet 17.02.22 var kort.\n").date()).isNull();
	}

	@Test
	void anAgendaRowWithTheOutcomeWhereTheTitleWouldBeTakesTheTitleFromTheLineBelow() {
		assertThat(head("PS HOV 0004/09 08/01733 Budsjett")).isEqualTo("PS HOV 0004/09 | Budsjett | 4 | 2009");
		ImportedMinutes minutes = parse("""
				Formannskapet
				Møte 12.03.09

				PS 0003/09 08/01212 Innstilling vedtatt

				SAKSPROTOKOLL: GANG- OG SYKKELVEG LANGS FJORDVEGEN.

				PS HOV 0004/09 08/01733 Innstilling vedtatt

				SAKSPROTOKOLL: NY BARNEHAGE I NORDBYGDA

				Sak nr.: 0003/09

				SAKSPROTOKOLL: GANG- OG SYKKELVEG LANGS FJORDVEGEN.

				Vedtak:

				Vegen bygges i 2010.
				""");
		assertThat(minutes.items()).extracting(ImportedItem::label, ImportedItem::title)
			.containsExactly(tuple("Sak nr.: 0003/09", "GANG- OG SYKKELVEG LANGS FJORDVEGEN."),
					tuple("PS HOV 0004/09", "NY BARNEHAGE I NORDBYGDA"));
		assertThat(minutes.items().get(0).decision()).isEqualTo("Vegen bygges i 2010.");
	}

	@Test
	void aNumberedTopicWithoutSentencesMayBeLong() {
		ImportedMinutes minutes = parse(
				"""
						Møte i kontrollutvalget 3. mars 2021

						Tema:
						  1. Rapport om innkjøp
						  2. Oppfølging av revisjonens merknader til årsregnskapet (jf. sak 4/21), inkl. mulige konsekvenser for budsjettet neste år
						  3. Eventuelt
						""");
		assertThat(minutes.items()).extracting(ImportedItem::label).containsExactly("1", "2", "3");
	}

	@Test
	void aGroupHeadingOfAFlattenedAgendaAndAPageFootNumberEndTheTitleBeforeThem() {
		String page = "2 Sakliste: S 10/21 Godkjenning av innkalling Vedtakssaker S 11/21 Budsjett for neste år "
				+ "Orienteringssaker S 12/21 Orientering fra leder om arbeidet i utvalget 2";
		ImportedMinutes minutes = parse("Protokoll fra styremøtet 4. mai 2021\n\n" + page + "\n");
		assertThat(minutes.items()).extracting(ImportedItem::title)
			.containsExactly("Godkjenning av innkalling", "Budsjett for neste år",
					"Orientering fra leder om arbeidet i utvalget");
	}

	@Test
	void aMeetingPortalsAgendaRowsWithTheirSectionLabelsOnLinesOfTheirOwn() {
		ImportedMinutes minutes = parse("""
				Møte i Formannskapet den 04.05.2022
				Saksliste
				 • Godkjenning av innkalling Hoveddokument 120KB
				  Dokumenttype: Saksframlegg
				  Vedtak
				  Innkallinga er godkjent.  Behandling
				  Framlegget vart samrøystes vedteke.
				 • Skulebruksplan Hoveddokument 300KB
				  012/22 - 22/311 - Skulebruksplan
				  Dokumenter
				  Vedtak
				  Planen vert sendt på høyring.
				  Behandling
				  Framlegget vart samrøystes vedteke.
				""");
		assertThat(minutes.items()).extracting(ImportedItem::label, ImportedItem::title, ImportedItem::decision)
			.containsExactly(tuple("", "Godkjenning av innkalling", "Innkallinga er godkjent."),
					tuple("012/22", "Skulebruksplan", "Planen vert sendt på høyring."));
	}

	@Test
	void decisionsAsSentencesAnywhereInTheParagraphAndWhatFollowsThem() {
		ImportedMinutes minutes = parse(
				"""
						Styremøte 2. februar 2022

						Sak 1/22 Godkjenning av referat

						Referatet fra forrige møte ble godkjent.

						Det ble besluttet at referatene legges ut på nettsida.

						Sak 2/22 Godkjenning av saksliste

						Leder la fram sakslista. Ei sak ble lagt til under eventuelt. Sakslista ble godkjent med denne endringen.

						Sak 3/22 Dugnad
						Vi har hatt tre dugnader i høst. Styret vedtok at neste dugnad blir i april.
						Neste møte
						Sak 4/22 Regnskap

						Styret tar regnskapet til etterretning.

						Sak 6/22 Høyring om ny veg

						Tilrådinga vedteken med eit tilleggspunkt 3.

						Sak 7/22 Kontrollrapport

						Tilrådinga samrøystes vedteken. Eit tilleggspunkt fremma i møtet vart vedteke.
						""");
		assertThat(minutes.items()).extracting(ImportedItem::decision)
			.containsExactly(
					"Referatet fra forrige møte ble godkjent.\n\nDet ble besluttet at referatene legges ut på nettsida.",
					"Sakslista ble godkjent med denne endringen.", "Styret vedtok at neste dugnad blir i april.",
					"Styret tar regnskapet til etterretning.", "Tilrådinga vedteken med eit tilleggspunkt 3.",
					"Tilrådinga samrøystes vedteken. Eit tilleggspunkt fremma i møtet vart vedteke.");
	}

	@Test
	void anOutcomeSentenceRunIntoTheTitleOfAFlattenedLineIsTheDecision() {
		ImportedMinutes minutes = parse("Referat frå møtet i rådet 3. mars 2015\n\n"
				+ "Sak 12/15 Godkjenning av saklista Saklista vart godkjend utan merknader. "
				+ "Sak 13/15 Rekneskap for 2014 Leiaren la fram rekneskapen for året som gjekk.\n");
		assertThat(minutes.items().get(0)).extracting(ImportedItem::title, ImportedItem::decision)
			.containsExactly("Godkjenning av saklista", "Saklista vart godkjend utan merknader.");
	}

	@Test
	void aFlattenedLineBreaksBeforeACaseNumberWithAnOrdinaryTitleButNotAfterALabel() {
		String[] lines = FlattenedLines.split(new String[] { "Saker til behandling: 012/19: Innkalling og dagsorden "
				+ "Vedtak: Godkjent. 013/2019 Budsjett for neste år. Møte: 4/2019 Tid: fredag og mer tekst her" });
		assertThat(lines).containsExactly("Saker til behandling:", "012/19: Innkalling og dagsorden Vedtak: Godkjent.",
				"013/2019 Budsjett for neste år. Møte: 4/2019", "Tid: fredag og mer tekst her");
	}

	@Test
	void anOutcomeRunIntoTheTitleEndsItAndAnOutcomeBeforeTheTitleIsNoPartOfIt() {
		assertThat(ItemHeadings.titleAndRest("Godkjenning av referat Godkjent med en rettelse."))
			.containsExactly("Godkjenning av referat", "Godkjent med en rettelse.");
		assertThat(ItemHeadings.titleAndRest("Enstemmig vedtatt. ÅRSREGNSKAP 2019")).containsExactly("ÅRSREGNSKAP 2019",
				"");
		assertThat(ItemHeadings.titleAndRest("Møteplan Vedlegg: Forslag til datoer")).containsExactly("Møteplan",
				"Vedlegg: Forslag til datoer");
	}

	@Test
	void aVedtakLabelInsideAFlattenedLineAndVotesAfterTheVedtak() {
		ImportedMinutes read = parse("Referat fra styremøtet 3. mars 2019\n\n"
				+ "4/19 Årsplan Behandling: Vedtak: Årsplanen vedtas som foreslått. Enstemmig vedtatt.\n\n"
				+ "5/19 Kontingent Framlegg til vedtak: Kontingenten blir 200 kr. Vedtak: Kontingenten blir 250 kr.\n\n"
				+ "6/19 Orientering Behandling: Vedtak: 7\n");
		assertThat(read.items()).extracting(ImportedItem::title, ImportedItem::decision, ImportedItem::votes)
			.containsExactly(tuple("Årsplan", "Årsplanen vedtas som foreslått.", "Enstemmig vedtatt."),
					tuple("Kontingent", "Kontingenten blir 250 kr.", null), tuple("Orientering", null, null));
		assertThat(read.items().get(1).proposal()).isEqualTo("Kontingenten blir 200 kr.");
	}

	@Test
	void aLongFlattenedHeadingLineWithALabelEarlyInItIsStillAHeading() {
		String line = "2/2019 Protokoll Vedlegg: Protokollen fra forrige møte. " + "Lang tekst. ".repeat(25);
		assertThat(ItemHeadings.of(line)).isNotNull();
	}

}
