package klynge.annualreport;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

import klynge.shared.YearInReview.Chapter;
import klynge.shared.YearInReview.Chart;
import klynge.shared.YearInReview.Table;

/**
 * A report as the page, the PDF and the DOCX show it: the written texts split into
 * paragraphs, around each chapter's generated paragraphs, tables and charts; each chart
 * with its PNG, a text alternative and the same figures as a table.
 */
record ReportView(String clusterName, int year, String title, String statusLine, List<String> introduction,
		List<ChapterView> chapters, Locale locale) {

	record ChapterView(String key, String title, List<String> before, List<String> paragraphs, List<Table> tables,
			List<ChartView> charts, List<String> after) {
	}

	record ChartView(String caption, String alt, byte[] png, Table figures) {

		public String dataUri() {
			return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
		}

	}

	/**
	 * @param draw the chart's PNG
	 * @param alt the chart's text alternative
	 */
	static ReportView of(String clusterName, String title, String statusLine, AnnualReport report, Locale locale,
			BiFunction<Chart, Locale, byte[]> draw, BiFunction<Chart, Locale, String> alt) {
		List<ChapterView> chapters = new ArrayList<>();
		for (Chapter chapter : report.chapters()) {
			ChapterText text = report.textOf(chapter.key());
			List<ChartView> charts = chapter.charts()
				.stream()
				.map(c -> new ChartView(c.caption(), alt.apply(c, locale), draw.apply(c, locale), figures(c)))
				.toList();
			chapters.add(new ChapterView(chapter.key(), chapter.title(), paragraphs(text.before()),
					chapter.paragraphs(), chapter.tables(), charts, paragraphs(text.after())));
		}
		return new ReportView(clusterName, report.year(), title, statusLine, paragraphs(report.introduction()),
				chapters, locale);
	}

	/** The chart's figures as a table: a row per category, a column per series. */
	static Table figures(Chart chart) {
		List<String> columns = new ArrayList<>();
		columns.add("");
		chart.series().forEach(s -> columns.add(s.name()));
		List<List<String>> rows = new ArrayList<>();
		for (int i = 0; i < chart.categories().size(); i++) {
			List<String> row = new ArrayList<>();
			row.add(chart.categories().get(i));
			for (var series : chart.series()) {
				row.add(i < series.values().size() ? String.valueOf(series.values().get(i)) : "");
			}
			rows.add(row);
		}
		return new Table(chart.caption() + " (" + chart.unit() + ")", columns, rows);
	}

	/** Written text in paragraphs: a blank line starts a new one. */
	static List<String> paragraphs(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return Arrays.stream(text.replace("\r\n", "\n").split("\n\\s*\n"))
			.map(String::strip)
			.filter(p -> !p.isEmpty())
			.toList();
	}

}
