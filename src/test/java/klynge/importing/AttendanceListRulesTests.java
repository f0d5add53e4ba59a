package klynge.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import klynge.meeting.attendance.AttendanceStatus;
import org.junit.jupiter.api.Test;

/**
 * One test per rule for attendance lists written in other secretaries' styles (issue 12):
 * made-up minutes.
 */
class AttendanceListRulesTests {

	private static ImportedMinutes parse(String text) {
		return MinutesTextParser.parse("test.txt", text);
	}

	@Test
	void aLabelOnItsOwnLineWithoutColonAboveListsGroupedByRole() {
		ImportedMinutes read = parse("Referat fra møte i rådet 3. mai 2024\n\nTil stede\n\n"
				+ "Medlemmer: Kari Li, Ola Berg.\nAdministrasjonen: Eva Ås, Per Dal\n"
				+ "Fraværende: Siri Holm\n\n1 Godkjenning av referat\n\nGodkjent.\n");
		assertThat(read.attendees()).extracting(ImportedAttendee::name, ImportedAttendee::status)
			.containsExactly(tuple("Kari Li", AttendanceStatus.PRESENT), tuple("Ola Berg", AttendanceStatus.PRESENT),
					tuple("Eva Ås", AttendanceStatus.PRESENT), tuple("Per Dal", AttendanceStatus.PRESENT),
					tuple("Siri Holm", AttendanceStatus.ABSENT));
	}

	@Test
	void namesWithTheirPartyAfterACommaRunTogether() {
		ImportedMinutes read = parse("Faste medlemer til stades: Kari Li, Ap Ola P. Berg, FrP Eva Ås, H Per Dal, KrF\n"
				+ "Andre til stades: Siri Holm\n\nSak 1/24 Budsjett\n");
		assertThat(read.attendees()).extracting(ImportedAttendee::name, ImportedAttendee::seat)
			.startsWith(tuple("Kari Li", "Ap"), tuple("Ola P. Berg", "FrP"), tuple("Eva Ås", "H"),
					tuple("Per Dal", "KrF"));
	}

	@Test
	void namesInSentencesAfterABlankLineWithTheirDepartment() {
		ImportedMinutes read = parse("Til stede for øvrig:\n\nKari Li, Ola Berg\n\n"
				+ "Eva Ås og Per Dal.  Siri Holm fra Økonomiavdelingen.\n\nSak 1/24 Budsjett\n");
		assertThat(read.attendees()).extracting(ImportedAttendee::name, ImportedAttendee::seat)
			.containsExactly(tuple("Kari Li", null), tuple("Ola Berg", null), tuple("Eva Ås", null),
					tuple("Per Dal", null), tuple("Siri Holm", "Økonomiavdelingen"));
	}

	@Test
	void namesRunTogetherWithoutSeparatorStartAtAFirstName() {
		ImportedMinutes read = parse(
				"Til stede: Kari Li Nilsen Ola Berg (til kl. 12) Eva Ås SV Marte Lund Ingen merknader.\n"
						+ "Forfall: Per Dal Siri Holm\n\nSak 1/24 Budsjett\n");
		assertThat(read.attendees()).extracting(ImportedAttendee::name, ImportedAttendee::status)
			.containsExactly(tuple("Kari Li Nilsen", AttendanceStatus.PRESENT),
					tuple("Ola Berg", AttendanceStatus.PRESENT), tuple("Eva Ås", AttendanceStatus.PRESENT),
					tuple("Marte Lund", AttendanceStatus.PRESENT), tuple("Per Dal", AttendanceStatus.ABSENT),
					tuple("Siri Holm", AttendanceStatus.ABSENT));
	}

	@Test
	void upperCaseLabelsWithoutColonAndSurnameFirstNamesInAFlattenedLine() {
		ImportedMinutes read = parse("MØTEBOK Eldrerådet Dato: 3. mai 2024 Stad: Rådhuset DESSE MØTTE Li, Kari (SP) "
				+ "Berg, Ola Per (H) Dal, Eva (AP) FORFALL Ingen forfall meldt DESSUTAN MØTTE Rådgjevar Siri Holm "
				+ "Møtesekretær Tone Vik\n\nSak 1/24 Budsjett\n");
		assertThat(read.attendees()).extracting(ImportedAttendee::name, ImportedAttendee::status)
			.containsExactly(tuple("Kari Li", AttendanceStatus.PRESENT),
					tuple("Ola Per Berg", AttendanceStatus.PRESENT), tuple("Eva Dal", AttendanceStatus.PRESENT),
					tuple("Siri Holm", AttendanceStatus.PRESENT), tuple("Tone Vik", AttendanceStatus.PRESENT));
	}

	@Test
	void aFlattenedTableWithTheAttendanceInAColumnAfterEachRow() {
		ImportedMinutes read = parse(
				"Styret: Navn Verv Oppmøte Telefon Kari Li, 5000 Bergen Leder MØTT Ola Berg Styremedlem "
						+ "FORFALL Sekretariatet Eva Ås rådgiver MØTT Protokoll fra styremøte 3. mai 2024\n\nSak 1/24 Budsjett\n");
		assertThat(read.attendees()).extracting(ImportedAttendee::name, ImportedAttendee::status)
			.containsExactly(tuple("Kari Li", AttendanceStatus.PRESENT), tuple("Ola Berg", AttendanceStatus.ABSENT),
					tuple("Eva Ås", AttendanceStatus.PRESENT));
		assertThat(read.date()).hasToString("2024-05-03");
	}

	@Test
	void labelsFirstAndTheirGroupsOfNamesAfter() {
		ImportedMinutes read = parse("Protokoll fra styremøte 3. mai 2024\nTil stede:\nForfall:\nReferent:\n"
				+ "Fra adm.: Ja Kari Li, Ola Berg og Eva Ås. Siri Holm og Per Dal Tone Vik Marte Lund (rådgiver) "
				+ "Rådhuset i Bergen\n\nSak 1/24 Budsjett\n");
		assertThat(read.attendees()).extracting(ImportedAttendee::name, ImportedAttendee::status)
			.containsExactly(tuple("Kari Li", AttendanceStatus.PRESENT), tuple("Ola Berg", AttendanceStatus.PRESENT),
					tuple("Eva Ås", AttendanceStatus.PRESENT), tuple("Siri Holm", AttendanceStatus.ABSENT),
					tuple("Per Dal", AttendanceStatus.ABSENT), tuple("Tone Vik", AttendanceStatus.PRESENT),
					tuple("Marte Lund", AttendanceStatus.PRESENT));
	}

	@Test
	void aFlattenedTableWhosePresenceColumnIsACross() {
		ImportedMinutes read = parse("Referat frå møte i styret 4. mars 2024\nMedlemer: Eining Til stades "
				+ "Kari Li (leiar) Dekan X Ola Berg HF Eva Ås AHF X Per Dal (vara for Siri Holm) NT X "
				+ "Mona Lie Studentane Jon Bø Studentane Sakshandsamar og skrivar: Lars Vik rådgjevar X "
				+ "Observatørar: Nils Eik Direktør, Byen Gro Dahl HF X Ingen merknader til innkallinga.\n\n"
				+ "Sak 1/24 Budsjett\n");
		assertThat(read.attendees())
			.extracting(ImportedAttendee::name, ImportedAttendee::status, ImportedAttendee::deputyName)
			.containsExactly(tuple("Kari Li", AttendanceStatus.PRESENT, null),
					tuple("Ola Berg", AttendanceStatus.ABSENT, null), tuple("Eva Ås", AttendanceStatus.PRESENT, null),
					tuple("Mona Lie", AttendanceStatus.ABSENT, null), tuple("Jon Bø", AttendanceStatus.ABSENT, null),
					tuple("Lars Vik", AttendanceStatus.PRESENT, null),
					tuple("Gro Dahl", AttendanceStatus.PRESENT, null),
					tuple("Siri Holm", AttendanceStatus.DEPUTY, "Per Dal"));
		assertThat(read.uncertain()).anyMatch(line -> line.contains("Ingen merknader til innkallinga"));
	}

	@Test
	void aFlattenedTableOfStaffRowByRowAndColumnByColumn() {
		ImportedMinutes read = parse("Møteprotokoll for utvalet 2. mai 2024\n"
				+ "Frå administrasjonen møtte på delar av møtet: Namn Stilling Kari Li rådmann Ola Berg Ass rådmann "
				+ "Eva Ås Økonomisjef Per Dal juridisk rådgjevar\n"
				+ "Sekretariat: Namn Siri Holm Mona Lie Stilling konsulent konsulent\n\nSak 1/24 Budsjett\n");
		assertThat(read.attendees()).extracting(ImportedAttendee::name, ImportedAttendee::seat)
			.containsExactly(tuple("Kari Li", "rådmann"), tuple("Ola Berg", "Ass rådmann"),
					tuple("Eva Ås", "Økonomisjef"), tuple("Per Dal", "juridisk rådgjevar"), tuple("Siri Holm", null),
					tuple("Mona Lie", null));
		assertThat(read.uncertain()).contains("Stilling konsulent konsulent");
	}

	@Test
	void absenceAndTheMeetingsOfficersSaidInSentences() {
		ImportedMinutes read = parse(
				"Referat frå møte 2. mai 2024\nTil stede: Kari, Ola og Eva. Siri hadde meldt forfall.\n"
						+ "Medlem Per Dal (H) varsla at han kom seinare, men møtte ikkje.\n"
						+ "Mona Lie ble valgt som møteleder og Jon Bø ble godkjent som referent. Lars Vik deltok i sak 1.\n"
						+ "\nSak 1/24 Budsjett\n");
		assertThat(read.attendees()).extracting(ImportedAttendee::name, ImportedAttendee::status)
			.containsExactly(tuple("Kari", AttendanceStatus.PRESENT), tuple("Ola", AttendanceStatus.PRESENT),
					tuple("Eva", AttendanceStatus.PRESENT), tuple("Siri", AttendanceStatus.ABSENT),
					tuple("Per Dal", AttendanceStatus.ABSENT), tuple("Lars Vik", AttendanceStatus.PRESENT),
					tuple("Mona Lie", AttendanceStatus.PRESENT), tuple("Jon Bø", AttendanceStatus.PRESENT));
	}

	@Test
	void aListBrokenByAPageBreakGoesOnAfterThePageNumber() {
		ImportedMinutes read = parse("Referat fra årsmøtet 2. mai 2024\nTil stede: Kari Li Ola Berg Eva Ås\n"
				+ "Forfall: Per Dal HF Siri Holm\n\n2 Mona Lie NT Jon Bø SV Tilhørere: Lars Vik Nils Eik Gro Dahl "
				+ "HF Anne Moe ble valgt som ordstyrer.\n\nSak 1/24 Budsjett\n");
		assertThat(read.attendees()).extracting(ImportedAttendee::name, ImportedAttendee::status)
			.containsExactly(tuple("Kari Li", AttendanceStatus.PRESENT), tuple("Ola Berg", AttendanceStatus.PRESENT),
					tuple("Eva Ås", AttendanceStatus.PRESENT), tuple("Per Dal", AttendanceStatus.ABSENT),
					tuple("Siri Holm", AttendanceStatus.ABSENT), tuple("Mona Lie", AttendanceStatus.ABSENT),
					tuple("Jon Bø", AttendanceStatus.ABSENT), tuple("Lars Vik", AttendanceStatus.PRESENT),
					tuple("Nils Eik", AttendanceStatus.PRESENT), tuple("Gro Dahl", AttendanceStatus.PRESENT),
					tuple("Anne Moe", AttendanceStatus.PRESENT));
	}

	@Test
	void theMeetingsOwnNumberInTheTitleIsNoItemAndLabelsStackedBeforeTheirValues() {
		ImportedMinutes read = parse("1 REFERAT FRA STYREMØTE 03/24 ONSDAG, 6. MARS 2024 Sandvika Til stede: Forfall: "
				+ "Fra adm.: Kari Li, Ola Berg og Eva Ås. Per Dal og Siri Holm Mona Lie, Nils Eik og Gro Dahl. Sak 11/24 Budsjett for neste år "
				+ "Styret drøftet budsjettet for neste år og ba administrasjonen om et nytt forslag til neste møte.\n");
		assertThat(read.items()).extracting(ImportedItem::label).containsExactly("Sak 11/24");
		assertThat(read.attendees()).extracting(ImportedAttendee::name, ImportedAttendee::status)
			.containsExactly(tuple("Kari Li", AttendanceStatus.PRESENT), tuple("Ola Berg", AttendanceStatus.PRESENT),
					tuple("Eva Ås", AttendanceStatus.PRESENT), tuple("Per Dal", AttendanceStatus.ABSENT),
					tuple("Siri Holm", AttendanceStatus.ABSENT), tuple("Mona Lie", AttendanceStatus.PRESENT),
					tuple("Nils Eik", AttendanceStatus.PRESENT), tuple("Gro Dahl", AttendanceStatus.PRESENT));
	}

}
