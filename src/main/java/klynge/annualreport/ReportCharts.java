package klynge.annualreport;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.util.Locale;

import javax.imageio.ImageIO;

import klynge.shared.YearInReview.Chart;
import klynge.shared.YearInReview.Series;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Draws a chapter's chart with JFreeChart as a horizontal bar chart (category names are
 * long) into an opaque RGB PNG: PDF/A forbids transparency, so there is no alpha channel.
 * The text is in the embedded DejaVu font so æøå draw the same on any server; the colours
 * are dark enough against white for WCAG's 3:1 for graphics.
 */
@Component
class ReportCharts {

	static final int WIDTH = 1200;

	private static final Color[] COLOURS = { new Color(0x1E, 0x4E, 0x79), new Color(0xB3, 0x5C, 0x00),
			new Color(0x2E, 0x6B, 0x30), new Color(0x6A, 0x3D, 0x9A) };

	private final Font font = font();

	/** The chart as PNG bytes; its height grows with the number of categories. */
	byte[] png(Chart chart, Locale locale) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		for (Series series : chart.series()) {
			for (int i = 0; i < chart.categories().size(); i++) {
				Long value = i < series.values().size() ? series.values().get(i) : null;
				data.addValue(value == null ? 0 : value, series.name(), shorten(chart.categories().get(i), i));
			}
		}
		CategoryAxis categories = new CategoryAxis();
		categories.setTickLabelFont(font.deriveFont(20f));
		categories.setMaximumCategoryLabelLines(2);
		NumberAxis values = new NumberAxis(chart.unit());
		values.setLabelFont(font.deriveFont(20f));
		values.setTickLabelFont(font.deriveFont(18f));
		values.setStandardTickUnits(NumberAxis.createIntegerTickUnits(locale));
		values.setUpperMargin(0.15);
		BarRenderer bars = new BarRenderer();
		bars.setBarPainter(new StandardBarPainter());
		bars.setShadowVisible(false);
		bars.setDrawBarOutline(false);
		bars.setDefaultItemLabelGenerator(
				new StandardCategoryItemLabelGenerator("{2}", NumberFormat.getIntegerInstance(locale)));
		bars.setDefaultItemLabelsVisible(true);
		bars.setDefaultItemLabelFont(font.deriveFont(16f));
		bars.setDefaultPositiveItemLabelPosition(
				new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
		for (int i = 0; i < chart.series().size(); i++) {
			bars.setSeriesPaint(i, COLOURS[i % COLOURS.length]);
		}
		CategoryPlot plot = new CategoryPlot(data, categories, values, bars);
		plot.setOrientation(PlotOrientation.HORIZONTAL);
		plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
		plot.setBackgroundPaint(Color.WHITE);
		plot.setRangeGridlinePaint(new Color(0x99, 0x99, 0x99));
		plot.setRangeGridlineStroke(new BasicStroke(1f));
		plot.setOutlineVisible(false);
		JFreeChart jfree = new JFreeChart(null, font.deriveFont(Font.BOLD, 24f), plot, chart.series().size() > 1);
		jfree.setBackgroundPaint(Color.WHITE);
		jfree.setAntiAlias(true);
		LegendTitle legend = jfree.getLegend();
		if (legend != null) {
			legend.setItemFont(font.deriveFont(20f));
			legend.setPosition(RectangleEdge.TOP);
			legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
		}
		int height = Math.max(360, 140 + chart.categories().size() * 36 * Math.max(1, chart.series().size()));
		BufferedImage image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, WIDTH, height);
			jfree.draw(g, new Rectangle2D.Double(0, 0, WIDTH, height));
		}
		finally {
			g.dispose();
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/**
	 * A category label short enough for the axis; two equal names stay apart (a dataset
	 * key is unique) by their position.
	 */
	private static Label shorten(String name, int index) {
		String label = name == null || name.isBlank() ? "–" : name.strip();
		if (label.length() > 48) {
			label = label.substring(0, 47) + "…";
		}
		return new Label(label, index);
	}

	/** A category key: shown by its label, told apart by its position. */
	private record Label(String text, int index) implements Comparable<Label> {

		@Override
		public int compareTo(Label other) {
			return Integer.compare(index, other.index);
		}

		@Override
		public String toString() {
			return text;
		}

	}

	private static Font font() {
		try (InputStream in = new ClassPathResource("fonts/DejaVuSans.ttf").getInputStream()) {
			return Font.createFont(Font.TRUETYPE_FONT, in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (FontFormatException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
