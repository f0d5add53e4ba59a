package klynge.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import klynge.KlyngeIntegrationTest;
import klynge.shared.YearInReview;
import klynge.shared.YearInReview.Chapter;
import klynge.shared.YearInReview.Table;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The strategy's chapter of the annual report from the demo: the lights at the end of
 * 2022 per goal, the seven lights set in 2022, the five inputs of sak 21-21 in 2021's
 * chapter; nothing for a year without an adopted strategy, nor for the other cluster.
 */
@KlyngeIntegrationTest
class StrategyYearTests {

	static final UUID ALREK = UUID.fromString("a1ec0000-0000-4000-8000-000000000001");

	static final UUID NORD = UUID.fromString("40d00000-0000-4000-8000-000000000002");

	static final Locale NB = Locale.forLanguageTag("nb");

	@Autowired
	List<YearInReview> chapters;

	YearInReview strategy() {
		return chapters.stream().filter(c -> c instanceof StrategyYear).findFirst().orElseThrow();
	}

	@Test
	void theChapterOf2022HasTheLightsAtTheEndOfTheYearAndTheChanges() {
		assertThat(strategy().order()).isEqualTo(80);
		Chapter chapter = strategy().chapter(ALREK, 2022, NB).orElseThrow();
		assertThat(chapter.key()).isEqualTo("strategy");
		assertThat(chapter.title()).isEqualTo("Strategi");
		assertThat(chapter.paragraphs().getFirst()).contains("Strategi for Alrek helseklynge 2021–2025", "7", "2022");
		Table lights = chapter.tables().getFirst();
		assertThat(lights.caption()).isEqualTo("Trafikklys per mål ved utgangen av 2022");
		assertThat(lights.rows()).hasSize(6);
		assertThat(lights.rows().getFirst()).containsExactly("Folkehelse og forebygging",
				"Minst halvparten av klyngens prosjekter har en kommune som partner og handler om forebygging eller helsefremmende arbeid.",
				"● Grønn: i rute");
		// goal 4 was green at the end of 2022 (it turned yellow in 2023)
		assertThat(lights.rows().get(3).get(2)).isEqualTo("● Grønn: i rute");
		Table changes = chapter.tables().get(1);
		assertThat(changes.rows()).hasSize(7);
		assertThat(changes.rows()).allSatisfy(row -> assertThat(row.getFirst()).endsWith(".2022"));
		assertThat(chapter.tables()).as("no inputs in 2022").hasSize(2);
		assertThat(chapter.charts().getFirst().series().getFirst().values()).containsExactly(3L, 2L, 1L, 0L);
	}

	@Test
	void theChapterOf2021HasTheFiveInputsOfSak2121() {
		Chapter chapter = strategy().chapter(ALREK, 2021, NB).orElseThrow();
		Table inputs = chapter.tables().getLast();
		assertThat(inputs.caption()).isEqualTo("Innspill mottatt i 2021");
		assertThat(inputs.rows()).hasSize(5)
			.allSatisfy(row -> assertThat(row).contains("03.06.2021", "Arbeidsgruppen",
					"Sak 21-21 Rapportering fra strategiarbeidet", "Tatt inn i strategien"));
		assertThat(inputs.rows().get(2)).contains("Sosial og økonomisk ulikhet i helse er et viktig tema.");
		Chapter english = strategy().chapter(ALREK, 2021, Locale.ENGLISH).orElseThrow();
		assertThat(english.tables().getFirst().rows().getFirst().get(2)).isEqualTo("▲ Yellow: somewhat delayed");
	}

	@Test
	void noChapterWithoutAnAdoptedStrategy() {
		assertThat(strategy().chapter(ALREK, 2019, NB)).isEmpty();
		assertThat(strategy().chapter(NORD, 2022, NB)).isEmpty();
	}

}
