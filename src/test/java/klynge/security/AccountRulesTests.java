package klynge.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import klynge.shared.RuleViolation;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class AccountRulesTests {

	static final UUID ME = UUID.randomUUID();

	static final UUID OTHER = UUID.randomUUID();

	@Test
	void anAdministratorCannotRemoveTheirOwnAdministratorRole() {
		assertThatThrownBy(() -> AccountRules.checkUpdate(admin(ME), new AccountUpdate(false, true, true, 0), ME))
			.isInstanceOfSatisfying(RuleViolation.class, violation -> {
				Assertions.assertThat(violation.field()).isEqualTo("administrator");
				Assertions.assertThat(violation.messageKey()).isEqualTo("account.rule.ownAdministrator");
			});
	}

	@Test
	void anAdministratorCannotDisableThemselves() {
		assertThatThrownBy(() -> AccountRules.checkUpdate(admin(ME), new AccountUpdate(true, false, false, 0), ME))
			.isInstanceOfSatisfying(RuleViolation.class,
					violation -> org.assertj.core.api.Assertions.assertThat(violation.messageKey())
						.isEqualTo("account.rule.ownEnabled"));
	}

	@Test
	void anAdministratorMayChangeTheirOwnOtherRoles() {
		assertThatCode(() -> AccountRules.checkUpdate(admin(ME), new AccountUpdate(true, true, true, 0), ME))
			.doesNotThrowAnyException();
	}

	@Test
	void anAdministratorMayRemoveAdministrationFromAndDisableOthers() {
		assertThatCode(() -> AccountRules.checkUpdate(admin(OTHER), new AccountUpdate(false, false, false, 0), ME))
			.doesNotThrowAnyException();
	}

	private static AccountView admin(UUID id) {
		return new AccountView(id, "admin", "admin@example.org", null, null, null, true, false, true,
				AccountStatus.ACTIVE, null, null, 0);
	}

}
