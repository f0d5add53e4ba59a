package klynge.security;

/**
 * Where an account stands: invited (no password yet), active, or disabled by an
 * administrator.
 */
public enum AccountStatus {

	INVITED, ACTIVE, DISABLED;

	static AccountStatus of(boolean enabled, boolean hasPassword) {
		if (!enabled) {
			return DISABLED;
		}
		return hasPassword ? ACTIVE : INVITED;
	}

	public String messageKey() {
		return "account.status." + name();
	}

}
