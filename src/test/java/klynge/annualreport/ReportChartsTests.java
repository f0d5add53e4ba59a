package klynge.annualreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import klynge.shared.YearInReview.Chart;
import klynge.shared.YearInReview.Series;
import org.junit.jupiter.api.Test;

/**
 * A chart is an opaque RGB PNG (PDF/A allows no transparency) at the page's resolution,
 * taller with more categories, with the bars in the series' colours; the figures table
 * holds the same numbers as the bars.
 */
class ReportChartsTests {

	final Chart chart = new Chart("Møter og vedtak per organ", "antall",
			List.of("Styringsgruppen", "Partnermøtet", "Styringsgruppen"),
			List.of(new Series("Møter", List.of(6L, 2L, 1L)), new Series("Vedtak", List.of(14L, 5L, 0L))));

	@Test
	void aChartIsAnOpaqueRgbPngWithBarsInTheSeriesColours() throws Exception {
		byte[] png = new ReportCharts().png(chart, Locale.forLanguageTag("nb"));
		Files.write(Path.of("target", "annual-report-chart.png"), png);
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		assertThat(image.getColorModel().hasAlpha()).isFalse();
		assertThat(image.getWidth()).isEqualTo(ReportCharts.WIDTH);
		int blue = 0;
		int orange = 0;
		for (int x = 0; x < image.getWidth(); x += 2) {
			for (int y = 0; y < image.getHeight(); y += 2) {
				int rgb = image.getRGB(x, y) & 0xFFFFFF;
				blue += rgb == 0x1E4E79 ? 1 : 0;
				orange += rgb == 0xB35C00 ? 1 : 0;
			}
		}
		assertThat(blue).as("bars of the first series").isGreaterThan(500);
		assertThat(orange).as("bars of the second series").isGreaterThan(500);
		Chart more = new Chart("c", "u", List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j"),
				List.of(new Series("s", List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L))));
		assertThat(ImageIO.read(new ByteArrayInputStream(new ReportCharts().png(more, Locale.ENGLISH))).getHeight())
			.isGreaterThan(image.getHeight() / 2);
	}

	@Test
	void theFiguresTableHoldsTheBarsNumbers() {
		var table = ReportView.figures(chart);
		assertThat(table.columns()).containsExactly("", "Møter", "Vedtak");
		assertThat(table.rows()).containsExactly(List.of("Styringsgruppen", "6", "14"),
				List.of("Partnermøtet", "2", "5"), List.of("Styringsgruppen", "1", "0"));
		assertThat(table.caption()).isEqualTo("Møter og vedtak per organ (antall)");
	}

}
