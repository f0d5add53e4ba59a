package klynge.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whatever colours an administrator picks, the theme keeps WCAG AA contrast: white text
 * on the primary colour (header, Designsystemet's accent buttons), the primary colour as
 * link text on white, and dark text on the secondary colour. Colours that already pass
 * are served unchanged.
 */
class ClusterThemeContrastTests {

	private static final Pattern BRAND = Pattern.compile("--brand:(#[0-9a-f]{6});--brand-soft:(#[0-9a-f]{6})");

	@ParameterizedTest
	@CsvSource({ "#ffcc00,#333333", "#7fb2e5,#005a6e", "#ffffff,#000000", "#1f4e79,#e8f0f7", "#005a6e,#e4f1f4" })
	void theThemeKeepsAaContrastWhateverTheSettingsSay(String primary, String secondary) {
		Matcher css = BRAND.matcher(ClusterThemeController.css(primary, secondary));
		assertThat(css.find()).isTrue();

		assertThat(Contrast.ratio(css.group(1), "#ffffff")).as("white on %s", css.group(1))
			.isGreaterThanOrEqualTo(Contrast.AA);
		assertThat(Contrast.ratio(css.group(2), "#292c30")).as("dark text on %s", css.group(2))
			.isGreaterThanOrEqualTo(Contrast.AA);
		assertThat(Contrast.ratio(css.group(2), "#1a1a1a")).isGreaterThanOrEqualTo(Contrast.AA);
	}

	@ParameterizedTest
	@CsvSource({ "#1f4e79,#e8f0f7", "#005a6e,#e4f1f4" })
	void coloursThatPassAreServedAsTheyAre(String primary, String secondary) {
		assertThat(ClusterThemeController.css(primary, secondary))
			.contains("--brand:" + primary + ";--brand-soft:" + secondary);
	}

}
