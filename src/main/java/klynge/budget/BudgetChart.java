package klynge.budget;

import static klynge.shared.Svg.escape;
import static klynge.shared.Svg.rect;
import static klynge.shared.Svg.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Budget against actuals per line as a server-drawn SVG (no script): two bars per line,
 * the adopted amount and what it came to, labelled with both. It is an image with a title
 * and description; the page shows the same figures as a table beside it for those who
 * cannot read the picture.
 */
@Component
class BudgetChart {

	private static final String BUDGET_COLOUR = "#00394a";

	private static final String ACTUAL_COLOUR = "#2a7d74";

	private final MessageSource messages;

	private final Money money;

	BudgetChart(MessageSource messages, Money money) {
		this.messages = messages;
		this.money = money;
	}

	/** One line of the chart (and of the table beside it). */
	public record Bar(String name, BigDecimal budgeted, BigDecimal actual) {
	}

	/** The SVG (safe markup: every text escaped) and its figures. */
	public record Chart(String svg, List<Bar> bars) {
	}

	Chart of(BudgetSheet sheet) {
		Locale locale = LocaleContextHolder.getLocale();
		List<Bar> bars = new ArrayList<>();
		for (BudgetLine line : sheet.lines()) {
			bars.add(new Bar(line.name(), sheet.budgetedIn(line), line.actual()));
		}
		BigDecimal max = BigDecimal.ONE;
		for (Bar bar : bars) {
			max = max.max(zero(bar.budgeted())).max(zero(bar.actual()));
		}
		int labelWidth = 200;
		int barArea = 300;
		int rowHeight = 56;
		int top = 34;
		int height = top + bars.size() * rowHeight + 8;
		int width = labelWidth + barArea + 150;
		String title = msg(locale, "budget.chart.title", sheet.budget().title());
		StringBuilder svg = new StringBuilder();
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"budget-chart\" role=\"img\" viewBox=\"0 0 ")
			.append(width)
			.append(' ')
			.append(height)
			.append("\" width=\"")
			.append(width)
			.append("\" aria-labelledby=\"budget-chart-title budget-chart-desc\">");
		svg.append("<title id=\"budget-chart-title\">").append(escape(title)).append("</title>");
		svg.append("<desc id=\"budget-chart-desc\">")
			.append(escape(msg(locale, "budget.chart.description")))
			.append("</desc>");
		// legend
		svg.append(rect(0, 6, 14, 14, BUDGET_COLOUR))
			.append(text(20, 18, msg(locale, "budget.actual.budgeted"), "start"));
		svg.append(rect(160, 6, 14, 14, ACTUAL_COLOUR))
			.append(text(180, 18, msg(locale, "budget.actual.actual"), "start"));
		int y = top;
		for (Bar bar : bars) {
			svg.append(text(0, y + 24, shorten(bar.name()), "start"));
			int budgetWidth = scale(bar.budgeted(), max, barArea);
			int actualWidth = scale(bar.actual(), max, barArea);
			svg.append(rect(labelWidth, y + 4, Math.max(budgetWidth, 1), 18, BUDGET_COLOUR));
			svg.append(text(labelWidth + budgetWidth + 6, y + 18, amount(bar.budgeted(), locale), "start"));
			svg.append(rect(labelWidth, y + 26, Math.max(actualWidth, 1), 18, ACTUAL_COLOUR));
			svg.append(text(labelWidth + actualWidth + 6, y + 40, amount(bar.actual(), locale), "start"));
			y += rowHeight;
		}
		svg.append("</svg>");
		return new Chart(svg.toString(), bars);
	}

	private String amount(BigDecimal amount, Locale locale) {
		return amount == null ? msg(locale, "budget.actual.none") : money.format(amount);
	}

	private static int scale(BigDecimal amount, BigDecimal max, int width) {
		return amount == null ? 0
				: zero(amount).multiply(BigDecimal.valueOf(width)).divide(max, 0, RoundingMode.HALF_UP).intValue();
	}

	private static BigDecimal zero(BigDecimal amount) {
		return amount == null ? BigDecimal.ZERO : amount;
	}

	private static String shorten(String name) {
		return name.length() > 28 ? name.substring(0, 27) + "…" : name;
	}

	private String msg(Locale locale, String key, Object... args) {
		return messages.getMessage(key, args, locale);
	}

}
