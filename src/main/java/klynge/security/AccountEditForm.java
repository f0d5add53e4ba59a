package klynge.security;

/** The roles and access form of one account; unchecked boxes arrive as null. */
public record AccountEditForm(Boolean administrator, Boolean secretariat, Boolean enabled, int version) {

	static AccountEditForm of(AccountView account) {
		return new AccountEditForm(account.administrator(), account.secretariat(), account.enabled(),
				account.version());
	}

	AccountUpdate toUpdate() {
		return new AccountUpdate(Boolean.TRUE.equals(administrator), Boolean.TRUE.equals(secretariat),
				Boolean.TRUE.equals(enabled), version);
	}
}
