package klynge.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class SecurityMessagesTests {

	@Test
	void bokmalNynorskAndEnglishHaveTheSameKeys() throws IOException {
		Properties nb = load("security.properties");
		assertThat(load("security_nn.properties").stringPropertyNames()).isEqualTo(nb.stringPropertyNames());
		assertThat(load("security_en.properties").stringPropertyNames()).isEqualTo(nb.stringPropertyNames());
		assertThat(nb.stringPropertyNames()).contains("mail.invitation.text", "account.rule.ownAdministrator");
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = SecurityMessagesTests.class.getResourceAsStream("/i18n/" + name)) {
			assertThat(in).as(name).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}
}
