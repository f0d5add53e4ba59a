package klynge.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;

import klynge.shared.Amounts;
import klynge.shared.RuleViolation;
import org.springframework.stereotype.Component;

/**
 * Amounts for the budget pages ({@code @money} in templates), written and read by
 * {@link Amounts}: "kr 650 000"; "650000", "650 000", "kr 650 000,50" are all read; text
 * or a negative amount is refused beside the field.
 */
@Component("money")
public class Money {

	public String format(BigDecimal amount) {
		return Amounts.format(amount);
	}

	/** The number alone, for table cells under a "kr" heading. */
	public String number(BigDecimal amount) {
		return Amounts.number(amount);
	}

	/**
	 * A typed amount; blank is null.
	 * @param field the form field a refusal belongs beside
	 */
	public static BigDecimal parse(String text, String field) {
		if (text == null || text.isBlank()) {
			return null;
		}
		BigDecimal amount;
		try {
			amount = Amounts.parse(text);
		}
		catch (NumberFormatException notANumber) {
			throw new RuleViolation(field, "budget.amount.notNumber");
		}
		requireValid(amount, field);
		return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP);
	}

	/** An amount from the API or a form: not negative, at most 12 digits of kroner. */
	public static BigDecimal requireValid(BigDecimal amount, String field) {
		if (amount == null) {
			return null;
		}
		if (amount.signum() < 0) {
			throw new RuleViolation(field, "budget.amount.negative");
		}
		if (amount.compareTo(Amounts.MAX) > 0 || amount.stripTrailingZeros().scale() > 2) {
			throw new RuleViolation(field, "budget.amount.tooLarge");
		}
		return amount;
	}

}
