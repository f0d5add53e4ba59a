package klynge.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amounts in kroner, read as people type them and written as the cluster writes them. One
 * reader for every form (budget, application, awards, follow-on funding), so "kr 650
 * 000", "650.000", "650 000,50", "1 500,-", "1,5 mill." mean the same everywhere; the
 * caller decides what a refusal says beside its field.
 */
public final class Amounts {

	/** The largest amount any form takes: twelve digits of kroner. */
	public static final BigDecimal MAX = new BigDecimal("999999999999.99");

	private static final char NBSP = '\u00a0';

	private static final Pattern CURRENCY = Pattern.compile("(?i)^(kr\\.?|nok)\\s*|\\s*(kr\\.?|nok|[,.]-)$");

	private static final Pattern MILLION = Pattern.compile("(?i)\\s*(mill\\.?|millioner|million|mnok)$");

	private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}(X\\d{3})+(D\\d+)?");

	private static final Pattern PLAIN = Pattern.compile("-?\\d+(D\\d+)?");

	private Amounts() {
	}

	/**
	 * A typed amount: "kr" or "NOK" before or after, ",-" after, spaces (also no-break
	 * and narrow ones) or dots between thousands, a comma (or a dot before one or two
	 * digits) before øre, "mill." for millions, "−" or "-" for minus.
	 * @return null for null or blank; the number as typed otherwise (it may be negative
	 * or have more than two decimals: see {@link #valid})
	 * @throws NumberFormatException when the text is not an amount
	 */
	public static BigDecimal parse(String text) {
		if (text == null || text.replaceAll("[\\s\u00a0\u202f]", "").isEmpty()) {
			return null;
		}
		String s = text.strip().replace('\u2212', '-');
		boolean millions = false;
		Matcher million = MILLION.matcher(s);
		if (million.find()) {
			millions = true;
			s = s.substring(0, million.start());
		}
		// "kr 1 500,-": currency and dash may both be there, in either order
		for (int i = 0; i < 2; i++) {
			s = CURRENCY.matcher(s.strip()).replaceAll("");
		}
		s = s.replaceAll("[\\s\u00a0\u202f_']", "");
		String marked = marked(s);
		if (marked == null || !(PLAIN.matcher(marked).matches() || GROUPED.matcher(marked).matches())) {
			throw new NumberFormatException("not an amount: " + text);
		}
		BigDecimal amount = new BigDecimal(marked.replace("X", "").replace('D', '.'));
		if (millions) {
			amount = amount.multiply(BigDecimal.valueOf(1_000_000)).stripTrailingZeros();
			return amount.scale() < 0 ? amount.setScale(0) : amount;
		}
		return amount;
	}

	/**
	 * Marks the separators: X between thousands, D before the decimals; null when they
	 * cannot be told apart.
	 */
	private static String marked(String s) {
		int commas = count(s, ','), dots = count(s, '.');
		if (commas > 0 && dots > 0) {
			// "1.500,50" or "1,500.50": the last one is the decimal separator
			char decimal = s.lastIndexOf(',') > s.lastIndexOf('.') ? ',' : '.';
			char group = decimal == ',' ? '.' : ',';
			if (count(s, decimal) > 1) {
				return null;
			}
			return s.replace(group, 'X').replace(decimal, 'D');
		}
		char only = commas > 0 ? ',' : '.';
		int n = Math.max(commas, dots);
		if (n == 0) {
			return s;
		}
		if (n > 1) {
			return s.replace(only, 'X');
		}
		int after = s.length() - s.indexOf(only) - 1;
		// "650.000" is 650 thousand; "650,000" too, but "1,5" and "650.50" have decimals
		return after == 3 && only == '.' ? s.replace(only, 'X') : s.replace(only, 'D');
	}

	private static int count(String s, char c) {
		return (int) s.chars().filter(x -> x == c).count();
	}

	/** Not negative, at most two decimals, at most {@link #MAX}. */
	public static boolean valid(BigDecimal amount) {
		return amount != null && amount.signum() >= 0 && amount.stripTrailingZeros().scale() <= 2
				&& amount.compareTo(MAX) <= 0;
	}

	/** "kr 650 000", "kr 1 250,50": no-break spaces, øre only when there are any. */
	public static String format(BigDecimal amount) {
		return amount == null ? "" : "kr" + NBSP + number(amount);
	}

	/** The number alone, "650 000", for table cells under a "kr" heading. */
	public static String number(BigDecimal amount) {
		if (amount == null) {
			return "";
		}
		DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
		symbols.setGroupingSeparator(NBSP);
		symbols.setDecimalSeparator(',');
		symbols.setMinusSign('\u2212');
		boolean whole = amount.stripTrailingZeros().scale() <= 0;
		DecimalFormat format = new DecimalFormat(whole ? "#,##0" : "#,##0.00", symbols);
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format.format(amount);
	}

}
