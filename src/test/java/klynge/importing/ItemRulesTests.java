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

	@Test
	void aTitleRunIntoTheItemsTextEndsWhereItsFirstSentenceBegins() {
		assertThat(ItemHeadings.titleAndRest("Orientering om økonomien i prosjektet Nordlys Det ble vist til "
				+ "tidligere drøftinger om finansiering og fordeling av midler mellom partene i fjor. Styret drøftet saken."))
			.containsExactly("Orientering om økonomien i prosjektet Nordlys",
					"Det ble vist til tidligere drøftinger om finansiering og fordeling av midler mellom partene i fjor. "
							+ "Styret drøftet saken.");
		ImportedMinutes read = parse(
				"Dato: 04.05.2024\n\n12/2024 Nytt styre for stiftelsen Solvang Leder av valgkomiteen "
						+ "orienterte om arbeidet med å finne kandidater til styret for neste periode: - Tre har sagt ja.\n");
		assertThat(read.items()).singleElement().satisfies(item -> {
			assertThat(item.label()).isEqualTo("12/2024");
			assertThat(item.title()).isEqualTo("Nytt styre for stiftelsen Solvang");
		});
	}

	@Test
	void theAgendaListsTitleEndsTheTitleOfALongLineInTheMinutes() {
		ImportedMinutes read = parse(
				"""
						Dato: 04.05.2024

						S 7/24 Godkjenning av innkalling

						S 7/24 Godkjenning av innkalling Innkalling 3. mai 2024 Leiaren gjorde merksam på at sak 9 var flytta til neste møte. Ingen merknader.
						""");
		assertThat(read.items()).singleElement()
			.satisfies(item -> assertThat(item.title()).isEqualTo("Godkjenning av innkalling"));
	}

	@Test
	void anAllCapsNoticeBeforeTheTitleStaysInIt() {
		assertThat(ItemHeadings.titleAndRest("UTGÅR! Søknad om tilskot til klubbhuset"))
			.containsExactly("UTGÅR! Søknad om tilskot til klubbhuset", "");
	}

	@Test
	void aLongPointHeadingEndsAtItsColonBeforeAList() {
		ImportedMinutes read = parse("Dato: 04.05.2024\n\nPkt. 1 Godkjenning av innkalling: Godkjent.\n"
				+ "Pkt. 2 Saker til eventuelt: - Sak om parkering ved rådhuset, der det er meldt om problem i lang tid og "
				+ "der rådet ber om at kommunen ser på saka på nytt. - Sak om tilgjengelighet til nytt bibliotek og "
				+ "universell utforming av inngangspartiet.\n");
		assertThat(read.items()).extracting(ImportedItem::title)
			.containsExactly("Godkjenning av innkalling", "Saker til eventuelt");
	}

	@Test
	void aSentenceSayingWhatTheBoardApprovedIsTheVedtak() {
		ImportedMinutes read = parse("""
				Dato: 04.05.2024

				Sak 3/24 Protokoll frå førre møte
				Leiaren gjekk gjennom protokollen. Styret godkjende protokollen utan merknader.
				""");
		assertThat(read.items()).singleElement()
			.satisfies(item -> assertThat(item.decision()).isEqualTo("Styret godkjende protokollen utan merknader."));
	}

	@Test
	void upperCaseHeadingsRunIntoFlattenedTextOpenTheItemsOfADocumentWithoutNumbers() {
		ImportedMinutes read = parse("MØTEBOK Fagrådet Dato: 02.02.2024\n"
				+ "TIL STADES: Kari Li (vara) SLUTTA Ola Berg Per Dal (vara) SLUTTA Eva Lund (leiar) Ingen merknader. "
				+ "OPNING AV MØTET Leiaren ønskte velkomen. BUDSJETT FOR NESTE ÅR: Rådet drøfta budsjettet i FAU "
				+ "VEGVAL Rådet vil ha ny veg. Vedtak: Rådet ber om ny veg.\n");
		assertThat(read.items()).extracting(ImportedItem::title)
			.containsExactly("OPNING AV MØTET", "BUDSJETT FOR NESTE ÅR", "VEGVAL");
		assertThat(read.items().get(2).decision()).isEqualTo("Rådet ber om ny veg.");
		// one upper-case run is no list of headings: it stays text
		assertThat(parse("Dato: 02.02.2024\nTil stede: Kari Li\n\nMøtet drøfta VEGVAL Rådet vil ha ny veg.\n").items())
			.extracting(ImportedItem::title)
			.containsExactly(ParsedMinutes.WHOLE_DOCUMENT);
	}

	@Test
	void aHeadingWhoseNumberTheTranscriptionLostIsAnItemWithoutANumber() {
		ImportedMinutes read = parse("Dato: 02.02.2024\n\nSakliste 4/24 BUDSJETT /24 VEDLIKEHALD AV HALLEN /24 "
				+ "EVENTUELT ... 2 Hamar, 1. februar 2024, Kari Li (sign.) leiar Ola Berg dagleg leiar Side 1 av 2\n\n"
				+ "4/24 Budsjett\nTekst.\n");
		assertThat(read.items()).extracting(ImportedItem::label, ImportedItem::title)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("4/24", "Budsjett"),
					org.assertj.core.groups.Tuple.tuple("", "VEDLIKEHALD AV HALLEN"),
					org.assertj.core.groups.Tuple.tuple("", "EVENTUELT"));
		ImportedMinutes prefixed = parse("Dato: 02.02.2024 Til stede: Kari Li, Ola Berg og Per Dal som representerer "
				+ "foreldra i rådet. FU sak Godkjenning av innkalling. Vedtak: Godkjent. FU sak Budsjett for hallen "
				+ "Vedlegg: Budsjettet (jf FU sak ) med merknader.\n");
		assertThat(prefixed.items()).extracting(ImportedItem::title)
			.containsExactly("Godkjenning av innkalling.", "Budsjett for hallen");
		assertThat(prefixed.items().get(0).decision()).isEqualTo("Godkjent.");
	}

	@Test
	void evtAloneOnItsLineOpensOtherBusinessInADocumentWithoutNumbers() {
		ImportedMinutes read = parse("""
				Dato: 02.02.2024
				Til stede: Kari Li, Ola Berg

				Vedlikehald
				Taket lek. Kari innhentar tilbod.

				Evt.
				Ola tek opp parkering.
				""");
		assertThat(read.items()).extracting(ImportedItem::title).containsExactly("Vedlikehald", "Evt.");
	}

	@Test
	void aVedtakLabelOnTheLineUnderTheTextIsTheVedtakWithoutABlankLineBetween() {
		ImportedMinutes read = parse("""
				Dato: 02.02.2024

				1. Budsjett: Kari gjekk gjennom talla for året.
				Vedtak: Budsjettet vert lagt fram for årsmøtet.

				2. Eventuelt
				Ingen saker.
				""");
		assertThat(read.items().get(0).decision()).isEqualTo("Budsjettet vert lagt fram for årsmøtet.");
		assertThat(read.items().get(0).notes()).isEqualTo("Kari gjekk gjennom talla for året.");
	}

	private static ImportedItem only(String itemText) {
		return parse("Dato: 02.02.2024\n\nSak 4/24 Saka\n" + itemText + "\n").items().getFirst();
	}

	@Test
	void aShortSubjectWithTheOutcomeAndNoVerbIsTheVedtak() {
		assertThat(only("Saklista godkjent.").decision()).isEqualTo("Saklista godkjent.");
		assertThat(only("Forslag til vedtak: Budsjettet vert vedteke.\n\nBudsjettet vedtatt.").decision())
			.isEqualTo("Budsjettet vert vedteke.");
	}

	@Test
	void whoWasElectedToWhatIsTheVedtakOfAnElection() {
		ImportedItem item = only("Kari Li vart vald til leiar for eitt år.\nOla Berg vart vald til nestleiar.\n"
				+ "Leiaren takka for tilliten.");
		assertThat(item.decision())
			.isEqualTo("Kari Li vart vald til leiar for eitt år.\nOla Berg vart vald til nestleiar.");
		assertThat(item.notes()).isEqualTo("Leiaren takka for tilliten.");
	}

	@Test
	void anApprovalWithARemarkKeepsTheRemarkInTheVedtak() {
		ImportedItem item = only("Leiaren orienterte om innkallinga. Innkallinga godkjennes med følgende merknad: "
				+ "Sakspapira kom for seint. Styret vil ha dei ei veke før.");
		assertThat(item.decision()).isEqualTo(
				"Innkallinga godkjennes med følgende merknad: Sakspapira kom for seint. Styret vil ha dei ei veke før.");
		assertThat(item.notes()).isEqualTo("Leiaren orienterte om innkallinga.");
	}

	@Test
	void whatTheBoardDecidedAfterALostFullStopIsTheVedtak() {
		assertThat(only("Utkastet til protokoll frå forrige møte Styret godkjende protokollen.").decision())
			.isEqualTo("Styret godkjende protokollen.");
		ImportedItem proposed = only("Framlegg til vedtak: Styret godkjenner budsjettet Styret godkjenner budsjettet "
				+ "med ei endring i post 3.");
		assertThat(proposed.proposal()).isEqualTo("Styret godkjenner budsjettet");
		assertThat(proposed.decision()).isEqualTo("Styret godkjenner budsjettet med ei endring i post 3.");
	}

	@Test
	void anAmendedProposalIsWhatWasAdopted() {
		ImportedItem item = only("Forslag til vedtak:\n\nPlanen legges til grunn.\n\nDet kom en endring i "
				+ "forslaget:\n\nPlanen legges til grunn med datoene som ble avtalt.\n\nEnstemmig vedtatt.");
		assertThat(item.decision()).isEqualTo("Planen legges til grunn med datoene som ble avtalt.");
		assertThat(item.votes()).isEqualTo("Enstemmig vedtatt.");
	}

	@Test
	void theStanceOfACompoundNamedBodyIsTheVedtak() {
		assertThat(only("Det var ein lang debatt. Eldrerådet meiner at bussen må gå oftare.").decision())
			.isEqualTo("Eldrerådet meiner at bussen må gå oftare.");
		assertThat(only("Høgskolestyret slutter seg til planen for neste år.").decision())
			.isEqualTo("Høgskolestyret slutter seg til planen for neste år.");
	}

	@Test
	void aSakNumberAloneTakesTheLineBelowAndATitleThatSaysWhatWasAdoptedIsAlsoTheVedtak() {
		ImportedMinutes read = parse("""
				Dato: 02.02.2024

				Sak 1
				Protokollen frå førre møte ble godkjent. Den var send ut på e-post til alle medlemer ei veke før møtet.
				Sak 2 Budsjett
				Tekst.
				""");
		assertThat(read.items()).extracting(ImportedItem::label, ImportedItem::title)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Sak 1", "Protokollen frå førre møte ble godkjent"),
					org.assertj.core.groups.Tuple.tuple("Sak 2", "Budsjett"));
		assertThat(read.items().getFirst().decision()).isEqualTo("Protokollen frå førre møte ble godkjent.");
	}

	@Test
	void aTitleEndingWithABracketedCodeOrADateEndsBeforeTheSentenceRunIntoIt() {
		assertThat(ItemHeadings.titleAndRest("Nytt medlem i Fagleg samarbeidsutval (FSU) Leiaren for utvalet, Kari Li, "
				+ "orienterte om bytet i saka. Behandling: Vedtak: Teke til orientering."))
			.containsExactly("Nytt medlem i Fagleg samarbeidsutval (FSU)",
					"Leiaren for utvalet, Kari Li, orienterte om bytet i saka. Behandling: Vedtak: Teke til orientering.");
		assertThat(ItemHeadings.titleAndRest("Godkjenning av protokoll frå styremøtet 3/2024, 12. mars Utkastet "
				+ "til protokoll ligg ved som vedlegg 2. Vedtak: Godkjent"))
			.containsExactly("Godkjenning av protokoll frå styremøtet 3/2024, 12. mars",
					"Utkastet til protokoll ligg ved som vedlegg 2. Vedtak: Godkjent");
	}

	@Test
	void aBodysCodeBeforeSakAndTheNumberOpensAnItemAndATimeStampLeavesTheTitle() {
		ImportedMinutes read = parse("Dato: 02.02.2024 Til stede: Kari Li, Ola Berg og Per Dal. Møteleiar og referent "
				+ "vart godkjende. Saker til handsaming: AU sak 12/24 Val av nytt styre (18:05)\nTekst.\n");
		assertThat(read.items()).extracting(ImportedItem::label, ImportedItem::title)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("AU sak 12/24", "Val av nytt styre"));
	}

	@Test
	void aMeetingsNumberAfterMoteIsNoItem() {
		ImportedMinutes read = parse("1 PROTOKOLL FRA STYREMØTE 07/24 MANDAG, 4. MARS Rådhuset Til stede: Kari Li, "
				+ "Ola Berg og Per Dal. Sak 12/24 Budsjett for neste år Styret drøftet budsjettet og ba om en ny "
				+ "oversikt til neste møte.\n");
		assertThat(read.items()).extracting(ImportedItem::label).containsExactly("Sak 12/24");
	}

	@Test
	void aStanceKeepsItsNotAndTheSentencesInTheBodysOwnVoiceAfterIt() {
		ImportedItem item = only("Kari: Bussen er for dyr. Ola: Einig. Eldrerådet meiner at prisen ikkje kan aukast. "
				+ "Me vil ta dette opp med fylket. Neste møte er i mai.");
		assertThat(item.decision())
			.isEqualTo("Eldrerådet meiner at prisen ikkje kan aukast. Me vil ta dette opp med fylket.");
		assertThat(item.notes()).isEqualTo("Kari: Bussen er for dyr. Ola: Einig. Neste møte er i mai.");
	}

	@Test
	void longUpperCaseOrLabelLikeLinesComeInWithoutOverflowingTheStack() {
		assertThat(parse("Dato: 02.02.2024\nTil stede: Kari\n" + "ABCD EFGH ".repeat(1900) + "\n").items())
			.isNotEmpty();
		assertThat(parse("Dato: 02.02.2024\nTil stede: Kari\n" + "ABCD Efgh: ".repeat(1700) + "\n").items())
			.isNotEmpty();
	}

}
