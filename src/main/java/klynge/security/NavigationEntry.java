package klynge.security;

import java.util.List;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * One link in the main menu, contributed by the module that owns the page (a bean beside
 * its {@link RouteRules}). The layout shows the entries in {@code order}, each only to
 * those who may open it: everyone, anyone logged in, or the given roles.
 *
 * @param labelKey message key of the link text
 * @param path the page, relative to the application
 * @param roles who sees it: empty for everyone, {@link #LOGGED_IN} for any logged-in
 * account
 * @param order place in the menu, ascending
 * @param about a public page about the cluster (its strategy, partners, office holders):
 * in the main menu of visitors who are not logged in, and for everyone in the footer's
 * "Om klyngen", so the menu of those who work in Klynge holds their work
 */
public record NavigationEntry(String labelKey, String path, List<String> roles, int order, boolean about) {

	/** Stands for "any logged-in account", whatever its roles (applicants too). */
	public static final String LOGGED_IN = "";

	public NavigationEntry {
		roles = List.copyOf(roles);
	}

	public NavigationEntry(String labelKey, String path, List<String> roles, int order) {
		this(labelKey, path, roles, order, false);
	}

	/** A public page about the cluster: see {@code about}. */
	public static NavigationEntry aboutCluster(String labelKey, String path, int order) {
		return new NavigationEntry(labelKey, path, List.of(), order, true);
	}

	public static NavigationEntry forEveryone(String labelKey, String path, int order) {
		return new NavigationEntry(labelKey, path, List.of(), order);
	}

	public static NavigationEntry forLoggedIn(String labelKey, String path, int order) {
		return new NavigationEntry(labelKey, path, List.of(LOGGED_IN), order);
	}

	public static NavigationEntry forRoles(String labelKey, String path, int order, String... roles) {
		return new NavigationEntry(labelKey, path, List.of(roles), order);
	}

	public boolean visibleTo(Authentication authentication) {
		if (roles.isEmpty()) {
			return true;
		}
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return false;
		}
		return roles.contains(LOGGED_IN) || authentication.getAuthorities()
			.stream()
			.anyMatch(granted -> roles.contains(stripRole(granted.getAuthority())));
	}

	private static String stripRole(String authority) {
		return authority != null && authority.startsWith("ROLE_") ? authority.substring(5) : "";
	}
}
