package klynge.budget;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A paying partner of the budget's year, its category (an organisation type, for weighted
 * shares) and its invoice dates.
 */
public record BudgetPartner(UUID id, UUID budgetId, UUID organisationId, String name, String category,
		LocalDate invoicedOn, LocalDate paidOn, int version) {
}
