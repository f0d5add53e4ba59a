package klynge.security;

/** A new password, typed twice. The rules are in {@link PasswordPolicy}. */
public record PasswordForm(String password, String repeat) {

	static PasswordForm empty() {
		return new PasswordForm("", "");
	}
}
