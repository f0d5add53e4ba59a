package klynge.funding.award;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** The awards of one fund in a year's list, with their sum. */
public record FundAwards(UUID fundId, String fundName, List<PublicAward> awards) {

	public FundAwards {
		awards = List.copyOf(awards);
	}

	public BigDecimal total() {
		return awards.stream().map(PublicAward::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
