package klynge.funding.leverage;

import static klynge.shared.Svg.escape;
import static klynge.shared.Svg.rect;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import klynge.funding.Money;
import klynge.shared.Svg;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Seed money against granted follow-on money per seed year as a server-drawn SVG (no
 * script), drawn the way the budget draws budget against actuals: two labelled bars per
 * year. An image with a title and a description; the page puts the same figures in a
 * table beside it.
 */
@Component
class LeverageChart {

	private static final String SEED_COLOUR = "#00394a";

	private static final String GRANTED_COLOUR = "#2a7d74";

	private final MessageSource messages;

	LeverageChart(MessageSource messages) {
		this.messages = messages;
	}

	/** One year of the chart (and of the table beside it). */
	record Bar(int year, BigDecimal seed, BigDecimal granted, String ratio) {
	}

	/** The SVG (safe markup: every text escaped) and its figures. */
	record Chart(String svg, List<Bar> bars) {
	}

	Chart of(LeverageArithmetic.Summary summary, String idPrefix) {
		Locale locale = LocaleContextHolder.getLocale();
		List<Bar> bars = new ArrayList<>();
		for (var year : summary.years()) {
			bars.add(new Bar(year.year(), year.figures().seed(), year.figures().granted(), year.figures().ratio()));
		}
		BigDecimal max = BigDecimal.ONE;
		for (Bar bar : bars) {
			max = max.max(bar.seed()).max(bar.granted());
		}
		int labelWidth = 70;
		int barArea = 380;
		int rowHeight = 56;
		int top = 34;
		int height = top + bars.size() * rowHeight + 8;
		int width = labelWidth + barArea + 160;
		String titleId = idPrefix + "-title";
		String descId = idPrefix + "-desc";
		StringBuilder svg = new StringBuilder();
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"leverage-chart\" role=\"img\" viewBox=\"0 0 ")
			.append(width)
			.append(' ')
			.append(height)
			.append("\" width=\"")
			.append(width)
			.append("\" aria-labelledby=\"")
			.append(titleId)
			.append(' ')
			.append(descId)
			.append("\">");
		svg.append("<title id=\"").append(titleId).append("\">").append(escape(msg(locale, "leverage.chart.title")));
		svg.append("</title><desc id=\"").append(descId).append("\">");
		svg.append(escape(msg(locale, "leverage.chart.description"))).append("</desc>");
		svg.append(rect(0, 6, 14, 14, SEED_COLOUR)).append(text(20, 18, msg(locale, "leverage.seed")));
		svg.append(rect(200, 6, 14, 14, GRANTED_COLOUR)).append(text(220, 18, msg(locale, "leverage.granted")));
		int y = top;
		for (Bar bar : bars) {
			svg.append(text(0, y + 28, String.valueOf(bar.year())));
			int seedWidth = scale(bar.seed(), max, barArea);
			int grantedWidth = scale(bar.granted(), max, barArea);
			svg.append(rect(labelWidth, y + 4, Math.max(seedWidth, 1), 18, SEED_COLOUR));
			svg.append(text(labelWidth + seedWidth + 6, y + 18, Money.format(bar.seed())));
			svg.append(rect(labelWidth, y + 26, Math.max(grantedWidth, 1), 18, GRANTED_COLOUR));
			svg.append(text(labelWidth + grantedWidth + 6, y + 40,
					Money.format(bar.granted()) + " (" + bar.ratio() + ")"));
			y += rowHeight;
		}
		svg.append("</svg>");
		return new Chart(svg.toString(), bars);
	}

	private static int scale(BigDecimal amount, BigDecimal max, int width) {
		return amount.multiply(BigDecimal.valueOf(width)).divide(max, 0, RoundingMode.HALF_UP).intValue();
	}

	private static String text(int x, int y, String text) {
		return Svg.text(x, y, text, "start");
	}

	private String msg(Locale locale, String key) {
		return messages.getMessage(key, null, locale);
	}

}
