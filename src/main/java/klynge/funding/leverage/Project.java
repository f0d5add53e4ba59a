package klynge.funding.leverage;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A funded project as the leverage sees it: the award (its id is the project's id), the
 * year its seed money belongs to (the fund's year, or the first year of a named fund's
 * period), the fund, the application's title and the seed money awarded.
 */
public record Project(UUID awardId, int year, UUID fundId, String fund, String title, BigDecimal seed) {
}
