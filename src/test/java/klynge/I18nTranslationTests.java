package klynge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Issue 14, requirement 8: the English texts are English and the nynorsk texts nynorsk.
 * An English value equal to the bokmål one is a text nobody translated ("vara", "teams"),
 * unless it is a name, a code or a word both languages write alike (the short
 * allow-list). Nynorsk shares most words with bokmål, so there the test looks for the
 * bokmål forms nynorsk never uses ("ikke", "hva", "fra", …).
 */
class I18nTranslationTests {

	/** Values that are the same in English and bokmål by nature: names, codes, loans. */
	static final Set<String> SAME_IN_ENGLISH = Set.of("Status", "Status:", "Person", "Type", "Teams", "Logo (SVG)",
			"Administrator", "Test", "partner", "x", "{0} (CSV)", "({0} kB)", "{0} min");

	/** A value with a word in it (two letters or more, placeholders aside). */
	static final Pattern WORD = Pattern.compile("\\p{L}{2,}");

	/**
	 * Bokmål forms that nynorsk writes otherwise (ikkje, kva, kven, kor, dersom, frå, eg,
	 * nokon, berre, vart).
	 */
	static final Pattern BOKMAL_ONLY = Pattern.compile(
			"(?iu)(?<!\\p{L})(ikke|hva|hvem|hvor|hvordan|hvis|fra|jeg|noen|bare|ble|mye|sendes|vises|finnes)(?!\\p{L})");

	@Test
	void everyEnglishTextIsTranslated() throws IOException {
		List<String> untranslated = new ArrayList<>();
		for (String basename : I18nBundlesTests.basenames()) {
			Properties bokmal = I18nBundlesTests.load(I18nBundlesTests.RESOURCES.resolve(basename + ".properties"));
			Properties english = I18nBundlesTests.load(I18nBundlesTests.RESOURCES.resolve(basename + "_en.properties"));
			for (String key : bokmal.stringPropertyNames()) {
				String value = bokmal.getProperty(key).strip();
				if (value.equals(english.getProperty(key, "").strip())
						&& WORD.matcher(value.replaceAll("\\{\\d+}", "")).find() && !SAME_IN_ENGLISH.contains(value)) {
					untranslated.add(basename + "_en: " + key + "=" + value);
				}
			}
		}
		assertThat(untranslated).as("English values still in Norwegian").isEmpty();
	}

	@Test
	void nynorskHasNoBokmalOnlyWords() throws IOException {
		List<String> bokmal = new ArrayList<>();
		for (String basename : I18nBundlesTests.basenames()) {
			Properties nynorsk = I18nBundlesTests.load(I18nBundlesTests.RESOURCES.resolve(basename + "_nn.properties"));
			for (String key : nynorsk.stringPropertyNames()) {
				if (BOKMAL_ONLY.matcher(nynorsk.getProperty(key)).find()) {
					bokmal.add(basename + "_nn: " + key + "=" + nynorsk.getProperty(key));
				}
			}
		}
		assertThat(bokmal).as("nynorsk values with bokmål-only words").isEmpty();
	}

}
