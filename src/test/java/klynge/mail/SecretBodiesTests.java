package klynge.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class SecretBodiesTests {

	@Test
	void onlyTheProcessThatSealedATextCanReadIt() {
		SecretBodies running = new SecretBodies();
		byte[] sealed = running.encrypt("Velg passord: https://klynge.example/password/reset/hemmelig");

		assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("hemmelig");
		assertThat(running.decrypt(sealed)).contains("Velg passord: https://klynge.example/password/reset/hemmelig");
		assertThat(new SecretBodies().decrypt(sealed)).as("after a restart").isEmpty();
		assertThat(running.decrypt(new byte[] { 1, 2, 3 })).isEmpty();
		assertThat(running.decrypt(null)).isEmpty();
	}

}
