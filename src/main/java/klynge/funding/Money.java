package klynge.funding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Amounts the Norwegian way, "kr 650 000" (no-break space between thousands, øre only
 * when there are any), and shares as "50 %".
 */
public final class Money {

	private static final char NBSP = '\u00a0';

	private Money() {
	}

	public static String format(BigDecimal amount) {
		if (amount == null) {
			return "";
		}
		DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
		symbols.setGroupingSeparator(NBSP);
		symbols.setDecimalSeparator(',');
		symbols.setMinusSign('−');
		boolean whole = amount.stripTrailingZeros().scale() <= 0;
		DecimalFormat format = new DecimalFormat(whole ? "#,##0" : "#,##0.00", symbols);
		return "kr" + NBSP + format.format(amount.setScale(whole ? 0 : 2, RoundingMode.HALF_UP));
	}

	public static String percent(BigDecimal share) {
		if (share == null) {
			return "";
		}
		BigDecimal percent = share.multiply(BigDecimal.valueOf(100)).stripTrailingZeros();
		return percent.toPlainString().replace('.', ',') + NBSP + "%";
	}

}
