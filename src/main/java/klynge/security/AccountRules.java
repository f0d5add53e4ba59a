package klynge.security;

import java.util.UUID;

import klynge.shared.RuleViolation;

/** Rules for changing an account that Bean Validation cannot express. */
final class AccountRules {

	private AccountRules() {
	}

	/**
	 * An administrator may not lock themselves out: no removing their own admin role, no
	 * disabling themselves.
	 */
	static void checkUpdate(AccountView account, AccountUpdate update, UUID actingAccountId) {
		if (!account.id().equals(actingAccountId)) {
			return;
		}
		if (account.administrator() && !Boolean.TRUE.equals(update.administrator())) {
			throw new RuleViolation("administrator", "account.rule.ownAdministrator");
		}
		if (!Boolean.TRUE.equals(update.enabled())) {
			throw new RuleViolation("enabled", "account.rule.ownEnabled");
		}
	}

}
