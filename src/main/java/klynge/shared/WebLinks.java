package klynge.shared;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * The one rule for links people type or import (online meeting addresses, item documents,
 * links in imported minutes): a web address is an absolute {@code http(s)} URI that
 * {@link URI} accepts, or, where the caller allows it, a path on this site
 * ("/meetings/…") or an anchor ("#…"). Anything else ({@code javascript:}, {@code data:},
 * {@code file:}, "//host", spaces, {@code |}, {@code {}}, {@code ^}, {@code "}, a bad
 * {@code %} escape) is not a link: forms refuse it, imports keep it as text, and
 * documents and calendars show it as text instead of failing on it.
 */
public final class WebLinks {

	private static final Set<String> SCHEMES = Set.of("http", "https");

	private WebLinks() {
	}

	/** An absolute http or https address with a host. */
	public static boolean isWebAddress(String value) {
		URI uri = parse(value);
		return uri != null && uri.isAbsolute() && SCHEMES.contains(uri.getScheme().toLowerCase(Locale.ROOT))
				&& uri.getRawAuthority() != null && !uri.getRawAuthority().isEmpty();
	}

	/**
	 * A web address, a path on this site ("/…", not "//…") or a place on the same page
	 * ("#sak-03-23").
	 */
	public static boolean isLink(String value) {
		if (isWebAddress(value)) {
			return true;
		}
		URI uri = parse(value);
		return uri != null && !uri.isAbsolute() && uri.getRawAuthority() == null
				&& (value.startsWith("/") && !value.startsWith("//") || value.startsWith("#"));
	}

	/**
	 * The URI of a link that {@link #isLink} accepts, else null: for renderers that must
	 * not fail on old data.
	 */
	public static URI uriOrNull(String value) {
		return isLink(value) ? parse(value) : null;
	}

	private static URI parse(String value) {
		if (value == null || value.isEmpty() || value.length() > 2000 || !value.equals(value.strip())
				|| value.chars().anyMatch(c -> c < 0x21 || c == 0x7f)) {
			return null;
		}
		try {
			return new URI(value);
		}
		catch (URISyntaxException ex) {
			return null;
		}
	}

}
