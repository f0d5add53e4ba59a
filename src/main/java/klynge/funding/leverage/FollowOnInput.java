package klynge.funding.leverage;

import java.math.BigDecimal;
import java.util.List;

import klynge.shared.Amounts;
import klynge.shared.RuleViolation;

/**
 * What someone typed about a follow-on application (form or API), checked before it is
 * saved: a refusal names the field and says why in the user's language, and the form
 * shows the typed values again.
 */
public record FollowOnInput(String funder, String title, String reference, String amount, String status,
		String appliedYear, String grantedYear, String note) {

	/** The funders the form suggests; any other name may be typed. */
	public static final List<String> SUGGESTED_FUNDERS = List.of("Forskningsrådet", "Helse Vest",
			"EU (Horisont Europa)", "Regionale forskningsfond", "Stiftelsen Dam");

	public static FollowOnInput empty() {
		return new FollowOnInput("", "", "", "", FollowOnStatus.APPLIED.name(), "", "", "");
	}

	public static FollowOnInput of(FollowOn followOn) {
		return new FollowOnInput(followOn.funder(), followOn.title(), followOn.reference(),
				followOn.amount().stripTrailingZeros().toPlainString(), followOn.status().name(),
				String.valueOf(followOn.appliedYear()),
				followOn.grantedYear() == null ? "" : String.valueOf(followOn.grantedYear()), followOn.note());
	}

	/** A typed value by field name, for the form's fields drawn in a loop. */
	public String value(String field) {
		return switch (field) {
			case "funder" -> funder;
			case "title" -> title;
			case "reference" -> reference;
			case "amount" -> amount;
			case "appliedYear" -> appliedYear;
			case "grantedYear" -> grantedYear;
			case "note" -> note;
			default -> throw new IllegalArgumentException(field);
		};
	}

	/** The checked values, ready to store. */
	public record Checked(String funder, String title, String reference, BigDecimal amount, FollowOnStatus status,
			int appliedYear, Integer grantedYear, String note) {
	}

	public Checked check() {
		String funder = text(this.funder, "funder", 200, true);
		String title = text(this.title, "title", 300, true);
		String reference = text(this.reference, "reference", 100, false);
		String note = text(this.note, "note", 2000, false);
		BigDecimal amount = amount(this.amount);
		FollowOnStatus status = status(this.status);
		int applied = year(appliedYear, "appliedYear");
		Integer granted = null;
		if (status == FollowOnStatus.GRANTED) {
			if (blank(grantedYear)) {
				throw new RuleViolation("grantedYear", "leverage.rule.grantedYear");
			}
			granted = year(grantedYear, "grantedYear");
			if (granted < applied) {
				throw new RuleViolation("grantedYear", "leverage.rule.grantedBeforeApplied", String.valueOf(granted),
						String.valueOf(applied));
			}
		}
		return new Checked(funder, title, reference, amount, status, applied, granted, note);
	}

	private static String text(String value, String field, int max, boolean required) {
		String stripped = value == null ? "" : value.strip();
		if (required && stripped.isEmpty()) {
			throw new RuleViolation(field, "leverage.rule.required");
		}
		if (stripped.length() > max) {
			throw new RuleViolation(field, "leverage.rule.tooLong", max);
		}
		return stripped.isEmpty() ? null : stripped;
	}

	/** "12000000", "12 000 000", "kr 2 400 000,50": kroner, øre after a comma. */
	static BigDecimal amount(String typed) {
		if (blank(typed)) {
			throw new RuleViolation("amount", "leverage.rule.required");
		}
		try {
			BigDecimal amount = Amounts.parse(typed);
			if (Amounts.valid(amount) && amount.signum() > 0) {
				return amount;
			}
		}
		catch (NumberFormatException ex) {
			// refused below, with what was typed
		}
		throw new RuleViolation("amount", "leverage.rule.amount", typed.strip());
	}

	private static FollowOnStatus status(String typed) {
		try {
			return FollowOnStatus.valueOf(typed == null ? "" : typed.strip().toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new RuleViolation("status", "leverage.rule.status");
		}
	}

	private static int year(String typed, String field) {
		try {
			int year = Integer.parseInt(typed == null ? "" : typed.strip());
			if (year < 2000 || year > 2100) {
				throw new RuleViolation(field, "leverage.rule.year", "2000", "2100");
			}
			return year;
		}
		catch (NumberFormatException ex) {
			throw new RuleViolation(field, "leverage.rule.year", "2000", "2100");
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
