package klynge.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import klynge.meeting.attendance.AttendanceStatus;
import org.junit.jupiter.api.Test;

/**
 * One test per attendance rule for substitutes and flattened attendance tables (issue
 * 12): made-up minutes, written as secretaries write them.
 */
class AttendanceSubstituteRulesTests {

	private static ImportedMinutes parse(String text) {
		return MinutesTextParser.parse("test.txt", text);
	}

	@Test
	void aDeputyInParenthesesStandsInForTheMemberNamed() {
		ImportedMinutes read = parse("Til stede: Kari Li, Ola Berg (vara for Per Dal), Eva Ås\n\nSak 1/24 Budsjett\n");
		assertThat(read.attendees())
			.extracting(ImportedAttendee::name, ImportedAttendee::status, ImportedAttendee::deputyName)
			.containsExactly(tuple("Kari Li", AttendanceStatus.PRESENT, null),
					tuple("Eva Ås", AttendanceStatus.PRESENT, null),
					tuple("Per Dal", AttendanceStatus.DEPUTY, "Ola Berg"));
	}

	@Test
	void aForRemarkAfterAnEntryAndAPageNumberAfterTheLastOne() {
		ImportedMinutes read = parse("Tilstede på møtet: Nordby kommune: Ordfører Kari Li (SP), Ola Berg (AP), "
				+ "(for Per Dal) Sørby kommune: Eva Ås (H) 3\n\nForfall: Per Dal (AP)\n\nSak 1/24 Budsjett\n");
		assertThat(read.attendees())
			.extracting(ImportedAttendee::name, ImportedAttendee::status, ImportedAttendee::deputyName)
			.containsExactly(tuple("Kari Li", AttendanceStatus.PRESENT, null),
					tuple("Eva Ås", AttendanceStatus.PRESENT, null),
					tuple("Per Dal", AttendanceStatus.DEPUTY, "Ola Berg"));
	}

	@Test
	void aSentenceSaysWhoCameForWhomByFirstNameAndTheDeputysOwnEntryGoes() {
		ImportedMinutes read = parse("Til stede: - Kari Li - Ola Berg (vara).\nForfall: - Per Dal - Eva Åsen. "
				+ "Ola Berg vara for Per. Ingen vara for Eva.\n\nSak 1/24 Budsjett\n");
		assertThat(read.attendees())
			.extracting(ImportedAttendee::name, ImportedAttendee::status, ImportedAttendee::deputyName)
			.containsExactly(tuple("Kari Li", AttendanceStatus.PRESENT, null),
					tuple("Per Dal", AttendanceStatus.DEPUTY, "Ola Berg"),
					tuple("Eva Åsen", AttendanceStatus.ABSENT, null));
		assertThat(read.uncertain()).contains("Ingen vara for Eva.");
	}

	@Test
	void aDeputyForSomeItemsLeavesTheMemberPresent() {
		ImportedMinutes read = parse("Til stede:\nKari Li, Per Dal og Eva Ås.\n"
				+ "Ola Berg stilte for Dal og Siri Holm stilte for Ås i sak 4/24.\n\nSak 1/24 Budsjett\n");
		assertThat(read.attendees())
			.extracting(ImportedAttendee::name, ImportedAttendee::status, ImportedAttendee::seat)
			.containsExactly(tuple("Kari Li", AttendanceStatus.PRESENT, null),
					tuple("Per Dal", AttendanceStatus.PRESENT, null), tuple("Eva Ås", AttendanceStatus.PRESENT, null),
					tuple("Ola Berg", AttendanceStatus.PRESENT, "vara for Per Dal, i sak 4/24"),
					tuple("Siri Holm", AttendanceStatus.PRESENT, "vara for Eva Ås, i sak 4/24"));
	}

	@Test
	void aDeputyForSomeItemsAlreadyListedAsPresentSaysForWhomItCame() {
		ImportedMinutes read = parse("Til stede: Kari Li, Per Dal, Ola Berg (Studentene).\n"
				+ "Ola Berg stilte for Dal under sak 2/24.\n\nSak 1/24 Budsjett\n");
		assertThat(read.attendees())
			.extracting(ImportedAttendee::name, ImportedAttendee::status, ImportedAttendee::seat)
			.containsExactly(tuple("Kari Li", AttendanceStatus.PRESENT, null),
					tuple("Per Dal", AttendanceStatus.PRESENT, null),
					tuple("Ola Berg", AttendanceStatus.PRESENT, "Studentene; vara for Per Dal, under sak 2/24"));
	}

	@Test
	void aFlattenedNameRoleAndPartyTableWithRemarksAndItsDeputiesTable() {
		ImportedMinutes read = parse("1 Møteprotokoll Utval: Fylkesutvalet Møtestad: Rådhuset Faste medlemer som "
				+ "møtte: Namn Funksjon Representerer Kari Li Leiar AP Per Dal Medlem H - forfall Eva Marie Ås Medlem "
				+ "FRP forfall 3.5 Jon Berg Medlem SP perm kl\n\n2 Siri Holm Medlem KRF Varamedlemer som møtte: Namn "
				+ "Funksjon Representerer Ola Nordby Per Dal H Lise Hauge Eva Maria Ås FRP 3.5\n\nSak 1/24 Budsjett\n");
		assertThat(read.attendees())
			.extracting(ImportedAttendee::name, ImportedAttendee::status, ImportedAttendee::deputyName)
			.containsExactly(tuple("Kari Li", AttendanceStatus.PRESENT, null),
					tuple("Per Dal", AttendanceStatus.DEPUTY, "Ola Nordby"),
					tuple("Eva Marie Ås", AttendanceStatus.PRESENT, null),
					tuple("Jon Berg", AttendanceStatus.PRESENT, null),
					tuple("Siri Holm", AttendanceStatus.PRESENT, null),
					tuple("Lise Hauge", AttendanceStatus.PRESENT, null));
		assertThat(read.attendees()).extracting(ImportedAttendee::seat)
			.contains("Medlem, FRP, forfall 3.5", "vara for Eva Marie Ås, 3.5");
	}

	@Test
	void aDeputiesRowThatCannotBeSplitByAMembersNameStaysUncertain() {
		ImportedMinutes read = parse("Faste medlemer som møtte: Namn Funksjon Representerer Kari Li Leiar AP\n"
				+ "Varamedlemer som møtte: Namn Funksjon Representerer Ola Nordby Per Dal H\n\nSak 1/24 Budsjett\n");
		assertThat(read.attendees()).extracting(ImportedAttendee::name).containsExactly("Kari Li");
		assertThat(read.uncertain()).contains("Ola Nordby Per Dal H");
	}

}
