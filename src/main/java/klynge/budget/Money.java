package klynge.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import klynge.shared.RuleViolation;
import org.springframework.stereotype.Component;

/**
 * Amounts as the cluster writes them, "kr 650 000" (a no-break space between thousands,
 * decimals only when there are øre), and amounts typed by people: "650000", "650 000",
 * "kr 650 000,50" are all read; text or a negative amount is refused beside the field.
 */
@Component("money")
public class Money {

	private static final char NBSP = '\u00a0';

	public String format(BigDecimal amount) {
		return amount == null ? "" : "kr" + NBSP + number(amount);
	}

	/** The number alone, for table cells under a "kr" heading. */
	public String number(BigDecimal amount) {
		if (amount == null) {
			return "";
		}
		DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.forLanguageTag("nb"));
		symbols.setGroupingSeparator(NBSP);
		symbols.setDecimalSeparator(',');
		symbols.setMinusSign('\u2212');
		boolean whole = amount.stripTrailingZeros().scale() <= 0;
		DecimalFormat format = new DecimalFormat(whole ? "#,##0" : "#,##0.00", symbols);
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format.format(amount);
	}

	/**
	 * A typed amount; blank is null.
	 * @param field the form field a refusal belongs beside
	 */
	public static BigDecimal parse(String text, String field) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String cleaned = text.strip().replaceFirst("(?i)^kr\\.?", "").replaceFirst("(?i)(,-|kr\\.?)$", "");
		cleaned = cleaned.replaceAll("[\\s\u00a0\u202f_]", "").replace('\u2212', '-');
		if (cleaned.chars().filter(c -> c == ',').count() == 1 && cleaned.indexOf('.') < 0) {
			cleaned = cleaned.replace(',', '.');
		}
		BigDecimal amount;
		try {
			amount = new BigDecimal(cleaned);
		}
		catch (NumberFormatException notANumber) {
			throw new RuleViolation(field, "budget.amount.notNumber");
		}
		requireValid(amount, field);
		return amount.setScale(2, RoundingMode.HALF_UP);
	}

	/** An amount from the API or a form: not negative, at most 12 digits of kroner. */
	public static BigDecimal requireValid(BigDecimal amount, String field) {
		if (amount == null) {
			return null;
		}
		if (amount.signum() < 0) {
			throw new RuleViolation(field, "budget.amount.negative");
		}
		if (amount.compareTo(new BigDecimal("999999999999.99")) > 0 || amount.scale() > 2) {
			throw new RuleViolation(field, "budget.amount.tooLarge");
		}
		return amount;
	}

}
