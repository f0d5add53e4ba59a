package klynge.funding.review;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import klynge.funding.Criterion;
import klynge.funding.review.Ranking.Candidate;
import klynge.funding.review.Ranking.Fit;
import klynge.funding.review.Ranking.Row;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The arithmetic of weighted scores and of the ranking within the frame. */
class RankingTests {

	private static final UUID CALL = UUID.randomUUID();

	private static final Criterion RELEVANCE = new Criterion(UUID.randomUUID(), CALL, 1, "Relevans", null, 40, 0);

	private static final Criterion COLLABORATION = new Criterion(UUID.randomUUID(), CALL, 2, "Samarbeid", null, 35, 0);

	private static final Criterion FEASIBILITY = new Criterion(UUID.randomUUID(), CALL, 3, "Gjennomførbarhet", null, 25,
			0);

	private static final List<Criterion> CRITERIA = List.of(RELEVANCE, COLLABORATION, FEASIBILITY);

	@Test
	void aReviewIsTheWeightedMeanOfItsScores() {
		// 6·40 + 5·35 + 6·25 = 565; / 100 = 5,65
		assertThat(
				WeightedScore.ofReview(CRITERIA, Map.of(RELEVANCE.id(), 6, COLLABORATION.id(), 5, FEASIBILITY.id(), 6)))
			.isEqualByComparingTo("5.65");
		// 7·40 + 1·35 + 4·25 = 415 → 4,15
		assertThat(
				WeightedScore.ofReview(CRITERIA, Map.of(RELEVANCE.id(), 7, COLLABORATION.id(), 1, FEASIBILITY.id(), 4)))
			.isEqualByComparingTo("4.15");
	}

	@Test
	void weightsThatDoNotAddUpToAHundredAreNormalised() {
		Criterion a = new Criterion(UUID.randomUUID(), CALL, 1, "A", null, 1, 0);
		Criterion b = new Criterion(UUID.randomUUID(), CALL, 2, "B", null, 2, 0);
		// (3·1 + 6·2) / 3 = 5
		assertThat(WeightedScore.ofReview(List.of(a, b), Map.of(a.id(), 3, b.id(), 6))).isEqualByComparingTo("5");
	}

	@Test
	void aReviewWithAnUnscoredWeightedCriterionHasNoScoreYet() {
		assertThat(WeightedScore.ofReview(CRITERIA, Map.of(RELEVANCE.id(), 6, COLLABORATION.id(), 5))).isNull();
	}

	@Test
	void anApplicationsScoreIsTheMeanOfItsReviewsRoundedHalfUp() {
		assertThat(WeightedScore.mean(List.of(new BigDecimal("5.65"), new BigDecimal("4.10"))))
			.isEqualByComparingTo("4.88"); // 9,75 / 2 = 4,875 → 4,88
		assertThat(WeightedScore.mean(List.of())).isNull();
	}

	@Test
	void theDemoRankingSharesSecondPlaceAtTheLimitOfTheFrame() {
		// As the demo: frame kr 300 000; 5,65 for kr 120 000, then two of 5,10 for kr 120
		// 000
		// each (kr 240 000 > the kr 180 000 left, but each alone fits), then 4,25.
		Candidate first = candidate("Digital hjemmeoppfølging", "120000", "5.65");
		Candidate tiedA = candidate("Felles kompetanseløft", "120000", "5.10");
		Candidate tiedB = candidate("Munnhelse hos eldre", "120000", "5.10");
		Candidate last = candidate("Brukerstyrt innovasjon", "100000", "4.25");
		Candidate unscored = candidate("Ikke vurdert", "50000");
		List<Row> rows = Ranking.rank(List.of(last, tiedB, unscored, first, tiedA), new BigDecimal("300000"));

		assertThat(rows).extracting(r -> r.candidate().title())
			.containsExactly("Digital hjemmeoppfølging", "Felles kompetanseløft", "Munnhelse hos eldre",
					"Brukerstyrt innovasjon", "Ikke vurdert");
		assertThat(rows).extracting(Row::rank).containsExactly(1, 2, 2, 4, null);
		assertThat(rows).extracting(Row::tied).containsExactly(1, 2, 2, 1, 0);
		assertThat(rows).extracting(Row::fit)
			.containsExactly(Fit.FITS, Fit.TIE_AT_LIMIT, Fit.TIE_AT_LIMIT, Fit.OUTSIDE, Fit.NOT_SCORED);
		assertThat(rows.get(0).proposed()).isEqualByComparingTo("120000");
		assertThat(rows.get(1).proposed()).isNull();
		assertThat(rows.get(1).left()).isEqualByComparingTo("180000");
		// the frame is spent at the tie: the smaller application below it does not jump
		// the queue
		assertThat(rows.get(3).proposed()).isNull();
	}

	@Test
	void aTieThatFitsTogetherIsAwardedWhole() {
		List<Row> rows = Ranking.rank(
				List.of(candidate("A", "100000", "5"), candidate("B", "100000", "5"),
						candidate("C", "100000", "4.5", "5.5"), candidate("D", "100000", "3")),
				new BigDecimal("300000"));
		// C's mean is 5 too: three share first place and fill the frame exactly
		assertThat(rows).extracting(Row::rank).containsExactly(1, 1, 1, 4);
		assertThat(rows).extracting(Row::fit).containsExactly(Fit.FITS, Fit.FITS, Fit.FITS, Fit.OUTSIDE);
		assertThat(rows.stream().map(Row::proposed).filter(p -> p != null).reduce(BigDecimal.ZERO, BigDecimal::add))
			.isEqualByComparingTo("300000");
	}

	@Test
	void aSingleApplicationLargerThanWhatIsLeftIsOutside() {
		List<Row> rows = Ranking.rank(List.of(candidate("A", "250000", "6"), candidate("B", "100000", "5")),
				new BigDecimal("300000"));
		assertThat(rows).extracting(Row::fit).containsExactly(Fit.FITS, Fit.OUTSIDE);
	}

	@Test
	void withoutAKnownFrameNothingIsProposed() {
		List<Row> rows = Ranking.rank(List.of(candidate("A", "250000", "6")), null);
		assertThat(rows).extracting(Row::fit).containsExactly(Fit.UNKNOWN_FRAME);
		assertThat(rows.get(0).proposed()).isNull();
	}

	private static Candidate candidate(String title, String applied, String... reviews) {
		return new Candidate(UUID.randomUUID(), title, "HVL", new BigDecimal(applied),
				java.util.Arrays.stream(reviews).map(BigDecimal::new).toList());
	}

}
