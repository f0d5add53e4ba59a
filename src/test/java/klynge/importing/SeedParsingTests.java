package klynge.importing;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import klynge.meeting.AgendaItemType;
import klynge.meeting.attendance.AttendanceSection;
import klynge.meeting.attendance.AttendanceStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SeedParsingTests {

	@Test
	void readsThePartnerMeetingHeaderAndAttendance() {
		ImportedMinutes minutes = Fixtures.parse(Fixtures.PM);
		assertThat(minutes.bodyName()).isEqualTo("Partnermøtet");
		assertThat(minutes.date()).isEqualTo(LocalDate.of(2023, 3, 27));
		assertThat(minutes.startsAt()).isEqualTo(LocalTime.of(14, 0));
		assertThat(minutes.endsAt()).isEqualTo(LocalTime.of(16, 0));
		assertThat(minutes.place()).startsWith("Alrek helseklynge, Årstadveien 17");
		assertThat(minutes.online()).isFalse();
		assertThat(minutes.attendees()).hasSize(14);
		ImportedAttendee mh = minutes.attendees().getFirst();
		assertThat(mh).isEqualTo(new ImportedAttendee(AttendanceSection.MEMBER, "Universitetet i Bergen, leder",
				"Margareth Hagen", "MH", true, AttendanceStatus.DEPUTY, "Gottfried Greve"));
		assertThat(code(minutes, "GPK").deputyName()).isEqualTo("Ingvild Eide Graff");
		assertThat(code(minutes, "JHK").status()).isEqualTo(AttendanceStatus.ABSENT);
		assertThat(code(minutes, "LM").status()).isEqualTo(AttendanceStatus.REMOTE);
		assertThat(code(minutes, "KS").section()).isEqualTo(AttendanceSection.OBSERVER);
		assertThat(code(minutes, "KW").section()).isEqualTo(AttendanceSection.SECRETARIAT);
		assertThat(code(minutes, "KW").summoned()).isFalse();
		assertThat(minutes.chair())
			.isEqualTo(new ImportedMinutes.ChairByDeputy("Gottfried Greve", "UiB", "Margareth Hagen"));
		assertThat(minutes.deputies()).containsExactly(new ImportedMinutes.Deputy("Ingvild Eide Graff", "FHI"));
		assertThat(minutes.uncertain()).isEmpty();
	}

	@Test
	void readsThePartnerMeetingItems() {
		ImportedMinutes minutes = Fixtures.parse(Fixtures.PM);
		assertThat(minutes.items()).extracting(ImportedItem::caseNumber)
			.containsExactly("01-23", "02-23", "03-23", "04-23", "05-23");
		assertThat(minutes.items()).extracting(ImportedItem::type)
			.containsExactly(AgendaItemType.APPROVAL, AgendaItemType.INFORMATION, AgendaItemType.DECISION,
					AgendaItemType.DISCUSSION, AgendaItemType.OTHER_BUSINESS);
		ImportedItem first = minutes.items().getFirst();
		assertThat(first.title()).isEqualTo("Godkjenning av innkalling og sakliste.");
		assertThat(first.documents())
			.containsExactly(new ImportedItem.Link("referat fra forrige møte 07.10.22", "#", true));
		assertThat(first.notes()).contains("Referat godkjent.");
		ImportedItem two = minutes.items().get(1);
		assertThat(two.subItems()).extracting(ImportedItem::title)
			.containsExactly("Presentasjon av Alrek-prosjekt", "Orienteringer fra Styringsgruppen",
					"Oppdateringer fra klyngefasilitator Berit Angelskår");
		ImportedItem a = two.subItems().getFirst();
		assertThat(a.presenter())
			.isEqualTo("prosjektleder Frøydis Kristine Bruvik, Institutt for global helse og samfunnsmedisin UiB");
		assertThat(a.documents()).extracting(ImportedItem.Link::title)
			.containsExactly(
					"Utveksling av kompetanse for styrking av fremtidens primærhelsetjeneste - Alrek (alrekhelseklynge.no)");
		assertThat(a.feedbackHeading()).isEqualTo("Tilbakemeldinger fra Partnermøtet;");
		assertThat(a.feedback()).hasSize(6).first().asString().startsWith("Det er viktig");
		assertThat(a.notes()).startsWith("Bruvik orienterte").doesNotContain("Tilbakemeldinger");
		assertThat(two.subItems().get(1).presenter()).isEqualTo("leder Karsten Specht");
		assertThat(two.subItems().get(2).documents()).hasSize(3);
		ImportedItem three = minutes.items().get(2);
		assertThat(three.decision()).isEqualTo(
				"Partnermøtet tar årsmeldingen for 2022 til etterretning, og takker Styringsgruppen for arbeidet.");
		ImportedItem four = minutes.items().get(3);
		assertThat(four.followUps()).containsExactly(new ImportedItem.FollowUp("GG", "GG følger opp saken."));
		assertThat(four.notes()).endsWith("beholde ledelsen av Styringsgruppen eller ikke.");
		ImportedItem five = minutes.items().get(4);
		assertThat(five.subItems()).singleElement().satisfies(sub -> {
			assertThat(sub.title()).isEqualTo("Helsepersonellkommisjonen");
			assertThat(sub.raisedAtMeeting()).isTrue();
			assertThat(sub.notes()).startsWith("Kommisjonen løfter frem")
				.contains("Aktuelle spørsmål:")
				.endsWith("langsiktige prioriteringene.");
		});
		assertThat(minutes.allItems()).flatExtracting(ImportedItem::uncertain).isEmpty();
		assertThat(minutes.hasUncertain()).isFalse();
	}

	@Test
	void readsTheWorkingGroupMeeting() {
		ImportedMinutes minutes = Fixtures.parse(Fixtures.AG);
		assertThat(minutes.bodyName()).isEqualTo("Arbeidsgruppen");
		assertThat(minutes.date()).isEqualTo(LocalDate.of(2021, 6, 3));
		assertThat(minutes.endsAt()).isEqualTo(LocalTime.of(15, 30));
		assertThat(minutes.online()).isTrue();
		assertThat(minutes.attendees()).hasSize(17);
		assertThat(minutes.attendees()).filteredOn(a -> a.code().equals("PBG")).hasSize(2);
		assertThat(code(minutes, "RL").deputyName()).isEqualTo("Elena Sandgathe");
		assertThat(code(minutes, "OVK").section()).isEqualTo(AttendanceSection.OBSERVER);
		assertThat(code(minutes, "KW").section()).isEqualTo(AttendanceSection.SECRETARIAT);
		assertThat(minutes.items()).extracting(ImportedItem::caseNumber)
			.containsExactly("19-21", "20-21", "21-21", "22-21", "23-21", "24-21", "25-21", "26-21");
		assertThat(minutes.items()).extracting(ImportedItem::type)
			.containsExactly(AgendaItemType.APPROVAL, AgendaItemType.INFORMATION, AgendaItemType.DISCUSSION,
					AgendaItemType.DECISION, AgendaItemType.DECISION, AgendaItemType.DECISION, AgendaItemType.DECISION,
					AgendaItemType.INFORMATION);
		assertThat(minutes.items().getFirst().documents()).extracting(ImportedItem.Link::title)
			.containsExactly("Lenke til dokumenter for arbeidsgruppen i Teams", "Lenke via Sharepoint");
		assertThat(minutes.items().get(3).decision()).startsWith("Arbeidsgruppen støtter forslag til budsjett")
			.endsWith("(alternativ B).");
		assertThat(minutes.items().get(1).notes()).contains("- **Byggetrinn 4 – status.**");
		assertThat(minutes.allItems()).flatExtracting(ImportedItem::uncertain).isEmpty();
		assertThat(minutes.hasUncertain()).isFalse();
	}

	private static ImportedAttendee code(ImportedMinutes minutes, String code) {
		List<ImportedAttendee> rows = minutes.attendees().stream().filter(a -> code.equals(a.code())).toList();
		assertThat(rows).isNotEmpty();
		return rows.getFirst();
	}

}
