package klynge.budget;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A line of the budget; {@code amount} is unused for the pool, which each alternative
 * sets. {@code actual} is what was really spent or received, null until known.
 */
public record BudgetLine(UUID id, UUID budgetId, LineKind kind, Direction direction, String name, BigDecimal amount,
		BigDecimal actual, int position, int version) {

	public boolean pool() {
		return kind == LineKind.COLLABORATION_FUNDS;
	}

	/** The line's amount in an alternative. */
	public BigDecimal amountIn(Alternative alternative) {
		return pool() ? alternative.collaborationFunds() : amount;
	}

}
