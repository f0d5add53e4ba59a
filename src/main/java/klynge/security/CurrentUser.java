package klynge.security;

import java.util.Optional;

import klynge.cluster.ClusterScope;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who the current work is done for. Other modules ask here instead of reading the
 * security context: the principal of every login (form, HTTP Basic, and single sign-on,
 * whose {@link SignOnHandlers} put the matched account's {@link KlyngeUser} into the
 * session) maps to one {@link LoggedIn}. Inside {@link ClusterScope} work (jobs,
 * listeners, background imports) nobody is logged in, even on a request thread: a
 * listener never acts with the rights of the user whose request fired the event.
 */
@Component
public class CurrentUser {

	public Optional<LoggedIn> get() {
		if (ClusterScope.current().isPresent()) {
			return Optional.empty();
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null ? Optional.empty() : of(authentication.getPrincipal());
	}

	public boolean isStaff() {
		return get().map(LoggedIn::isStaff).orElse(false);
	}

	/**
	 * The name that goes into "created by" columns: the username, the scope's actor, or
	 * "system".
	 */
	public String actor() {
		var work = ClusterScope.current();
		if (work.isPresent()) {
			return work.get().actor();
		}
		return get().map(LoggedIn::username).orElse(ClusterScope.SYSTEM);
	}

	/**
	 * The one place a principal becomes a user (an OpenID Connect login is a
	 * {@link KlyngeUser} too by the time anyone asks).
	 */
	static Optional<LoggedIn> of(Object principal) {
		if (principal instanceof KlyngeUser user) {
			return Optional.of(new LoggedIn(user.accountId(), user.clusterId(), user.personId(), user.getUsername(),
					user.roles()));
		}
		return Optional.empty();
	}

}
