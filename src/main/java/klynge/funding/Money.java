package klynge.funding;

import java.math.BigDecimal;

import klynge.shared.Amounts;

/**
 * Amounts the Norwegian way, "kr 650 000" (written by {@link Amounts}, as the budget's),
 * and shares as "50 %".
 */
public final class Money {

	private static final char NBSP = '\u00a0';

	private Money() {
	}

	public static String format(BigDecimal amount) {
		return Amounts.format(amount);
	}

	public static String percent(BigDecimal share) {
		if (share == null) {
			return "";
		}
		BigDecimal percent = share.multiply(BigDecimal.valueOf(100)).stripTrailingZeros();
		return percent.toPlainString().replace('.', ',') + NBSP + "%";
	}

}
