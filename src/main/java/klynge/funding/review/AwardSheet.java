package klynge.funding.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import klynge.funding.CallStatus;
import klynge.funding.Money;
import klynge.funding.review.ReviewRepository.CallRow;
import klynge.shared.Amounts;
import klynge.shared.RuleViolation;

/**
 * The awards form of a call: the ranked applications, each with the amount as typed (or
 * as recorded, or the applied sum of those within the frame), the frame, the sum and what
 * is left. Amounts are read the Norwegian way: "120 000", "kr 120 000", "1250,50".
 */
public record AwardSheet(CallRow call, BigDecimal frame, List<Line> lines, boolean editable, boolean recorded) {

	/** One application: its place in the ranking and the amount in the form. */
	public record Line(UUID applicationId, Integer rank, int tied, String title, String organisations,
			BigDecimal applied, Ranking.Fit fit, String amount) {

		public String field() {
			return "amount_" + applicationId;
		}

		/** The amount as the read-only page shows it: "kr 120 000", or a dash. */
		public String shown() {
			try {
				BigDecimal value = parse(amount);
				return value == null ? "–" : Money.format(value);
			}
			catch (NumberFormatException ex) {
				return amount;
			}
		}

	}

	public AwardSheet {
		lines = List.copyOf(lines);
	}

	public boolean decided() {
		return call.status() == CallStatus.DECIDED;
	}

	/**
	 * The sum of the amounts that read as amounts (the others are named by
	 * {@link #unreadable}).
	 */
	public BigDecimal sum() {
		BigDecimal sum = BigDecimal.ZERO;
		for (Line line : lines) {
			try {
				BigDecimal amount = parse(line.amount());
				sum = amount == null ? sum : sum.add(amount);
			}
			catch (NumberFormatException ex) {
				// counted out; the form says which one
			}
		}
		return sum;
	}

	public BigDecimal left() {
		return frame == null ? null : frame.subtract(sum());
	}

	public boolean overBudget() {
		return frame != null && sum().compareTo(frame) > 0;
	}

	/** The titles of the applications whose amount is not an amount. */
	public List<String> unreadable() {
		List<String> titles = new ArrayList<>();
		for (Line line : lines) {
			try {
				parse(line.amount());
			}
			catch (NumberFormatException ex) {
				titles.add(line.title());
			}
		}
		return titles;
	}

	/** The awards the form asks for: every line with an amount above zero. */
	public List<Awards.Award> awards() {
		List<Awards.Award> awards = new ArrayList<>();
		for (Line line : lines) {
			BigDecimal amount;
			try {
				amount = parse(line.amount());
			}
			catch (NumberFormatException ex) {
				throw new RuleViolation("awards", "award.amount.unreadable", line.title());
			}
			if (amount != null && amount.signum() != 0) {
				awards.add(new Awards.Award(line.applicationId(), amount));
			}
		}
		return awards;
	}

	/** The same sheet with the amounts as typed ({@code amount_<id>} fields). */
	public AwardSheet typed(Map<String, String> form) {
		return new AwardSheet(call, frame,
				lines.stream()
					.map(l -> new Line(l.applicationId(), l.rank(), l.tied(), l.title(), l.organisations(), l.applied(),
							l.fit(), form.getOrDefault(l.field(), "")))
					.toList(),
				editable, recorded);
	}

	/** Null for blank; NumberFormatException for what is not an amount. */
	static BigDecimal parse(String text) {
		BigDecimal amount = Amounts.parse(text);
		if (amount != null && !Amounts.valid(amount)) {
			throw new NumberFormatException(text);
		}
		return amount;
	}

	/** An amount as the form shows it: "120000" or "1250,50". */
	static String plain(BigDecimal amount) {
		return amount == null ? "" : amount.stripTrailingZeros().toPlainString().replace('.', ',');
	}

}
