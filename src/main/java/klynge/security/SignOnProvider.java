package klynge.security;

import java.util.UUID;

/**
 * An OpenID Connect provider whose users may log in to one cluster (single sign-on). Its
 * id is the OAuth2 registration id. The client secret is not part of it: it is written,
 * never read back for a page ({@link SignOnProviders#secret}).
 *
 * @param emailClaim the claim that carries the e-mail address ("email" for most)
 * @param trustsEmail the provider only issues verified addresses, so a missing
 * {@code email_verified} claim is accepted (Entra ID); otherwise it must be true
 * @param hasSecret whether a secret is stored (none after a restore of an export)
 */
public record SignOnProvider(UUID id, UUID clusterId, String name, String issuer, String clientId, String emailClaim,
		boolean trustsEmail, boolean hasSecret, int version) {
}
