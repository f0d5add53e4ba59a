package klynge.security;

import klynge.shared.SecretTokens;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import klynge.cluster.ClusterMember;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The logged-in user: an account of one cluster, optionally linked to a person of the
 * registry.
 */
public final class KlyngeUser implements UserDetails, CredentialsContainer, ClusterMember {

	private final UUID accountId;

	private final UUID clusterId;

	private final UUID personId;

	private final String username;

	private String password;

	private final boolean enabled;

	private final Set<String> roles;

	/**
	 * A digest of the password hash at login: when it changes, the session ends (see
	 * SessionCheck).
	 */
	private final String passwordStamp;

	KlyngeUser(UUID accountId, UUID clusterId, UUID personId, String username, String password, boolean enabled,
			Set<String> roles) {
		this.accountId = accountId;
		this.clusterId = clusterId;
		this.personId = personId;
		this.username = username;
		this.password = password;
		this.enabled = enabled;
		this.roles = Set.copyOf(roles);
		this.passwordStamp = stamp(password);
	}

	static String stamp(String passwordHash) {
		return passwordHash == null ? "" : SecretTokens.hash(passwordHash);
	}

	String passwordStamp() {
		return passwordStamp;
	}

	public UUID accountId() {
		return accountId;
	}

	@Override
	public UUID clusterId() {
		return clusterId;
	}

	/**
	 * The person in the registry, or null for an account without one (e.g. a technical
	 * administrator).
	 */
	public UUID personId() {
		return personId;
	}

	public Set<String> roles() {
		return roles;
	}

	public boolean hasRole(String role) {
		return roles.contains(role);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		List<GrantedAuthority> authorities = roles.stream()
			.<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role))
			.toList();
		return authorities;
	}

	@Override
	public String getPassword() {
		return password;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		password = null;
	}

}
