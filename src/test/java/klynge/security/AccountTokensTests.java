package klynge.security;

import klynge.shared.SecretTokens;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class AccountTokensTests {

	@Test
	void tokensAreLongUrlSafeAndDifferent() {
		String one = SecretTokens.newToken();
		String two = SecretTokens.newToken();
		assertThat(one).hasSize(43).matches("[A-Za-z0-9_-]+");
		assertThat(one).isNotEqualTo(two);
	}

	@Test
	void hashIsTheSha256HexOfTheToken() {
		assertThat(SecretTokens.hash("abc"))
			.isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
		assertThat(SecretTokens.hash("abc")).hasSize(64);
	}

	@Test
	void invitationsLast72HoursAndResetsOneHour() {
		assertThat(AccountTokens.Purpose.INVITATION.validity).isEqualTo(Duration.ofHours(72));
		assertThat(AccountTokens.Purpose.PASSWORD_RESET.validity).isEqualTo(Duration.ofHours(1));
	}

	@Test
	void statusFollowsEnabledAndPassword() {
		assertThat(AccountStatus.of(true, false)).isEqualTo(AccountStatus.INVITED);
		assertThat(AccountStatus.of(true, true)).isEqualTo(AccountStatus.ACTIVE);
		assertThat(AccountStatus.of(false, true)).isEqualTo(AccountStatus.DISABLED);
		assertThat(AccountStatus.of(false, false)).isEqualTo(AccountStatus.DISABLED);
	}

}
