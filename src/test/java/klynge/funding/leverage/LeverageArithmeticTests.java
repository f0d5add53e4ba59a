package klynge.funding.leverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import klynge.funding.leverage.LeverageArithmetic.Summary;
import klynge.shared.RuleViolation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The sums of the leverage: seed and follow-on money per seed year and fund, the ratio
 * (and no division by zero), and the checks of typed follow-on funding.
 */
class LeverageArithmeticTests {

	static final UUID COLLABORATION_2023 = UUID.randomUUID();

	static final UUID NAMED = UUID.randomUUID();

	static final UUID COLLABORATION_2024 = UUID.randomUUID();

	static Project project(int year, UUID fund, String fundName, String title, long seed) {
		return new Project(UUID.randomUUID(), year, fund, fundName, title, BigDecimal.valueOf(seed));
	}

	static FollowOn followOn(Project project, long amount, FollowOnStatus status) {
		return new FollowOn(UUID.randomUUID(), project.awardId(), "Forskningsrådet", "Videre", null,
				BigDecimal.valueOf(amount), status, 2024, status == FollowOnStatus.GRANTED ? 2024 : null, null, "x",
				Instant.now(), 0);
	}

	@Test
	void sumsSeedAndFollowOnPerYearAndFund() {
		Project a = project(2023, COLLABORATION_2023, "Samarbeidsmidler 2023", "A", 100_000);
		Project b = project(2023, COLLABORATION_2023, "Samarbeidsmidler 2023", "B", 700_000);
		Project c = project(2023, NAMED, "Hegermanns fond", "C", 200_000);
		Project d = project(2024, COLLABORATION_2024, "Samarbeidsmidler 2024", "D", 500_000);
		List<FollowOn> followOns = List.of(followOn(a, 12_000_000, FollowOnStatus.GRANTED),
				followOn(b, 2_400_000, FollowOnStatus.GRANTED), followOn(b, 18_000_000, FollowOnStatus.APPLIED),
				followOn(c, 1_500_000, FollowOnStatus.REJECTED));

		Summary summary = LeverageArithmetic.summarise(List.of(d, c, b, a), followOns);

		assertThat(summary.years()).extracting(LeverageArithmetic.YearGroup::year).containsExactly(2024, 2023);
		var y2023 = summary.years().get(1);
		assertThat(y2023.figures().seed()).isEqualByComparingTo("1000000");
		assertThat(y2023.figures().projects()).isEqualTo(3);
		// applied counts every application, whatever came of it
		assertThat(y2023.figures().applied()).isEqualByComparingTo("33900000");
		assertThat(y2023.figures().granted()).isEqualByComparingTo("14400000");
		assertThat(y2023.figures().ratio()).isEqualTo("1 : 14,4");
		assertThat(y2023.funds()).extracting(LeverageArithmetic.FundGroup::fund)
			.containsExactly("Hegermanns fond", "Samarbeidsmidler 2023");
		var collaboration = y2023.funds().get(1);
		assertThat(collaboration.figures().seed()).isEqualByComparingTo("800000");
		assertThat(collaboration.figures().granted()).isEqualByComparingTo("14400000");
		assertThat(collaboration.figures().ratio()).isEqualTo("1 : 18,0");
		assertThat(collaboration.projects()).extracting(p -> p.project().title()).containsExactly("A", "B");
		assertThat(collaboration.projects().get(1).applied()).isEqualByComparingTo("20400000");
		assertThat(collaboration.projects().get(1).granted()).isEqualByComparingTo("2400000");
		var named = y2023.funds().get(0);
		assertThat(named.figures().granted()).isEqualByComparingTo("0");
		assertThat(named.figures().ratio()).isEqualTo("1 : 0,0");
		var y2024 = summary.years().get(0);
		assertThat(y2024.figures().applied()).isEqualByComparingTo("0");
		assertThat(summary.total().seed()).isEqualByComparingTo("1500000");
		assertThat(summary.total().projects()).isEqualTo(4);
		assertThat(summary.total().granted()).isEqualByComparingTo("14400000");
		assertThat(summary.total().ratio()).isEqualTo("1 : 9,6");
	}

	@Test
	void noProjectsGiveNoYearsAndNoRatio() {
		Summary summary = LeverageArithmetic.summarise(List.of(), List.of());
		assertThat(summary.years()).isEmpty();
		assertThat(summary.total().seed()).isEqualByComparingTo("0");
		assertThat(summary.total().ratio()).isEqualTo("–");
	}

	@Test
	void theRatioNeverDividesByZeroAndRoundsHalfUp() {
		assertThat(LeverageArithmetic.ratio(BigDecimal.ZERO, BigDecimal.TEN)).isEqualTo("–");
		assertThat(LeverageArithmetic.ratio(null, BigDecimal.TEN)).isEqualTo("–");
		assertThat(LeverageArithmetic.ratio(new BigDecimal("100000"), new BigDecimal("745000"))).isEqualTo("1 : 7,5");
		assertThat(LeverageArithmetic.ratio(new BigDecimal("100000"), new BigDecimal("744999"))).isEqualTo("1 : 7,4");
		assertThat(LeverageArithmetic.ratio(new BigDecimal("800000"), null)).isEqualTo("1 : 0,0");
	}

	@Test
	void followOnMoneyOfAnotherClustersOrUnknownProjectIsNotCounted() {
		Project a = project(2023, COLLABORATION_2023, "Samarbeidsmidler 2023", "A", 100_000);
		Project stranger = project(2023, COLLABORATION_2023, "Samarbeidsmidler 2023", "X", 1);
		Summary summary = LeverageArithmetic.summarise(List.of(a),
				List.of(followOn(stranger, 5_000_000, FollowOnStatus.GRANTED)));
		assertThat(summary.total().granted()).isEqualByComparingTo("0");
	}

	@Test
	void typedFollowOnFundingIsReadTheNorwegianWay() {
		var checked = new FollowOnInput(" Helse Vest ", "Tittel", "", "kr 2 400 000,50", "granted", "2023", "2024", "")
			.check();
		assertThat(checked.funder()).isEqualTo("Helse Vest");
		assertThat(checked.amount()).isEqualByComparingTo("2400000.50");
		assertThat(checked.status()).isEqualTo(FollowOnStatus.GRANTED);
		assertThat(checked.grantedYear()).isEqualTo(2024);
		assertThat(checked.reference()).isNull();
		var applied = new FollowOnInput("EU", "T", null, "12\u00a0000\u00a0000", "APPLIED", "2025", "2026", null)
			.check();
		assertThat(applied.amount()).isEqualByComparingTo("12000000");
		assertThat(applied.grantedYear()).as("only a granted application has a granted year").isNull();
	}

	@Test
	void badInputIsRefusedNamingTheField() {
		assertRefused(new FollowOnInput("", "T", null, "1", "APPLIED", "2024", null, null), "funder",
				"leverage.rule.required");
		assertRefused(new FollowOnInput("F", " ", null, "1", "APPLIED", "2024", null, null), "title",
				"leverage.rule.required");
		assertRefused(new FollowOnInput("F", "T", null, "mye", "APPLIED", "2024", null, null), "amount",
				"leverage.rule.amount");
		assertRefused(new FollowOnInput("F", "T", null, "-5", "APPLIED", "2024", null, null), "amount",
				"leverage.rule.amount");
		assertRefused(new FollowOnInput("F", "T", null, "0", "APPLIED", "2024", null, null), "amount",
				"leverage.rule.amount");
		assertRefused(new FollowOnInput("F", "T", null, "1,555", "APPLIED", "2024", null, null), "amount",
				"leverage.rule.amount");
		assertRefused(new FollowOnInput("F", "T", null, "1", "MAYBE", "2024", null, null), "status",
				"leverage.rule.status");
		assertRefused(new FollowOnInput("F", "T", null, "1", "APPLIED", "24", null, null), "appliedYear",
				"leverage.rule.year");
		assertRefused(new FollowOnInput("F", "T", null, "1", "GRANTED", "2024", "", null), "grantedYear",
				"leverage.rule.grantedYear");
		assertRefused(new FollowOnInput("F", "T", null, "1", "GRANTED", "2024", "2023", null), "grantedYear",
				"leverage.rule.grantedBeforeApplied");
		assertRefused(new FollowOnInput("F".repeat(201), "T", null, "1", "APPLIED", "2024", null, null), "funder",
				"leverage.rule.tooLong");
	}

	private static void assertRefused(FollowOnInput input, String field, String key) {
		assertThatThrownBy(input::check).isInstanceOfSatisfying(RuleViolation.class, violation -> {
			assertThat(violation.field()).isEqualTo(field);
			assertThat(violation.messageKey()).isEqualTo(key);
		});
	}

}
