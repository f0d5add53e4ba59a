package klynge.security;

import java.util.UUID;

import klynge.shared.RuleViolation;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Accounts with the APPLICANT flag, made by the funding module's self-registration once
 * the applicant has confirmed the e-mail address. The password is checked and hashed here
 * when the form is sent; the account is created from that hash after the confirmation, so
 * the password itself is never stored.
 */
@Service
public class ApplicantAccounts {

	private final JdbcClient jdbc;

	private final PasswordEncoder passwords;

	ApplicantAccounts(JdbcClient jdbc, PasswordEncoder passwords) {
		this.jdbc = jdbc;
		this.passwords = passwords;
	}

	/**
	 * Checks the username (free in the cluster), the e-mail address (no account of the
	 * cluster has it) and the password policy, and returns the password's hash.
	 * @throws RuleViolation naming the field
	 */
	public String check(UUID clusterId, String username, String email, String password, String repeat) {
		if (username == null || !username.matches("[a-z0-9._-]{3,60}")) {
			throw new RuleViolation("username", "setup.rule.username");
		}
		if (taken(clusterId, username)) {
			throw new RuleViolation("username", "account.rule.usernameTaken", username);
		}
		if (jdbc.sql("select count(*) from account where cluster_id = ? and lower(email) = lower(?)")
			.params(clusterId, email)
			.query(Integer.class)
			.single() > 0) {
			throw new RuleViolation("email", "account.rule.emailTaken", email);
		}
		PasswordPolicy.check(username, password, repeat);
		return passwords.encode(password);
	}

	/**
	 * Creates the enabled applicant account with the hash {@link #check} gave.
	 * @throws RuleViolation when the username or address was taken meanwhile
	 */
	public UUID create(UUID clusterId, String username, String email, String passwordHash, String language) {
		if (taken(clusterId, username)) {
			throw new RuleViolation("username", "account.rule.usernameTaken", username);
		}
		try {
			return jdbc.sql("""
					insert into account (cluster_id, username, email, password_hash, applicant, preferred_language)
					values (?, ?, ?, ?, true, ?) returning id""")
				.params(clusterId, username, email, passwordHash, language)
				.query(UUID.class)
				.single();
		}
		catch (DuplicateKeyException ex) {
			throw new RuleViolation("username", "account.rule.usernameTaken", username);
		}
	}

	private boolean taken(UUID clusterId, String username) {
		return jdbc.sql("select count(*) from account where cluster_id = ? and username = ?")
			.params(clusterId, username)
			.query(Integer.class)
			.single() > 0;
	}

}
