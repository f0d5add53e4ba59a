package klynge.budget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import klynge.budget.BudgetArithmetic.Figures;
import klynge.budget.BudgetRepository.Revision;

/**
 * A budget as its page, the API, the meeting view and the exports show it: lines,
 * alternatives side by side with their computed figures, partners, the items it is the
 * basis of, the adoption and the revisions since.
 */
public record BudgetSheet(Budget budget, List<BudgetLine> lines, List<Alternative> alternatives,
		List<BudgetPartner> partners, Map<String, BigDecimal> weights, List<Figures> figures, List<LinkedItem> items,
		List<Revision> revisions) {

	/** An agenda item the budget is the basis of; {@code label} "Sak 22-21". */
	public record LinkedItem(UUID itemId, UUID meetingId, String caseNumber, String title, String bodyName,
			LocalDate meetingDate, boolean adoptedHere) {
	}

	public Alternative adopted() {
		return alternatives.stream().filter(a -> a.id().equals(budget.adoptedAlternativeId())).findFirst().orElse(null);
	}

	public Figures adoptedFigures() {
		return figures.stream()
			.filter(f -> f.alternative().id().equals(budget.adoptedAlternativeId()))
			.findFirst()
			.orElse(null);
	}

	public LinkedItem adoptedItem() {
		return items.stream().filter(LinkedItem::adoptedHere).findFirst().orElse(null);
	}

	public boolean hasPool() {
		return lines.stream().anyMatch(BudgetLine::pool);
	}

	/**
	 * The figures of the alternative the follow-through compares with: the adopted one.
	 */
	public BigDecimal budgetedIn(BudgetLine line) {
		Alternative adopted = adopted();
		return adopted == null ? null : line.amountIn(adopted);
	}

	public BigDecimal dueFrom(UUID organisationId) {
		Figures figures = adoptedFigures();
		return figures == null ? null : figures.shareOf(organisationId);
	}

}
