package klynge.funding;

import java.math.BigDecimal;

/**
 * How much a fund has to give and where the figure comes from: the adopted budget, or the
 * amount typed on the fund (a named fund always; a collaboration fund until its budget is
 * adopted), or nothing known yet.
 */
public record FundFrame(BigDecimal amount, Source source) {

	public enum Source {

		ADOPTED_BUDGET, TYPED, UNKNOWN;

		public String messageKey() {
			return "funding.fund.source." + name();
		}

	}

}
