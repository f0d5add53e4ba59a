package klynge.security;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Who an OpenID Connect login is in Klynge: the one enabled account of the provider's
 * cluster whose own e-mail address, or whose person's address in the registry, is the
 * verified address the provider sends. No account is ever created here: an address that
 * matches none (or several) is refused with {@link #NO_ACCOUNT}, an address the provider
 * has not verified with {@link #UNVERIFIED}.
 */
@Component
class SignOnUsers implements OAuth2UserService<OidcUserRequest, OidcUser> {

	static final String NO_ACCOUNT = "klynge_no_account";

	static final String UNVERIFIED = "klynge_unverified_email";

	private final OidcUserService provider = new OidcUserService();

	private final SignOnRegistrations registrations;

	private final AccountUserDetailsService accounts;

	private final ObjectProvider<PeopleRegistry> people;

	private final JdbcClient jdbc;

	SignOnUsers(SignOnRegistrations registrations, AccountUserDetailsService accounts,
			ObjectProvider<PeopleRegistry> people, JdbcClient jdbc) {
		this.registrations = registrations;
		this.accounts = accounts;
		this.people = people;
		this.jdbc = jdbc;
	}

	/** The provider's user with the Klynge account it logs in as. */
	static final class SignedOn extends DefaultOidcUser {

		private final transient KlyngeUser account;

		SignedOn(OidcUser user, KlyngeUser account) {
			super(account.getAuthorities(), user.getIdToken(), user.getUserInfo());
			this.account = account;
		}

		KlyngeUser account() {
			return account;
		}

	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		OidcUser user = provider.loadUser(request);
		SignOnProvider signOn = registrations.provider(request.getClientRegistration().getRegistrationId())
			.orElseThrow(() -> refused(NO_ACCOUNT));
		Object claim = user.getClaims().get(signOn.emailClaim());
		String email = claim instanceof String text ? text.strip().toLowerCase(Locale.ROOT) : "";
		if (email.isEmpty() || !verified(user, signOn)) {
			throw refused(UNVERIFIED);
		}
		UUID clusterId = signOn.clusterId();
		List<UUID> persons = people.stream()
			.flatMap(registry -> registry.withEmail(clusterId, email).stream())
			.toList();
		List<UUID> matches = jdbc.sql("""
				select id from account
				where cluster_id = :cluster and enabled
				  and (lower(email) = :email or person_id in (:persons))""")
			.param("cluster", clusterId)
			.param("email", email)
			.param("persons", persons.isEmpty() ? List.of(new UUID(0, 0)) : persons)
			.query(UUID.class)
			.list();
		if (matches.size() != 1) {
			throw refused(NO_ACCOUNT);
		}
		var row = accounts.byId(clusterId, matches.getFirst()).orElseThrow(() -> refused(NO_ACCOUNT));
		return new SignedOn(user, AccountUserDetailsService.user(row, accounts.roles(row)));
	}

	/**
	 * {@code email_verified} must say true, unless the administrator marked the provider
	 * as one that only issues verified addresses and it sends no such claim.
	 */
	private static boolean verified(OidcUser user, SignOnProvider provider) {
		Object verified = user.getClaims().get("email_verified");
		if (verified == null) {
			return provider.trustsEmail();
		}
		return Boolean.TRUE.equals(verified) || "true".equals(verified);
	}

	private static OAuth2AuthenticationException refused(String code) {
		return new OAuth2AuthenticationException(new OAuth2Error(code));
	}

}
