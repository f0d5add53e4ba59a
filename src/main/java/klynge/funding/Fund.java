package klynge.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A fund calls are made from. A collaboration fund names its budget year and may carry a
 * typed amount (the fallback while no budget is adopted); a named fund (Rebekka Ege
 * Hegermanns fond 2023–2024) has its own period and amount.
 */
public record Fund(UUID id, FundKind kind, String name, Integer year, LocalDate validFrom, LocalDate validTo,
		BigDecimal amount, String description, int version) {

	public boolean isCollaboration() {
		return kind == FundKind.COLLABORATION;
	}

}
