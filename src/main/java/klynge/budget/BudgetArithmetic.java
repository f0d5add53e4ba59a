package klynge.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The sums of one alternative: expenses (the lines, with the alternative's pool), other
 * income, what the partners must bring together, and each partner's share. Nothing here
 * is typed by anyone: an alternative sets only its pool, and the shares follow from the
 * lines and the partners. Shares are whole kroner; the rounding left over shows in the
 * balance.
 */
public final class BudgetArithmetic {

	private BudgetArithmetic() {
	}

	/** One partner's contribution in one alternative. */
	public record Share(UUID organisationId, String name, String category, BigDecimal weight, BigDecimal amount) {
	}

	/**
	 * @param unitShare the share of a partner of weight 1 ("per partner" when shares are
	 * equal)
	 * @param balance other income + contributions − expenses (0 but for rounding)
	 */
	public record Figures(Alternative alternative, BigDecimal expenses, BigDecimal otherIncome,
			BigDecimal contributionsNeeded, BigDecimal unitShare, List<Share> shares, BigDecimal contributions,
			BigDecimal income, BigDecimal balance) {

		public Figures {
			shares = List.copyOf(shares);
		}

		public BigDecimal shareOf(UUID organisationId) {
			return shares.stream()
				.filter(s -> s.organisationId().equals(organisationId))
				.map(Share::amount)
				.findFirst()
				.orElse(BigDecimal.ZERO);
		}

	}

	public static Figures figures(Alternative alternative, List<BudgetLine> lines, List<BudgetPartner> partners,
			Sharing sharing, Map<String, BigDecimal> weights) {
		BigDecimal expenses = BigDecimal.ZERO;
		BigDecimal otherIncome = BigDecimal.ZERO;
		for (BudgetLine line : lines) {
			if (line.direction() == Direction.INCOME) {
				otherIncome = otherIncome.add(line.amountIn(alternative));
			}
			else {
				expenses = expenses.add(line.amountIn(alternative));
			}
		}
		BigDecimal needed = expenses.subtract(otherIncome).max(BigDecimal.ZERO);
		BigDecimal totalWeight = BigDecimal.ZERO;
		List<BigDecimal> partnerWeights = new ArrayList<>();
		for (BudgetPartner partner : partners) {
			BigDecimal weight = sharing == Sharing.CATEGORY ? weights.getOrDefault(partner.category(), BigDecimal.ONE)
					: BigDecimal.ONE;
			partnerWeights.add(weight);
			totalWeight = totalWeight.add(weight);
		}
		BigDecimal unit = totalWeight.signum() == 0 ? BigDecimal.ZERO
				: needed.divide(totalWeight, 10, RoundingMode.HALF_UP);
		List<Share> shares = new ArrayList<>();
		BigDecimal contributions = BigDecimal.ZERO;
		for (int i = 0; i < partners.size(); i++) {
			BudgetPartner partner = partners.get(i);
			BigDecimal amount = kroner(unit.multiply(partnerWeights.get(i)));
			shares.add(new Share(partner.organisationId(), partner.name(), partner.category(), partnerWeights.get(i),
					amount));
			contributions = contributions.add(amount);
		}
		BigDecimal income = otherIncome.add(contributions);
		return new Figures(alternative, expenses, otherIncome, needed, kroner(unit), shares, contributions, income,
				income.subtract(expenses));
	}

	private static BigDecimal kroner(BigDecimal amount) {
		return amount.setScale(0, RoundingMode.HALF_UP);
	}

}
