package klynge.web;

import java.util.Comparator;
import java.util.List;

import klynge.security.NavigationEntry;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The main menu: every module's {@link NavigationEntry} the current visitor may see, in
 * order.
 */
@Component("navigation")
class Navigation {

	private final List<NavigationEntry> entries;

	Navigation(List<NavigationEntry> entries) {
		this.entries = entries.stream().sorted(Comparator.comparingInt(NavigationEntry::order)).toList();
	}

	public List<NavigationEntry> visible() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return entries.stream().filter(entry -> entry.visibleTo(authentication)).toList();
	}

}
