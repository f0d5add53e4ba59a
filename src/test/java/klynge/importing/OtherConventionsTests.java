package klynge.importing;

import java.time.LocalDate;
import java.time.LocalTime;

import klynge.meeting.AgendaItemType;
import klynge.meeting.attendance.AttendanceSection;
import klynge.meeting.attendance.AttendanceStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class OtherConventionsTests {

	@Test
	void readsMunicipalPoliticalCasesWithRecommendationAndUnanimousVote() {
		ImportedMinutes minutes = Fixtures.parse("kommunestyre-ps-2023-02-14.txt");
		assertThat(minutes.bodyName()).isEqualTo("Kommunestyret");
		assertThat(minutes.date()).isEqualTo(LocalDate.of(2023, 2, 14));
		assertThat(minutes.endsAt()).isEqualTo(LocalTime.of(21, 30));
		assertThat(minutes.items()).extracting(ImportedItem::label, ImportedItem::caseNumber, ImportedItem::type)
			.containsExactly(tuple("PS 12/23", "12-23", AgendaItemType.APPROVAL),
					tuple("PS 13/23", "13-23", AgendaItemType.DECISION),
					tuple("RS 4/23", "04-23", AgendaItemType.INFORMATION),
					tuple("PS 14/23", "14-23", AgendaItemType.OTHER_BUSINESS));
		ImportedItem plan = minutes.items().get(1);
		assertThat(plan.proposal()).isEqualTo("Kommunestyret vedtar reguleringsplan for Sentrum nord som fremlagt.");
		assertThat(plan.decision()).isEqualTo(plan.proposal());
		assertThat(plan.votes()).isEqualTo("Enstemmig vedtatt.");
		assertThat(minutes.attendees())
			.extracting(ImportedAttendee::name, ImportedAttendee::section, ImportedAttendee::status,
					ImportedAttendee::deputyName)
			.containsExactly(tuple("Ola Nordmann", AttendanceSection.MEMBER, AttendanceStatus.PRESENT, null),
					tuple("Kari Holm", AttendanceSection.MEMBER, AttendanceStatus.PRESENT, null),
					tuple("Per Li", AttendanceSection.MEMBER, AttendanceStatus.PRESENT, null),
					tuple("Anne Berg", AttendanceSection.MEMBER, AttendanceStatus.DEPUTY, "Siri Dale"),
					tuple("Jon Rådmann", AttendanceSection.SECRETARIAT, AttendanceStatus.PRESENT, null));
	}

	@Test
	void readsUniversityBoardWithYearFirstNumbersAndListAttendance() {
		ImportedMinutes minutes = Fixtures.parse("universitetsstyre-2023-04-20.txt");
		assertThat(minutes.bodyName()).isEqualTo("Universitetsstyret");
		assertThat(minutes.date()).isEqualTo(LocalDate.of(2023, 4, 20));
		assertThat(minutes.online()).isTrue();
		assertThat(minutes.items()).extracting(ImportedItem::caseNumber).containsExactly("14-23", "15-23", "16-23");
		ImportedItem budget = minutes.items().get(1);
		assertThat(budget.proposal()).isEqualTo("Styret slutter seg til rammene for budsjett 2024.");
		assertThat(budget.decision()).endsWith("som kom fram i møtet.");
		ImportedItem quality = minutes.items().get(2);
		assertThat(quality.type()).isEqualTo(AgendaItemType.INFORMATION);
		assertThat(quality.presenter()).isEqualTo("prorektor Bjørn Lid");
		assertThat(quality.uncertain()).singleElement().asString().contains("Gjennomføring");
		assertThat(quality.followUps()).extracting(ImportedItem.FollowUp::ownerCode).containsExactly("AV");
		assertThat(minutes.hasUncertain()).isTrue();
		assertThat(minutes.attendees()).extracting(ImportedAttendee::name, ImportedAttendee::status)
			.containsExactly(tuple("Margit Fjell", AttendanceStatus.PRESENT),
					tuple("Håkon Dal", AttendanceStatus.PRESENT), tuple("Lise Ås", AttendanceStatus.PRESENT),
					tuple("Trond Myr", AttendanceStatus.ABSENT), tuple("Ane Vik", AttendanceStatus.PRESENT));
	}

	@Test
	void readsHospitalBoardWithRomanOpeningItemsAndTypedCases() {
		ImportedMinutes minutes = Fixtures.parse("helseforetak-styre-2022-11-30.txt");
		assertThat(minutes.bodyName()).isEqualTo("Styret i Helse Vest-Nord");
		assertThat(minutes.items()).extracting(ImportedItem::label, ImportedItem::type)
			.containsExactly(tuple("I.", AgendaItemType.APPROVAL), tuple("II.", AgendaItemType.APPROVAL),
					tuple("V-SAK 3", AgendaItemType.DECISION), tuple("O-SAK 1", AgendaItemType.INFORMATION),
					tuple("D-SAK 2", AgendaItemType.DISCUSSION));
		assertThat(minutes.items().get(2).votes()).isEqualTo("Samrøystes vedteke.");
		assertThat(minutes.items().get(2).decision()).isEqualTo("Styret godkjenner budsjett for 2023.");
		assertThat(minutes.attendees()).extracting(ImportedAttendee::name, ImportedAttendee::section)
			.contains(tuple("Geir Vang", AttendanceSection.MEMBER), tuple("Ivar Dahl", AttendanceSection.GUEST));
	}

	@Test
	void readsNynorskElderCouncilWithEventueltSubItem() {
		ImportedMinutes minutes = Fixtures.parse("eldreraad-nynorsk-2023-05-08.txt");
		assertThat(minutes.bodyName()).isEqualTo("Eldrerådet");
		assertThat(minutes.items()).extracting(ImportedItem::caseNumber).containsExactly("05-23", "06-23", "07-23");
		assertThat(minutes.items().get(1).proposal()).startsWith("Eldrerådet ber om");
		assertThat(minutes.items().get(1).type()).isEqualTo(AgendaItemType.DECISION);
		assertThat(minutes.items().get(2).subItems()).extracting(ImportedItem::title)
			.containsExactly("Trafikktryggleik ved sjukeheimen");
		assertThat(minutes.attendees()).extracting(ImportedAttendee::name, ImportedAttendee::status)
			.contains(tuple("Sverre Lie", AttendanceStatus.ABSENT), tuple("Marit Nes", AttendanceStatus.PRESENT));
	}

	@Test
	void readsNynorskTableWithDeputyAndFeedback() {
		ImportedMinutes minutes = Fixtures.parse("samarbeidsutval-nynorsk-2022-09-12.txt");
		assertThat(minutes.bodyName()).isEqualTo("Samarbeidsutval");
		assertThat(minutes.date()).isEqualTo(LocalDate.of(2022, 9, 12));
		assertThat(minutes.endsAt()).isEqualTo(LocalTime.of(11, 0));
		assertThat(minutes.attendees())
			.extracting(ImportedAttendee::code, ImportedAttendee::section, ImportedAttendee::status,
					ImportedAttendee::deputyName)
			.containsExactly(tuple("IH", AttendanceSection.MEMBER, AttendanceStatus.PRESENT, null),
					tuple("MS", AttendanceSection.MEMBER, AttendanceStatus.DEPUTY, "Eirik Hole"),
					tuple("LT", AttendanceSection.MEMBER, AttendanceStatus.REMOTE, null),
					tuple("GN", AttendanceSection.OBSERVER, AttendanceStatus.PRESENT, null),
					tuple("TB", AttendanceSection.SECRETARIAT, AttendanceStatus.PRESENT, null));
		ImportedItem item = minutes.items().get(1);
		assertThat(item.presenter()).isEqualTo("Ingrid Havre");
		assertThat(item.feedbackHeading()).isEqualTo("Tilbakemeldingar frå utvalet;");
		assertThat(item.feedback()).hasSize(2);
		assertThat(item.followUps()).containsExactly(new ImportedItem.FollowUp("MS", "MS følgjer opp saka."));
	}

	@Test
	void readsBareNumbersAndCodedListEntries() {
		ImportedMinutes minutes = Fixtures.parse("arbeidsutvalg-sak-nnyy-2024-01-15.txt");
		assertThat(minutes.bodyName()).isEqualTo("Arbeidsutvalget");
		assertThat(minutes.items()).extracting(ImportedItem::caseNumber).containsExactly("01-24", "02-24", "03-24");
		assertThat(minutes.items().get(1).presenter()).isEqualTo("KH");
		assertThat(minutes.items().get(1).documents())
			.containsExactly(new ImportedItem.Link("utkastet", "https://example.org/handlingsplan.pdf", true));
		assertThat(minutes.attendees())
			.extracting(ImportedAttendee::code, ImportedAttendee::name, ImportedAttendee::seat,
					ImportedAttendee::status)
			.containsExactly(tuple("KH", "Kjersti Hauge", "UiB", AttendanceStatus.PRESENT),
					tuple("TL", "Tor Lie", "HVL", AttendanceStatus.PRESENT),
					tuple("MN", "Mona Nygård", "Helse Bergen", AttendanceStatus.ABSENT));
	}

}
