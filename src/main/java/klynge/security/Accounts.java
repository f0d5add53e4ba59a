package klynge.security;

import klynge.shared.SecretTokens;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import klynge.cluster.CurrentCluster;
import klynge.security.AccountTokens.Purpose;
import klynge.shared.EditConflict;
import klynge.shared.NotFoundException;
import klynge.shared.RuleViolation;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Account administration of the current cluster, invitations and password resets.
 * Administration always filters on the current cluster; token flows find their account
 * (and so its cluster) through the token, which is unguessable, and write only within
 * that cluster. Usernames are unique per cluster (see {@link AccountUserDetailsService}
 * for how login finds the cluster).
 */
@Service
class Accounts {

	private final JdbcClient jdbc;

	private final CurrentCluster current;

	private final PasswordEncoder passwords;

	private final ObjectProvider<PeopleRegistry> people;

	Accounts(JdbcClient jdbc, CurrentCluster current, PasswordEncoder passwords,
			ObjectProvider<PeopleRegistry> people) {
		this.jdbc = jdbc;
		this.current = current;
		this.passwords = passwords;
		this.people = people;
	}

	private record Row(UUID id, String username, String email, UUID personId, boolean administrator,
			boolean secretariat, boolean enabled, boolean hasPassword, String preferredLanguage,
			OffsetDateTime createdAt, int version) {
	}

	private static final String COLUMNS = """
			id, username, email, person_id, administrator, secretariat, enabled,
			password_hash is not null as has_password, preferred_language, created_at, version""";

	public List<AccountView> list() {
		UUID cluster = current.id();
		Map<UUID, PeopleRegistry.Person> persons = people.stream()
			.flatMap(registry -> registry.people(cluster).stream())
			.collect(Collectors.toMap(PeopleRegistry.Person::id, Function.identity(), (a, b) -> a));
		return jdbc.sql("select " + COLUMNS + " from account where cluster_id = ? order by username")
			.param(cluster)
			.query(Row.class)
			.list()
			.stream()
			.map(row -> view(row, row.personId() == null ? null : persons.get(row.personId())))
			.toList();
	}

	public AccountView get(UUID id) {
		UUID cluster = current.id();
		Row row = jdbc.sql("select " + COLUMNS + " from account where cluster_id = ? and id = ?")
			.params(cluster, id)
			.query(Row.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("account", id));
		return view(row, row.personId() == null ? null : person(cluster, row.personId()));
	}

	/** The people an account can be linked to, for the invitation form. */
	public List<PeopleRegistry.Person> linkablePeople() {
		UUID cluster = current.id();
		return people.stream().flatMap(registry -> registry.people(cluster).stream()).toList();
	}

	/**
	 * Creates an account without a password and an invitation token valid for 72 hours.
	 */
	@Transactional
	public IssuedToken invite(InviteForm form) {
		UUID cluster = current.id();
		// Usernames are unique per cluster: another cluster's usernames are neither taken
		// nor revealed.
		if (jdbc.sql("select count(*) from account where cluster_id = ? and username = ?")
			.params(cluster, form.username())
			.query(Integer.class)
			.single() > 0) {
			throw new RuleViolation("username", "account.rule.usernameTaken", form.username());
		}
		if (jdbc.sql("select count(*) from account where cluster_id = ? and lower(email) = lower(?)")
			.params(cluster, form.email())
			.query(Integer.class)
			.single() > 0) {
			throw new RuleViolation("email", "account.rule.emailTaken", form.email());
		}
		if (form.personId() != null && person(cluster, form.personId()) == null) {
			throw new RuleViolation("personId", "account.rule.unknownPerson");
		}
		UUID id;
		try {
			id = jdbc.sql("""
					insert into account (cluster_id, username, email, person_id, administrator, secretariat,
					                     preferred_language)
					values (?, ?, ?, ?, ?, ?, ?) returning id""")
				.params(cluster, form.username(), form.email(), form.personId(), form.isAdministrator(),
						form.isSecretariat(), form.language().isEmpty() ? null : form.language())
				.query(UUID.class)
				.single();
		}
		catch (DuplicateKeyException ex) {
			// Someone took the username or e-mail at the same moment.
			throw new RuleViolation("username", "account.rule.usernameTaken", form.username());
		}
		return issue(cluster, id, Purpose.INVITATION);
	}

	/**
	 * The first administrator of a new cluster (setup): with a password, or without one
	 * and an invitation token to choose it (returned). The caller names the cluster; no
	 * request is needed.
	 */
	@Transactional
	public java.util.Optional<IssuedToken> createAdministrator(UUID cluster, String username, String email,
			String password, String repeat, boolean invite, boolean installationAdministrator) {
		if (username == null || !username.matches("[a-z0-9._-]{3,60}")) {
			throw new RuleViolation("username", "setup.rule.username");
		}
		if (email == null || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || email.length() > 254) {
			throw new RuleViolation("email", "setup.rule.email");
		}
		if (!invite) {
			PasswordPolicy.check(username, password, repeat);
		}
		UUID id = jdbc
			.sql("""
					insert into account (cluster_id, username, email, password_hash, administrator, installation_administrator)
					values (?, ?, ?, ?, true, ?) returning id""")
			.params(cluster, username, email, invite ? null : passwords.encode(password), installationAdministrator)
			.query(UUID.class)
			.single();
		return invite ? java.util.Optional.of(issue(cluster, id, Purpose.INVITATION)) : java.util.Optional.empty();
	}

	/**
	 * A new invitation link for an account that has not yet chosen its password; older
	 * links stop working.
	 */
	@Transactional
	public IssuedToken reinvite(UUID id) {
		AccountView account = get(id);
		if (account.status() != AccountStatus.INVITED) {
			throw new RuleViolation(null, "account.rule.notInvited");
		}
		return issue(current.id(), id, Purpose.INVITATION);
	}

	/**
	 * Changes roles and enabled; an administrator cannot take away their own
	 * administration or access.
	 */
	@Transactional
	public AccountView update(UUID id, AccountUpdate update, UUID actingAccountId) {
		UUID cluster = current.id();
		AccountView account = get(id);
		AccountRules.checkUpdate(account, update, actingAccountId);
		int version = update.version() == null ? account.version() : update.version();
		int changed = jdbc.sql("""
				update account set administrator = ?, secretariat = ?, enabled = ?, version = version + 1
				where cluster_id = ? and id = ? and version = ?""")
			.params(update.administrator(), update.secretariat(), update.enabled(), cluster, id, version)
			.update();
		if (changed == 0) {
			throw new EditConflict("account", id, account.version());
		}
		return get(id);
	}

	private record TokenRow(UUID id, UUID clusterId, UUID accountId, String username, boolean used, boolean expired,
			boolean withdrawn, boolean enabled, boolean hasPassword) {
	}

	/**
	 * The username of the account a still valid token belongs to, on a host that belongs
	 * to a cluster ({@code hostCluster}, null when the host maps to none): another
	 * cluster's link is unknown there.
	 */
	public String checkToken(String token, Purpose purpose, UUID hostCluster) {
		return validToken(token, purpose, hostCluster).username();
	}

	/**
	 * Sets the password chosen through an invitation or reset link and spends the token,
	 * refusing another cluster's link on a host of a cluster.
	 */
	@Transactional
	public void setPassword(String token, Purpose purpose, PasswordForm form, UUID hostCluster) {
		TokenRow row = validToken(token, purpose, hostCluster);
		PasswordPolicy.check(row.username(), form.password(), form.repeat());
		int spent = jdbc.sql("update account_token set used_at = now() where id = ? and used_at is null")
			.param(row.id())
			.update();
		if (spent == 0) {
			throw new InvalidToken(true);
		}
		// Any other link of the same purpose stops working too.
		jdbc.sql("""
				update account_token set expires_at = least(expires_at, now())
				where cluster_id = ? and account_id = ? and purpose = ? and used_at is null""")
			.params(row.clusterId(), row.accountId(), purpose.name())
			.update();
		jdbc.sql("update account set password_hash = ?, version = version + 1 where cluster_id = ? and id = ?")
			.params(passwords.encode(form.password()), row.clusterId(), row.accountId())
			.update();
	}

	/**
	 * Reset links for the active accounts of the request's cluster (its host name, or the
	 * default) whose username or e-mail matches, or for {@code username@cluster} (a
	 * cluster's short name) as login accepts it. Each link is mailed by the account's own
	 * cluster, so it never lands in another cluster's outbox. Accounts without a password
	 * (invited, or restored from an export, which carries no password hashes) may ask
	 * too: the link goes to their own address. The caller shows the same answer whether
	 * or not anything matched.
	 */
	@Transactional
	public List<IssuedToken> issueResets(String identifier) {
		String key = identifier == null ? "" : identifier.strip().toLowerCase(Locale.ROOT);
		if (key.isEmpty()) {
			return List.of();
		}
		int at = key.lastIndexOf('@');
		String qualifiedName = at > 0 ? key.substring(0, at) : "";
		String qualifiedCluster = at > 0 ? key.substring(at + 1) : "";
		List<Map.Entry<UUID, UUID>> matches = jdbc.sql("""
				select a.cluster_id, a.id from account a join cluster c on c.id = a.cluster_id
				where ((a.cluster_id = ? and (a.username = ? or lower(a.email) = ?))
				       or (a.username = ? and c.short_name = ?))
				  and a.enabled""")
			.params(current.id(), key, key, qualifiedName, qualifiedCluster)
			.query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
			.list();
		return matches.stream().map(match -> issue(match.getKey(), match.getValue(), Purpose.PASSWORD_RESET)).toList();
	}

	private TokenRow validToken(String token, Purpose purpose, UUID hostCluster) {
		TokenRow row = jdbc.sql("""
				select t.id, t.cluster_id, t.account_id, a.username, t.used_at is not null as used,
				       t.expires_at <= now() as expired, t.withdrawn_at is not null as withdrawn, a.enabled,
				       a.password_hash is not null as has_password
				from account_token t join account a on a.cluster_id = t.cluster_id and a.id = t.account_id
				where t.token_hash = ? and t.purpose = ?""")
			.params(SecretTokens.hash(token), purpose.name())
			.query(TokenRow.class)
			.optional()
			.orElseThrow(() -> new InvalidToken(false));
		if (hostCluster != null && !hostCluster.equals(row.clusterId())) {
			// Another cluster's link on this cluster's host: as unknown as a made-up one.
			throw new InvalidToken(false);
		}
		if (row.withdrawn() && !row.used()) {
			throw InvalidToken.ofWithdrawn();
		}
		boolean acceptedAlready = purpose == Purpose.INVITATION && row.hasPassword();
		if (row.used() || row.expired() || !row.enabled() || acceptedAlready) {
			throw new InvalidToken(true);
		}
		return row;
	}

	/**
	 * A new invitation link for an account of the given cluster (bulk invitations); older
	 * links stop working.
	 */
	IssuedToken issueInvitation(UUID cluster, UUID accountId) {
		return issue(cluster, accountId, Purpose.INVITATION);
	}

	private IssuedToken issue(UUID cluster, UUID accountId, Purpose purpose) {
		jdbc.sql("""
				update account_token set expires_at = least(expires_at, now())
				where cluster_id = ? and account_id = ? and purpose = ? and used_at is null""")
			.params(cluster, accountId, purpose.name())
			.update();
		String token = SecretTokens.newToken();
		jdbc.sql("""
				insert into account_token (cluster_id, account_id, purpose, token_hash, expires_at)
				values (?, ?, ?, ?, now() + make_interval(hours => ?))""")
			.params(cluster, accountId, purpose.name(), SecretTokens.hash(token), (int) purpose.validity.toHours())
			.update();
		return jdbc.sql("""
				select a.username, a.email, coalesce(a.preferred_language, c.default_language) as language,
				       c.name as cluster_name
				from account a join cluster c on c.id = a.cluster_id
				where a.cluster_id = ? and a.id = ?""")
			.params(cluster, accountId)
			.query((rs, n) -> new IssuedToken(cluster, accountId, rs.getString("username"), rs.getString("email"),
					token, Locale.forLanguageTag(rs.getString("language")), rs.getString("cluster_name")))
			.single();
	}

	private PeopleRegistry.Person person(UUID cluster, UUID personId) {
		return people.stream()
			.flatMap(registry -> registry.person(cluster, personId).stream())
			.findFirst()
			.orElse(null);
	}

	private static AccountView view(Row row, PeopleRegistry.Person person) {
		return new AccountView(row.id(), row.username(), row.email(), row.personId(),
				person == null ? null : person.name(), person == null ? null : person.code(), row.administrator(),
				row.secretariat(), row.enabled(), AccountStatus.of(row.enabled(), row.hasPassword()),
				row.preferredLanguage(), row.createdAt(), row.version());
	}

}
