package klynge.funding;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Port the budget module implements: the collaboration funds (samarbeidsmidler) of the
 * adopted budget of a year, in the current cluster. Empty when no budget of that year is
 * adopted; then a fund uses the amount typed on it.
 */
public interface AdoptedBudgets {

	Optional<BigDecimal> collaborationFunds(int year);

}
