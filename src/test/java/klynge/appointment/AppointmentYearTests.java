package klynge.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import klynge.KlyngeIntegrationTest;
import klynge.shared.YearInReview;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The appointments chapter of the annual report: order 90, the demo's terms that began or
 * ended in the year by name and position, nothing for a year without any, and nothing of
 * Alrek's for the other cluster.
 */
@KlyngeIntegrationTest
class AppointmentYearTests {

	static final UUID ALREK = UUID.fromString("a1ec0000-0000-4000-8000-000000000001");

	static final UUID NORD = UUID.fromString("40d00000-0000-4000-8000-000000000002");

	@Autowired
	List<YearInReview> chapters;

	@Test
	void theChapterOf2023NamesTheEndOfSpechtsTermAndNoContactData() {
		YearInReview appointments = chapters.stream()
			.filter(AppointmentYear.class::isInstance)
			.findFirst()
			.orElseThrow();
		assertThat(appointments.order()).isEqualTo(90);
		YearInReview.Chapter chapter = appointments.chapter(ALREK, 2023, Locale.forLanguageTag("nb")).orElseThrow();
		assertThat(chapter.key()).isEqualTo("appointments");
		assertThat(chapter.title()).isEqualTo("Verv");
		assertThat(chapter.tables().getFirst().rows())
			.contains(List.of("Leder for Styringsgruppen", "Karsten Specht", "01.09.2022–31.12.2023", "Sluttet"));
		assertThat(chapter.toString()).doesNotContain("@");
		YearInReview.Chapter english = appointments.chapter(ALREK, 2026, Locale.ENGLISH).orElseThrow();
		assertThat(english.tables().getFirst().rows())
			.contains(List.of("Leder for Brukerpanelet", "Frøydis Kristine Bruvik", "01.01.2026–15.03.2027", "Began"));
		assertThat(appointments.chapter(ALREK, 2010, Locale.forLanguageTag("nb"))).isEmpty();
		assertThat(appointments.chapter(NORD, 2023, Locale.forLanguageTag("nb"))).isEmpty();
	}

}
