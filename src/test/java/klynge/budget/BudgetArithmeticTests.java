package klynge.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The arithmetic of seed 001, sak 22-21: both alternatives carry the same coordinator and
 * user-panel lines, and ten partners pay. A sets kr 650 000 in collaboration funds, which
 * makes kr 110 000 per partner; B sets kr 800 000, kr 125 000. (150 000 more in the pool
 * is 15 000 more each: ten partners; 10 × 110 000 − 650 000 = 450 000 for the other
 * lines.)
 */
class BudgetArithmeticTests {

	private static final UUID BUDGET = UUID.randomUUID();

	static List<BudgetLine> seedLines() {
		return List.of(line(LineKind.COLLABORATION_FUNDS, Direction.EXPENSE, "Samarbeidsmidler", 0),
				line(LineKind.COORDINATOR, Direction.EXPENSE, "Drift klyngekoordinator", 350_000),
				line(LineKind.USER_PANEL, Direction.EXPENSE, "Brukerpanel", 100_000));
	}

	static List<BudgetPartner> partners(int count, String category) {
		List<BudgetPartner> partners = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			partners.add(new BudgetPartner(UUID.randomUUID(), BUDGET, UUID.randomUUID(), "Partner " + i, category, null,
					null, 0));
		}
		return partners;
	}

	@Test
	void alternativeAOfTheSeedIs650000InThePoolAnd110000PerPartner() {
		BudgetArithmetic.Figures a = BudgetArithmetic.figures(alternative("A", 650_000), seedLines(),
				partners(10, "UNIVERSITY"), Sharing.EQUAL, Map.of());
		assertThat(a.alternative().collaborationFunds()).isEqualByComparingTo("650000");
		assertThat(a.unitShare()).isEqualByComparingTo("110000");
		assertThat(a.shares()).allSatisfy(share -> assertThat(share.amount()).isEqualByComparingTo("110000"));
		assertThat(a.expenses()).isEqualByComparingTo("1100000");
		assertThat(a.contributions()).isEqualByComparingTo("1100000");
		assertThat(a.balance()).isZero();
	}

	@Test
	void alternativeBOfTheSeedIs800000InThePoolAnd125000PerPartner() {
		BudgetArithmetic.Figures b = BudgetArithmetic.figures(alternative("B", 800_000), seedLines(),
				partners(10, "UNIVERSITY"), Sharing.EQUAL, Map.of());
		assertThat(b.unitShare()).isEqualByComparingTo("125000");
		assertThat(b.shares()).allSatisfy(share -> assertThat(share.amount()).isEqualByComparingTo("125000"));
		assertThat(b.expenses()).isEqualByComparingTo("1250000");
		assertThat(b.balance()).isZero();
	}

	@Test
	void otherIncomeLowersWhatThePartnersBring() {
		List<BudgetLine> lines = new ArrayList<>(seedLines());
		lines.add(line(LineKind.OTHER, Direction.INCOME, "Tilskudd", 100_000));
		BudgetArithmetic.Figures b = BudgetArithmetic.figures(alternative("B", 800_000), lines,
				partners(10, "UNIVERSITY"), Sharing.EQUAL, Map.of());
		assertThat(b.contributionsNeeded()).isEqualByComparingTo("1150000");
		assertThat(b.unitShare()).isEqualByComparingTo("115000");
		assertThat(b.income()).isEqualByComparingTo("1250000");
	}

	@Test
	void categoryWeightsSplitTheSameTotalUnevenly() {
		List<BudgetPartner> partners = new ArrayList<>(partners(8, "MUNICIPALITY"));
		partners.addAll(partners(1, "UNIVERSITY"));
		// a university weighs 2: 8 × 1 + 2 = 10 units of 110 000 in alternative A
		BudgetArithmetic.Figures a = BudgetArithmetic.figures(alternative("A", 650_000), seedLines(), partners,
				Sharing.CATEGORY, Map.of("UNIVERSITY", new BigDecimal("2")));
		assertThat(a.unitShare()).isEqualByComparingTo("110000");
		assertThat(a.shareOf(partners.getLast().organisationId())).isEqualByComparingTo("220000");
		assertThat(a.shareOf(partners.getFirst().organisationId())).isEqualByComparingTo("110000");
		assertThat(a.balance()).isZero();
	}

	@Test
	void roundingToWholeKronerShowsInTheBalance() {
		BudgetArithmetic.Figures odd = BudgetArithmetic.figures(alternative("C", 100_000),
				List.of(line(LineKind.COLLABORATION_FUNDS, Direction.EXPENSE, "Samarbeidsmidler", 0)), partners(3, "X"),
				Sharing.EQUAL, Map.of());
		assertThat(odd.unitShare()).isEqualByComparingTo("33333");
		assertThat(odd.balance()).isEqualByComparingTo("-1");
	}

	@Test
	void noPartnersMeansNoShares() {
		BudgetArithmetic.Figures none = BudgetArithmetic.figures(alternative("A", 650_000), seedLines(), List.of(),
				Sharing.EQUAL, Map.of());
		assertThat(none.unitShare()).isZero();
		assertThat(none.balance()).isEqualByComparingTo("-1100000");
	}

	static Alternative alternative(String letter, long pool) {
		return new Alternative(UUID.randomUUID(), BUDGET, letter, BigDecimal.valueOf(pool), null, 0);
	}

	static BudgetLine line(LineKind kind, Direction direction, String name, long amount) {
		return new BudgetLine(UUID.randomUUID(), BUDGET, kind, direction, name, BigDecimal.valueOf(amount), null, 0, 0);
	}

}
