package klynge.web;

import java.util.Comparator;
import java.util.List;

import klynge.security.NavigationEntry;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The main menu: every module's {@link NavigationEntry} the current visitor may see, in
 * order; the pages about the cluster (strategy, partners, office holders …) also in the
 * footer, and in the main menu only for visitors who are not logged in.
 */
@Component("navigation")
class Navigation {

	private final List<NavigationEntry> entries;

	Navigation(List<NavigationEntry> entries) {
		this.entries = entries.stream().sorted(Comparator.comparingInt(NavigationEntry::order)).toList();
	}

	/**
	 * The main menu: the pages the visitor may open, and for a visitor who is not logged
	 * in also the pages about the cluster.
	 */
	public List<NavigationEntry> visible() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		boolean visitor = authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken;
		return entries.stream()
			.filter(entry -> entry.visibleTo(authentication) && (visitor || !entry.about()))
			.toList();
	}

	/** The pages about the cluster, for the footer (everyone may open them). */
	public List<NavigationEntry> about() {
		return entries.stream().filter(NavigationEntry::about).toList();
	}

}
