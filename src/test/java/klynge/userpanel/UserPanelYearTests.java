package klynge.userpanel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import klynge.KlyngeIntegrationTest;
import klynge.shared.YearInReview;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The user panel's chapter of the annual report, from the demo: the period of the year,
 * its members and organisations, the meetings held, and the assignments; nothing for a
 * year without the panel or for the other cluster.
 */
@KlyngeIntegrationTest
class UserPanelYearTests {

	static final UUID ALREK = UUID.fromString("a1ec0000-0000-4000-8000-000000000001");

	static final UUID NORD = UUID.fromString("40d00000-0000-4000-8000-000000000002");

	@Autowired
	List<YearInReview> chapters;

	YearInReview userPanel() {
		return chapters.stream().filter(UserPanelYear.class::isInstance).findFirst().orElseThrow();
	}

	@Test
	void theChapterOf2023HasTheNewPeriodItsMembersTheConstitutingMeetingAndTheAssignment() {
		assertThat(userPanel().order()).isEqualTo(60);
		YearInReview.Chapter chapter = userPanel().chapter(ALREK, 2023, Locale.forLanguageTag("nb")).orElseThrow();
		assertThat(chapter.key()).isEqualTo("user-panel");
		assertThat(chapter.title()).isEqualTo("Brukerpanelet");
		assertThat(chapter.paragraphs()).containsExactly("Brukerpanel 2023–2025 (2023–2025).",
				"Brukerpanelet hadde 8 medlemmer fra 8 organisasjoner i året.", "Brukerpanelet holdt 1 møter i året.");
		assertThat(chapter.tables()).singleElement().satisfies(table -> {
			assertThat(table.columns()).containsExactly("Brukerrepresentant", "Eksternt organ eller prosjekt",
					"Forespurt av", "Status");
			assertThat(table.rows())
				.contains(List.of("Kjell Tveit", "Pasientens legemiddelliste", "Direktoratet for e-helse", "oppnevnt"));
		});
		// public content only: no notes
		assertThat(chapter.toString()).doesNotContain("Forespørsel fra direktoratet", "example.org");
	}

	@Test
	void theChapterOf2021HasTheEarlierPeriodInTheReadersLanguage() {
		YearInReview.Chapter chapter = userPanel().chapter(ALREK, 2021, Locale.ENGLISH).orElseThrow();
		assertThat(chapter.title()).isEqualTo("The user panel");
		assertThat(chapter.paragraphs()).contains("Brukerpanel 2020–2022 (2020–2022).",
				"The user panel had 6 members from 6 organisations in the year.");
		assertThat(chapter.tables().getFirst().rows()).anySatisfy(row -> assertThat(row).contains("assigned"));
	}

	@Test
	void noChapterWithoutThePanelThatYear() {
		assertThat(userPanel().chapter(ALREK, 1990, Locale.forLanguageTag("nb"))).isEqualTo(Optional.empty());
		assertThat(userPanel().chapter(NORD, 2023, Locale.forLanguageTag("nn"))).isEqualTo(Optional.empty());
	}

}
