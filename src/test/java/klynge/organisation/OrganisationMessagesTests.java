package klynge.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrganisationMessagesTests {

	static Set<String> keys(String bundle) throws IOException {
		Properties properties = new Properties();
		try (var in = OrganisationMessagesTests.class.getResourceAsStream("/i18n/" + bundle + ".properties")) {
			assertThat(in).as(bundle).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties.stringPropertyNames();
	}

	@ParameterizedTest
	@ValueSource(strings = { "organisation_nn", "organisation_en" })
	void everyLanguageHasTheSameKeysAsBokmal(String bundle) throws IOException {
		assertThat(keys(bundle)).isEqualTo(keys("organisation"));
	}

	@Test
	void everyOrganisationTypeHasAName() throws IOException {
		Set<String> keys = keys("organisation");
		for (OrganisationType type : OrganisationType.values()) {
			assertThat(keys).contains(type.messageKey());
		}
	}
}
