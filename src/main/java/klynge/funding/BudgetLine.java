package klynge.funding;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A line of what is applied for; {@code organisationId} is whose staff a buy-out pays.
 */
public record BudgetLine(BudgetLineKind kind, String description, UUID organisationId, BigDecimal amount) {

	public boolean isBuyout() {
		return kind == BudgetLineKind.BUYOUT;
	}

}
