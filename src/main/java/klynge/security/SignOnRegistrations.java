package klynge.security;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import klynge.cluster.CurrentCluster;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.stereotype.Component;

/**
 * The OAuth2 client registrations of single sign-on, read from the current cluster's
 * providers: the registration id is a provider id, and it is looked up only in the
 * cluster of the host name (or of the login), so a login started or finished on another
 * cluster's host finds no registration and fails. The provider's endpoints come from its
 * discovery document ({@code /.well-known/openid-configuration}), read at the first login
 * after a change and kept while the provider's row is unchanged.
 */
@Component
class SignOnRegistrations implements ClientRegistrationRepository {

	static final String REDIRECT_URI = "{baseUrl}/login/oauth2/code/{registrationId}";

	private final SignOnProviders providers;

	private final CurrentCluster cluster;

	private final Map<UUID, Discovered> discovered = new ConcurrentHashMap<>();

	SignOnRegistrations(SignOnProviders providers, CurrentCluster cluster) {
		this.providers = providers;
		this.cluster = cluster;
	}

	/** A discovery document as read for one version of a provider's row. */
	private record Discovered(int version, ClientRegistration registration) {
	}

	/** The provider could not be asked for its discovery document. */
	static final class Unreachable extends RuntimeException {

		Unreachable(String issuer, Throwable cause) {
			super("OpenID provider not reachable at " + issuer + ": " + cause.getMessage(), cause);
		}

	}

	@Override
	public ClientRegistration findByRegistrationId(String registrationId) {
		return provider(registrationId).map(this::registration).orElse(null);
	}

	/** The provider with this registration id in the current cluster. */
	Optional<SignOnProvider> provider(String registrationId) {
		UUID id;
		try {
			id = UUID.fromString(registrationId);
		}
		catch (IllegalArgumentException notAnId) {
			return Optional.empty();
		}
		return providers.find(cluster.id(), id);
	}

	private ClientRegistration registration(SignOnProvider provider) {
		Discovered known = discovered.get(provider.id());
		if (known == null || known.version() != provider.version()) {
			known = new Discovered(provider.version(), discover(provider));
			discovered.put(provider.id(), known);
		}
		return known.registration();
	}

	private ClientRegistration discover(SignOnProvider provider) {
		String secret = providers.secret(provider.clusterId(), provider.id()).orElse(null);
		return builder(provider.issuer()).registrationId(provider.id().toString())
			.clientName(provider.name())
			.clientId(provider.clientId())
			.clientSecret(secret)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri(REDIRECT_URI)
			.scope("openid", "email", "profile")
			.userNameAttributeName("sub")
			.build();
	}

	/**
	 * Reads the issuer's discovery document; {@link Unreachable} when there is none
	 * (wrong address, provider down, not OpenID Connect).
	 */
	static ClientRegistration.Builder builder(String issuer) {
		try {
			return ClientRegistrations.fromOidcIssuerLocation(issuer);
		}
		catch (RuntimeException failed) {
			throw new Unreachable(issuer, failed);
		}
	}

	/** Forgets what discovery found for this provider (after an edit or removal). */
	void forget(UUID providerId) {
		discovered.remove(providerId);
	}

}
