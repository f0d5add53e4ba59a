package klynge.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The archive bundle in bokmål, nynorsk and English has the same keys, and the export page uses
 * only keys it has. (I18nBundlesTests covers it too once application.yaml lists i18n/archive.)
 */
class ArchiveMessagesTests {

	static final Path I18N = Path.of("src/main/resources/i18n");

	@Test
	void everyLanguageHasTheSameKeysAndThePageUsesOnlyThose() throws Exception {
		Properties nb = load("archive.properties");
		assertThat(load("archive_nn.properties").stringPropertyNames()).isEqualTo(nb.stringPropertyNames());
		assertThat(load("archive_en.properties").stringPropertyNames()).isEqualTo(nb.stringPropertyNames());
		assertThat(nb.stringPropertyNames()).allSatisfy(key -> assertThat(nb.getProperty(key)).isNotBlank());

		Matcher keys = Pattern.compile("#\\{([A-Za-z0-9_.-]+)[}(]")
			.matcher(Files.readString(Path.of("src/main/resources/templates/archive/export.html")));
		int used = 0;
		while (keys.find()) {
			assertThat(nb.stringPropertyNames()).contains(keys.group(1));
			used++;
		}
		assertThat(used).isGreaterThan(5);
	}

	private static Properties load(String name) throws Exception {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(I18N.resolve(name), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}
}
