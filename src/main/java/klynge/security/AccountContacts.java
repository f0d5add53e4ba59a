package klynge.security;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * How to reach a person through their account, for modules that write to people: the account's
 * e-mail address and preferred language. Read-only, always within one cluster.
 */
@Service
public class AccountContacts {

	/** The oldest enabled account linked to a person; either field may be null. */
	public record AccountContact(String email, String preferredLanguage) {
	}

	private final JdbcClient jdbc;

	AccountContacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<AccountContact> of(UUID clusterId, UUID personId) {
		return jdbc.sql("""
				select nullif(trim(email), '') as email, preferred_language from account
				where cluster_id = ? and person_id = ? and enabled
				order by created_at limit 1""")
			.params(clusterId, personId).query(AccountContact.class).optional();
	}
}
