package klynge.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Issue 12, requirement 11: small faults of the importer's messages and file sniffing.
 */
class ImportSmallFaultsTests {

	@Test
	void onlyARealWordDocumentIsReadAsOne() {
		byte[] text = "PK-møte\nDato: 01.02.2031\n\nSak 1/31 Oppstart\n\nVedtak: Godkjent.\n"
			.getBytes(StandardCharsets.UTF_8);
		for (String name : List.of("referat", "referat.rtf", "PK-referat")) {
			ImportedMinutes read = MinutesReader.read(name, text);
			assertThat(read.date()).isEqualTo(LocalDate.of(2031, 2, 1));
			assertThat(read.items()).extracting(ImportedItem::title).containsExactly("Oppstart");
		}
		assertThat(OoxmlLimits.isWordDocument("PK\u0003\u0004broken".getBytes(StandardCharsets.ISO_8859_1))).isFalse();
	}

	@Test
	void everySizeLimitIsSaidInMegabytes() {
		String big = "Sak 1/31 Stor\n" + "x".repeat(MinutesTextParser.MAX_CHARS);
		assertThatThrownBy(() -> MinutesReader.read("stor.txt", big.getBytes(StandardCharsets.UTF_8)))
			.isInstanceOfSatisfying(ImportException.class, ex -> {
				assertThat(ex.expected()).isEqualTo("importing.expected.textLength");
				for (Locale locale : List.of(Locale.of("nb"), Locale.of("nn"), Locale.ENGLISH)) {
					assertThat(messages().getMessage(ex.expected(), ex.arguments(), locale)).contains("2 MB")
						.doesNotContainPattern("\\d[\\s\\u00A0]\\d{3}");
				}
			});
		for (String key : List.of("importing.expected.size", "importing.expected.textLength",
				"importing.expected.inflated", "importing.expected.previewBudget", "importing.files.hint")) {
			for (String suffix : List.of("", "_nn", "_en")) {
				assertThat(bundle(suffix).getProperty(key)).as(key + suffix).contains("MB");
			}
		}
	}

	@Test
	void aLineNumberIsTheLineTheFileHasItOn() {
		StringBuilder text = new StringBuilder("Referat fra Partnermøtet\n")
			.append("Sted: Årstadveien 17, møterom Tarlebø 2F15, andre etasje i bygget ved siden av kantina ")
			.append("Tid: 14.00-16.00 Dato: 05.05.2039 Tilstede: Kari Nordvik, Ola Strand, Per Bakke\n\n");
		for (int n = 1; n <= 501; n++) {
			text.append("Sak ").append(n).append("/39 Tittel nummer ").append(n).append('\n');
		}
		assertThatThrownBy(() -> MinutesReader.read("mange.txt", text.toString().getBytes(StandardCharsets.UTF_8)))
			.isInstanceOfSatisfying(ImportException.class, ex -> {
				assertThat(ex.expected()).isEqualTo("importing.expected.fewerItems");
				assertThat(ex.line()).isEqualTo(3 + 501);
			});
	}

	private static final Pattern KEY = Pattern.compile("\"(importing\\.[a-zA-Z]+(?:\\.[a-zA-Z]+)+)\"");

	/**
	 * Every message key the importer names exists in all three languages, so no error or
	 * warning shows a raw key; and what it wraps from other modules resolves too.
	 */
	@Test
	void noMessageOfTheImporterIsARawKey() throws IOException {
		Set<String> keys = new TreeSet<>();
		try (Stream<Path> files = Files.list(Path.of("src/main/java/klynge/importing"))) {
			for (Path file : files.toList()) {
				Matcher key = KEY.matcher(Files.readString(file));
				while (key.find()) {
					keys.add(key.group(1));
				}
			}
		}
		for (String by : List.of("exact", "nameAndCode", "variant", "fuzzy", "codeSimilar")) {
			keys.add("importing.matchedBy." + by);
		}
		assertThat(keys).contains("importing.expected.fewerItems", "importing.warning.repaired");
		for (String suffix : List.of("", "_nn", "_en")) {
			Properties bundle = bundle(suffix);
			assertThat(keys).as("keys missing in importing%s.properties", suffix)
				.allSatisfy(key -> assertThat(bundle.getProperty(key)).as(key + suffix).isNotBlank());
		}
		ImportException wrapped = new ImportException("a.txt", 0, "importing.expected.consistent",
				new org.springframework.context.support.DefaultMessageSourceResolvable(
						new String[] { "item.import.numberTaken" }, new Object[] { "01-32" },
						"item.import.numberTaken"));
		for (Locale locale : List.of(Locale.of("nb"), Locale.of("nn"), Locale.ENGLISH)) {
			assertThat(messages().getMessage(wrapped.expected(), wrapped.arguments(), locale))
				.doesNotContain("item.import", "importing.");
		}
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/importing", "i18n/meeting");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	private static Properties bundle(String suffix) {
		Properties bundle = new Properties();
		try (InputStream in = ImportSmallFaultsTests.class
			.getResourceAsStream("/i18n/importing" + suffix + ".properties")) {
			bundle.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return bundle;
	}

}
