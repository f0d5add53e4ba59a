package klynge.security;

import klynge.shared.RuleViolation;

/**
 * What a new password must be: 10 to 128 characters, not the username, typed the same
 * twice.
 */
final class PasswordPolicy {

	static final int MIN_LENGTH = 10;

	static final int MAX_LENGTH = 128;

	private PasswordPolicy() {
	}

	/**
	 * @throws RuleViolation naming the field ("password" or "repeat") the message belongs
	 * beside
	 */
	static void check(String username, String password, String repeat) {
		if (password == null || password.isEmpty()) {
			throw new RuleViolation("password", "password.required");
		}
		int length = password.codePointCount(0, password.length());
		if (length < MIN_LENGTH) {
			throw new RuleViolation("password", "password.tooShort", MIN_LENGTH);
		}
		if (length > MAX_LENGTH) {
			throw new RuleViolation("password", "password.tooLong", MAX_LENGTH);
		}
		if (username != null && password.trim().equalsIgnoreCase(username.trim())) {
			throw new RuleViolation("password", "password.sameAsUsername");
		}
		if (!password.equals(repeat)) {
			throw new RuleViolation("repeat", "password.repeatMismatch");
		}
	}

}
