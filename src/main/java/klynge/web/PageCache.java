package klynge.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import klynge.security.CurrentUser;
import klynge.security.LoggedIn;
import klynge.shared.SnapshotPage;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.support.SessionFlashMapManager;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Pages declared as {@link SnapshotPage} (the meeting page) are answered from memory, and
 * with 304 to a matching {@code If-None-Match}, while nothing has changed. "Nothing
 * changed" is PostgreSQL's own answer: {@code pg_current_snapshot()} names exactly which
 * transactions a reader sees, and it is different after every commit anywhere in the
 * database (writers of other clusters, or of other instances, too), so a page rendered
 * under one snapshot is served again only to a request that sees the very same data.
 * There is no list of dependencies to forget, and an access decision is never stale: an
 * item made exempt is a commit, and the next request renders anew.
 * <p>
 * The entity tag (weak) covers the snapshot and everything else the HTML depends on: the
 * host name (the cluster), the viewer (anonymous, or the account with its username and
 * current roles), the language cookie, the CSRF cookie a logged-in page carries, htmx,
 * the quarter hour (the cluster's "today" turns at a midnight somewhere in it) and this
 * process's start (templates of another build). Requests with a flash message, a
 * {@code lang} parameter or an unknown kind of login bypass the cache; only 200 HTML
 * answers that set no cookie are kept. No {@code Last-Modified}: a date has one-second
 * resolution and could hide a change made within the same second.
 * <p>
 * Anonymous answers say {@code private, no-cache} (revalidate each time, no shared
 * cache); logged-in ones keep Spring Security's {@code no-store}, so members' pages are
 * not written to a shared computer's disk, and gain from the server's copy only.
 */
class PageCache extends OncePerRequestFilter {

	static final String LANGUAGE_COOKIE = "klynge-lang";

	static final String CSRF_COOKIE = "XSRF-TOKEN";

	/**
	 * Tells the layout to leave out the CSRF token: an anonymous snapshot page posts
	 * nothing.
	 */
	static final String ANONYMOUS_PAGE = "anonymousSnapshotPage";

	private final List<PathPattern> pages;

	private final JdbcClient jdbc;

	private final CurrentUser currentUser;

	private final Store store;

	private final String process = UUID.randomUUID().toString();

	PageCache(List<SnapshotPage> pages, JdbcClient jdbc, CurrentUser currentUser, int maxEntries, long maxBytes) {
		this.pages = pages.stream().map(page -> PathPatternParser.defaultInstance.parse(page.pattern())).toList();
		this.jdbc = jdbc;
		this.currentUser = currentUser;
		this.store = new Store(maxEntries, maxBytes);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod()) || request.getParameter("lang") != null) {
			return true;
		}
		PathContainer path = PathContainer
			.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
		return pages.stream().noneMatch(pattern -> pattern.matches(path));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = key(request);
		if (key == null || hasFlash(request)) {
			chain.doFilter(request, response);
			return;
		}
		String snapshot = jdbc.sql("select pg_current_snapshot()::text").query(String.class).single();
		String tag = tag(key, snapshot);
		boolean anonymous = key.startsWith("anonymous");
		if (anonymous) {
			request.setAttribute(ANONYMOUS_PAGE, Boolean.TRUE);
		}
		if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), tag)) {
			revalidate(response, anonymous);
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			response.setHeader(HttpHeaders.ETAG, tag);
			return;
		}
		Page cached = store.get(key);
		if (cached != null && cached.snapshot().equals(snapshot)) {
			revalidate(response, anonymous);
			response.setStatus(HttpServletResponse.SC_OK);
			response.setContentType(cached.contentType());
			if (cached.contentLanguage() != null) {
				response.setHeader(HttpHeaders.CONTENT_LANGUAGE, cached.contentLanguage());
			}
			response.setHeader(HttpHeaders.ETAG, tag);
			response.setContentLength(cached.body().length);
			response.getOutputStream().write(cached.body());
			return;
		}
		ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, buffered);
		String contentType = buffered.getContentType();
		if (buffered.getStatus() == HttpServletResponse.SC_OK && contentType != null
				&& contentType.startsWith("text/html") && buffered.getHeaders(HttpHeaders.SET_COOKIE).isEmpty()) {
			revalidate(buffered, anonymous);
			buffered.setHeader(HttpHeaders.ETAG, tag);
			store.put(key, new Page(snapshot, contentType, buffered.getHeader(HttpHeaders.CONTENT_LANGUAGE),
					buffered.getContentAsByteArray()));
		}
		buffered.copyBodyToResponse();
	}

	/**
	 * Public pages: the browser may keep them but asks each time (304 while unchanged).
	 * Logged-in pages keep Spring Security's no-store (written when the answer is
	 * committed, as it sees no Cache-Control of ours).
	 */
	private static void revalidate(HttpServletResponse response, boolean anonymous) {
		if (anonymous) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-cache");
		}
	}

	/**
	 * Everything but the snapshot the page depends on; null when the login is of a kind
	 * not known here.
	 */
	private String key(HttpServletRequest request) {
		StringBuilder key = new StringBuilder();
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated()) {
			key.append("anonymous");
		}
		else {
			LoggedIn user = currentUser.get().orElse(null);
			if (user == null) {
				return null;
			}
			key.append("account ")
				.append(user.accountId())
				.append(' ')
				.append(user.clusterId())
				.append(' ')
				.append(user.username())
				.append(' ')
				.append(new TreeSet<>(user.roles()))
				.append(" csrf ")
				.append(cookie(request, CSRF_COOKIE));
		}
		key.append('\n')
			.append(request.getServerName())
			.append(':')
			.append(request.getServerPort())
			.append(request.getRequestURI());
		if (request.getQueryString() != null) {
			key.append('?').append(request.getQueryString());
		}
		key.append("\nlang ")
			.append(cookie(request, LANGUAGE_COOKIE))
			.append("\nhtmx ")
			.append(request.getHeader("HX-Request"))
			.append("\nquarter ")
			.append(Instant.now().getEpochSecond() / 900)
			.append("\nprocess ")
			.append(process);
		return key.toString();
	}

	private static String cookie(HttpServletRequest request, String name) {
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (name.equals(cookie.getName())) {
					return cookie.getValue();
				}
			}
		}
		return "";
	}

	/**
	 * A flash message is shown once: that request is rendered, and it takes the message
	 * out of the session.
	 */
	private static boolean hasFlash(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null) {
			return false;
		}
		Object flash = session.getAttribute(SessionFlashMapManager.class.getName() + ".FLASH_MAPS");
		return flash instanceof java.util.Collection<?> maps ? !maps.isEmpty() : flash != null;
	}

	private static String tag(String key, String snapshot) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest((key + "\nsnapshot " + snapshot).getBytes(StandardCharsets.UTF_8));
			return "W/\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 32) + "\"";
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	private static boolean matches(String ifNoneMatch, String tag) {
		if (ifNoneMatch == null) {
			return false;
		}
		String opaque = tag.substring(2);
		for (String candidate : ifNoneMatch.split(",")) {
			String trimmed = candidate.trim();
			if (trimmed.startsWith("W/")) {
				trimmed = trimmed.substring(2);
			}
			if (trimmed.equals(opaque)) {
				return true;
			}
		}
		return false;
	}

	int size() {
		return store.size();
	}

	/** One rendered page and the snapshot it was rendered under. */
	record Page(String snapshot, String contentType, String contentLanguage, byte[] body) {
	}

	/**
	 * The pages by key, least recently used out first, bounded in number and in bytes.
	 */
	static final class Store {

		private final int maxEntries;

		private final long maxBytes;

		private long bytes;

		private final LinkedHashMap<String, Page> pages = new LinkedHashMap<>(64, 0.75f, true);

		Store(int maxEntries, long maxBytes) {
			this.maxEntries = maxEntries;
			this.maxBytes = maxBytes;
		}

		synchronized Page get(String key) {
			return pages.get(key);
		}

		synchronized void put(String key, Page page) {
			if (page.body().length > maxBytes / 4) {
				return;
			}
			Page old = pages.put(key, page);
			bytes += page.body().length - (old == null ? 0 : old.body().length);
			var eldest = pages.entrySet().iterator();
			while ((pages.size() > maxEntries || bytes > maxBytes) && eldest.hasNext()) {
				Map.Entry<String, Page> entry = eldest.next();
				bytes -= entry.getValue().body().length;
				eldest.remove();
			}
		}

		synchronized int size() {
			return pages.size();
		}

	}

}
