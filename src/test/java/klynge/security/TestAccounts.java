package klynge.security;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Accounts made for one test, so tests sharing the database never change each other's (or
 * the demo's).
 */
final class TestAccounts {

	static final UUID ALREK = UUID.fromString("a1ec0000-0000-4000-8000-000000000001");

	static final UUID NORD = UUID.fromString("40d00000-0000-4000-8000-000000000002");

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private TestAccounts() {
	}

	static String uniqueUsername(String prefix) {
		return prefix + "." + System.nanoTime() % 1_000_000_000L + "." + SEQUENCE.incrementAndGet();
	}

	/** An active Alrek account with the given password and no roles. */
	static UUID active(JdbcClient jdbc, PasswordEncoder encoder, String username, String password) {
		return jdbc.sql("""
				insert into account (cluster_id, username, email, password_hash)
				values (?, ?, ?, ?) returning id""")
			.params(ALREK, username, username + "@test.example.org", encoder.encode(password))
			.query(UUID.class)
			.single();
	}

	/** An Alrek account's id (usernames are unique per cluster only). */
	static UUID idOf(JdbcClient jdbc, String username) {
		return jdbc.sql("select id from account where cluster_id = ? and username = ?")
			.params(ALREK, username)
			.query(UUID.class)
			.single();
	}

	static int versionOf(JdbcClient jdbc, String username) {
		return jdbc.sql("select version from account where cluster_id = ? and username = ?")
			.params(ALREK, username)
			.query(Integer.class)
			.single();
	}

}
