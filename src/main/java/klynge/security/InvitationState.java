package klynge.security;

/**
 * Where a person stands with their invitation: no account yet, invited and not yet
 * accepted, the link expired, accepted (an active account), withdrawn by an
 * administrator, or an account an administrator has disabled.
 */
public enum InvitationState {

	NONE, PENDING, EXPIRED, ACTIVE, REVOKED, DISABLED;

	static InvitationState of(boolean enabled, boolean hasPassword, boolean withdrawn, boolean hasToken,
			boolean expired) {
		if (hasPassword) {
			return enabled ? ACTIVE : DISABLED;
		}
		if (withdrawn) {
			return REVOKED;
		}
		if (!enabled) {
			return DISABLED;
		}
		return !hasToken || expired ? EXPIRED : PENDING;
	}

	/** Whether a new link may be sent: the account has not chosen its password. */
	public boolean mayResend() {
		return this == PENDING || this == EXPIRED || this == REVOKED;
	}

	/** Whether the invitation may be withdrawn: sent and not accepted. */
	public boolean mayRevoke() {
		return this == PENDING || this == EXPIRED;
	}

	public String messageKey() {
		return "invitation.state." + name();
	}

}
