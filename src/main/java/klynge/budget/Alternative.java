package klynge.budget;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * One alternative of a budget ("A", "B"): the pool of collaboration funds it proposes.
 */
public record Alternative(UUID id, UUID budgetId, String letter, BigDecimal collaborationFunds, String note,
		int version) {
}
