package klynge.security;

import jakarta.validation.constraints.NotNull;

/**
 * What an administrator may change about an account: its roles and whether it may log in.
 * {@code version} is the version the change was made from (the API may give it as
 * If-Match instead).
 */
public record AccountUpdate(@NotNull Boolean administrator, @NotNull Boolean secretariat, @NotNull Boolean enabled,
		Integer version) {

	AccountUpdate withVersion(int newVersion) {
		return new AccountUpdate(administrator, secretariat, enabled, newVersion);
	}
}
