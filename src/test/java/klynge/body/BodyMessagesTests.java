package klynge.body;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.Test;

class BodyMessagesTests {

	static Set<String> keys(String bundle) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = BodyMessagesTests.class.getResourceAsStream("/i18n/" + bundle + ".properties")) {
			assertThat(in).as(bundle).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties.stringPropertyNames();
	}

	@Test
	void bokmalNynorskAndEnglishHaveTheSameKeys() throws IOException {
		Set<String> nb = keys("body");
		assertThat(nb).isNotEmpty();
		assertThat(keys("body_nn")).isEqualTo(nb);
		assertThat(keys("body_en")).isEqualTo(nb);
	}

	@Test
	void everyTypeAndRoleHasAName() throws IOException {
		Set<String> nb = keys("body");
		for (BodyType type : BodyType.values()) {
			assertThat(nb).contains(type.messageKey());
		}
		for (MembershipRole role : MembershipRole.values()) {
			assertThat(nb).contains(role.messageKey());
		}
	}
}
