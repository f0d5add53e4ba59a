package klynge.collaboration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import klynge.KlyngeIntegrationTest;
import klynge.shared.YearInReview;
import klynge.shared.YearInReview.Chapter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The annual report's chapter on collaboration partners, from the demo: 2021 formalised
 * three partnerships (Arbeidsgruppen, sak 25-21) and held Alrekdagene with two of them;
 * 2023 opened talks the public does not see yet, so only Alrekdagene 2023 is told. A
 * partner staff hide is never named; the other cluster has no chapter.
 */
@KlyngeIntegrationTest
class CollaborationYearTests {

	static final UUID ALREK = UUID.fromString("a1ec0000-0000-4000-8000-000000000001");

	static final UUID NORD = UUID.fromString("40d00000-0000-4000-8000-000000000002");

	static final Locale BOKMAL = Locale.forLanguageTag("nb");

	@Autowired
	List<YearInReview> chapters;

	@Autowired
	JdbcClient jdbc;

	YearInReview collaboration() {
		return chapters.stream().filter(c -> c instanceof CollaborationYear).findFirst().orElseThrow();
	}

	static String all(Chapter chapter) {
		return String.join("\n", chapter.paragraphs()) + "\n" + chapter.tables();
	}

	@Test
	void theChapterStandsSeventiethAndTellsWhatWasFormalisedAndHeldTogether() {
		assertThat(collaboration().order()).isEqualTo(70);
		Chapter chapter = collaboration().chapter(ALREK, 2021, BOKMAL).orElseThrow();
		assertThat(chapter.key()).isEqualTo("collaboration");
		assertThat(chapter.title()).isEqualTo("Samarbeidspartnere");
		assertThat(chapter.paragraphs()).anySatisfy(p -> assertThat(p).startsWith("I 2021 ble samarbeidet med")
			.contains("Idrettsklynge Vest", "Polyfon kunnskapsklynge for musikkterapi",
					"Kunnskapskommunen Helse Omsorg Vest")
			.endsWith("formalisert."));
		assertThat(chapter.tables()).hasSize(2);
		assertThat(chapter.tables().getFirst().rows()).hasSize(3)
			.allSatisfy(row -> assertThat(row.subList(1, 3)).containsExactly("Formalisert", "03.06.2021"));
		assertThat(chapter.tables().get(1).rows()).singleElement()
			.satisfies(row -> assertThat(row.get(0)).isEqualTo("Alrekdagene 2021"))
			.satisfies(row -> assertThat(row.get(2)).contains("Idrettsklynge Vest", "Polyfon"));
		assertThat(all(chapter)).doesNotContain("example.org", "Ola Nordmann");

		Chapter english = collaboration().chapter(ALREK, 2021, Locale.ENGLISH).orElseThrow();
		assertThat(english.title()).isEqualTo("Collaboration partners");
		assertThat(english.paragraphs()).anySatisfy(p -> assertThat(p).contains("was formalised"));
	}

	@Test
	void talksThePublicDoesNotSeeAreNotNamed() {
		Chapter chapter = collaboration().chapter(ALREK, 2023, BOKMAL).orElseThrow();
		assertThat(all(chapter)).contains("Alrekdagene 2023").doesNotContain("Olaviken", "Verdighetssenteret");
		assertThat(collaboration().chapter(ALREK, 1999, BOKMAL)).isEmpty();
		assertThat(collaboration().chapter(NORD, 2021, BOKMAL)).isEmpty();
	}

	@Test
	void aPartnerStaffHideIsNeverNamed() {
		String hidden = "Skjult " + System.nanoTime();
		String shown = "Vist " + System.nanoTime();
		partner(hidden, "FORMALISED", false);
		partner(shown, "DIALOG", true);
		Chapter chapter = collaboration().chapter(ALREK, 2019, BOKMAL).orElseThrow();
		assertThat(all(chapter)).contains(shown, "innledet klyngen dialog").doesNotContain(hidden);
	}

	private void partner(String name, String status, boolean show) {
		UUID id = jdbc.sql("""
				insert into collaboration_partner (cluster_id, name, kind, status, status_since, show_publicly)
				values (?, ?, 'NETWORK', ?, '2019-05-02', ?) returning id""")
			.params(ALREK, name, status, show)
			.query(UUID.class)
			.single();
		jdbc.sql("""
				insert into collaboration_status_change (cluster_id, partner_id, status, changed_on, changed_by)
				values (?, ?, ?, '2019-05-02', 'test')""").params(ALREK, id, status).update();
	}

}
