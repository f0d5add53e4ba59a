package klynge.security;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * How to reach a person through their account, for modules that write to people: the
 * account's e-mail address and preferred language. Read-only, always within one cluster.
 */
@Service
public class AccountContacts {

	/** The oldest enabled account linked to a person; either field may be null. */
	public record AccountContact(String email, String preferredLanguage) {
	}

	/**
	 * An enabled account: the person it is linked to (may be null) and whether it is
	 * staff.
	 */
	public record AccountHolder(UUID personId, boolean staff) {
	}

	private final JdbcClient jdbc;

	AccountContacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<AccountContact> of(UUID clusterId, UUID personId) {
		return jdbc.sql("""
				select nullif(trim(email), '') as email, preferred_language from account
				where cluster_id = ? and person_id = ? and enabled
				order by created_at limit 1""").params(clusterId, personId).query(AccountContact.class).optional();
	}

	/**
	 * Whether an enabled account of the person is staff (administrator or sekretariat).
	 */
	public boolean isStaff(UUID clusterId, UUID personId) {
		return jdbc
			.sql("""
					select exists (select 1 from account
					               where cluster_id = ? and person_id = ? and enabled and (administrator or secretariat))""")
			.params(clusterId, personId)
			.query(Boolean.class)
			.single();
	}

	/** The account if it exists in the cluster and is enabled. */
	public Optional<AccountHolder> enabledAccount(UUID clusterId, UUID accountId) {
		return jdbc.sql("""
				select person_id, (administrator or secretariat) as staff from account
				where cluster_id = ? and id = ? and enabled""")
			.params(clusterId, accountId)
			.query(AccountHolder.class)
			.optional();
	}

}
