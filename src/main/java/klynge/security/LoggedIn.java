package klynge.security;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who is logged in, whatever the login (form, HTTP Basic, OpenID Connect): the account,
 * the person of the registry it is linked to (null for e.g. a technical administrator),
 * its cluster and its roles ({@link Roles}).
 */
public record LoggedIn(UUID accountId, UUID clusterId, UUID personId, String username, Set<String> roles) {

	public LoggedIn {
		roles = Set.copyOf(roles);
	}

	public Optional<UUID> person() {
		return Optional.ofNullable(personId);
	}

	public boolean hasRole(String role) {
		return roles.contains(role);
	}

	/** Administrator or sekretariat: they see and edit everything of the cluster. */
	public boolean isStaff() {
		return hasRole(Roles.ADMIN) || hasRole(Roles.SECRETARIAT);
	}
}
