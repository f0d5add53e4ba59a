package klynge.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import klynge.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

	@Test
	void acceptsTenCharactersTypedTwice() {
		assertThatCode(() -> PasswordPolicy.check("ola", "tisifret10", "tisifret10")).doesNotThrowAnyException();
	}

	@Test
	void refusesFewerThanTenCharactersBesideThePasswordField() {
		RuleViolation violation = violation("ola", "ni-tegn-9", "ni-tegn-9");
		assertThat(violation.field()).isEqualTo("password");
		assertThat(violation.messageKey()).isEqualTo("password.tooShort");
		assertThat(violation.arguments()).containsExactly(10);
	}

	@Test
	void refusesMoreThan128Characters() {
		String long129 = "x".repeat(129);
		assertThat(violation("ola", long129, long129).messageKey()).isEqualTo("password.tooLong");
		String long128 = "x".repeat(128);
		assertThatCode(() -> PasswordPolicy.check("ola", long128, long128)).doesNotThrowAnyException();
	}

	@Test
	void refusesTheUsernameAsPasswordWhateverTheCase() {
		assertThat(violation("kari.nordmann", "Kari.Nordmann", "Kari.Nordmann").messageKey())
			.isEqualTo("password.sameAsUsername");
	}

	@Test
	void refusesARepeatThatDiffersBesideTheRepeatField() {
		RuleViolation violation = violation("ola", "et langt passord", "et langt passorD");
		assertThat(violation.field()).isEqualTo("repeat");
		assertThat(violation.messageKey()).isEqualTo("password.repeatMismatch");
	}

	@Test
	void refusesAnEmptyPassword() {
		assertThat(violation("ola", "", "").messageKey()).isEqualTo("password.required");
		assertThat(violation("ola", null, null).messageKey()).isEqualTo("password.required");
	}

	private static RuleViolation violation(String username, String password, String repeat) {
		RuleViolation violation = catchThrowableOfType(RuleViolation.class,
				() -> PasswordPolicy.check(username, password, repeat));
		assertThat(violation).isNotNull();
		return violation;
	}

}
