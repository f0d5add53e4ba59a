package klynge.browser;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Follows the same-origin links of the application breadth-first from a start page, as
 * whoever is logged in in the {@link Browser}, and runs {@link Axe} on every page it
 * reaches (error pages included). Pages differing only in ids count as one kind of page,
 * of which it checks at most {@value #PER_PATTERN}; at most {@value #MAX_PAGES} pages in
 * all.
 */
final class Crawler {

	static final int MAX_PAGES = 150;

	static final int PER_PATTERN = 2;

	private static final List<String> SKIPPED_PREFIXES = List.of("/swagger-ui", "/v3/api-docs", "/actuator",
			"/webjars/", "/css/", "/js/", "/vendor/", "/cluster/", "/api/");

	private static final Set<String> SKIPPED_PATHS = Set.of("/logout", "/favicon.ico");

	private static final Pattern ID = Pattern
		.compile("\\d+|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	/** A file rather than a page: /export.csv, /minutes/3.pdf (but not .html). */
	private static final Pattern FILE = Pattern.compile(".*\\.(?!html?$)[A-Za-z0-9]{1,5}");

	private static final String LINKS = "return Array.from(document.querySelectorAll('a[href], area[href]'))"
			+ ".filter(function (a) { return !a.hasAttribute('download'); })"
			+ ".map(function (a) { return a.href; });";

	private final Browser browser;

	private final Axe axe;

	/**
	 * A script run on every page, returning a list of findings (none: an empty list), or
	 * null.
	 */
	private final String pageCheck;

	Crawler(Browser browser, Axe axe) {
		this(browser, axe, null);
	}

	Crawler(Browser browser, Axe axe, String pageCheck) {
		this.browser = browser;
		this.axe = axe;
		this.pageCheck = pageCheck;
	}

	/**
	 * The elements sticking out past the right edge of the viewport, widest first (tag,
	 * classes, how far), to name the culprit when a page scrolls sideways.
	 */
	private static final String OVERFLOWING = "var w = document.documentElement.clientWidth; var out = [];"
			+ " document.querySelectorAll('body *').forEach(function (e) {"
			+ "  var r = e.getBoundingClientRect(); if (r.width > 0 && r.right > w + 0.5) {"
			+ "   var inScroller = false; for (var p = e.parentElement; p && p !== document.body; p = p.parentElement) {"
			+ "    var o = getComputedStyle(p).overflowX; if (o === 'auto' || o === 'scroll' || o === 'hidden') { inScroller = true; break; } }"
			+ "   if (!inScroller) { out.push([Math.round(r.right - w), e.tagName.toLowerCase()"
			+ "    + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined && e.className ? '.' + e.className.trim().split(/\\s+/).join('.') : '')]); } } });"
			+ " out.sort(function (a, b) { return b[0] - a[0]; });"
			+ " return out.slice(0, 3).map(function (o) { return o[1] + ' +' + o[0] + 'px'; });";

	/**
	 * After a load, in one call (each call to the browser costs a round trip): whether
	 * the crawler's mark survived (no new document: a download), where the browser landed
	 * (path and query, as {@link Browser#currentPath()}), the content type and the HTTP
	 * status (as {@link Browser#status()}).
	 */
	private static final String LOADED = "var n = performance.getEntriesByType('navigation')[0];"
			+ " return [window.__klyngeCrawler === true, location.pathname + location.search, document.contentType,"
			+ " n && n.responseStatus ? n.responseStatus : 0];";

	/**
	 * At one width, in one call: how many CSS pixels the page scrolls sideways (as
	 * {@link Browser#horizontalOverflow()}), the elements sticking out if it does, and
	 * the view's page check's findings.
	 */
	private static String layoutScript(String pageCheck) {
		return "var overflow = Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth);"
				+ " var overflowing = overflow === 0 ? [] : (function () { " + OVERFLOWING + " })();"
				+ " var findings = " + (pageCheck == null ? "[]" : "(function () { " + pageCheck + " })()") + ";"
				+ " return [overflow, overflowing, findings || []];";
	}

	private static List<String> strings(Object list) {
		return ((List<?>) list).stream().map(String::valueOf).toList();
	}

	/**
	 * A page the crawler checked; {@code overflow}: how many CSS pixels it scrolled
	 * sideways, and the elements that stuck out.
	 */
	record Page(String path, String landed, int status, List<Axe.Violation> violations, List<String> consoleErrors,
			int overflow, List<String> overflowing, List<String> findings) {

		String label() {
			return landed.equals(path) ? path : path + " → " + landed;
		}
	}

	/** What one crawl saw. */
	record Crawl(String who, String view, List<Page> pages, List<String> skipped, String timing) {

		/** Where the checked pages ended up, after redirects. */
		List<String> paths() {
			return pages.stream().map(Page::landed).toList();
		}

		/**
		 * Accessibility violations, server errors (5xx) and JavaScript errors, one line
		 * each.
		 */
		List<String> problems() {
			List<String> problems = new ArrayList<>();
			for (Page page : pages) {
				String label = who + " " + page.label();
				page.violations().forEach(v -> problems.add(v.describe(label)));
				if (page.status() >= 500) {
					problems.add(label + " → HTTP " + page.status());
				}
				page.consoleErrors().forEach(error -> problems.add(label + " → console: " + error));
			}
			return problems;
		}

		/**
		 * Pages wider than the viewport, one line each with the elements that stick out.
		 */
		List<String> overflows() {
			return pages.stream()
				.filter(page -> page.overflow() > 0)
				.map(page -> who + " " + page.label() + " → " + page.overflow() + " px sideways " + page.overflowing())
				.toList();
		}

		/** What the crawler's page check found, one line per page. */
		List<String> findings() {
			return pages.stream()
				.filter(page -> !page.findings().isEmpty())
				.map(page -> who + " " + page.label() + " → " + page.findings())
				.toList();
		}

		String report() {
			StringBuilder report = new StringBuilder(
					"Accessibility crawl as " + who + (view.isEmpty() ? "" : " at " + view) + ": " + pages.size()
							+ " page(s) checked (" + timing + ")\n");
			for (Page page : pages) {
				report.append("  ")
					.append(page.status() == 0 ? "---" : page.status())
					.append(' ')
					.append(page.label())
					.append(page.violations().isEmpty() ? "" : "  [" + page.violations().size() + " violation(s)]")
					.append(page.overflow() == 0 ? "" : "  [" + page.overflow() + " px sideways]")
					.append('\n');
			}
			if (!skipped.isEmpty()) {
				report.append("  not checked: ").append(String.join(", ", skipped)).append('\n');
			}
			return report.toString();
		}
	}

	/**
	 * A width every page is checked at: axe, sideways scrolling and the page check (a
	 * script returning a list of findings, or null for none). Width 0: the browser's
	 * window as it is, unresized. Screenshots of failing pages go to {@code screenshots}.
	 */
	record View(String name, int width, int height, String pageCheck, Path screenshots) {

		/**
		 * Resizes the window and tells the page at once (Chromium fires resize with the
		 * next frame): klynge.js makes a table's box focusable when it scrolls at the new
		 * width, as on a turned phone or a zoomed page.
		 */
		void apply(Browser browser) {
			if (width > 0) {
				browser.viewport(width, height);
				browser.script("window.dispatchEvent(new Event('resize'));");
			}
		}
	}

	/**
	 * Crawls from {@code start} at the browser's current size; the language versions of
	 * the start page ({@code /?lang=xx}) are checked last, bokmål last of all so the
	 * language cookie ends where it began.
	 */
	Crawl crawl(String who, String start, Path screenshots) {
		return crawl(who, start, List.of(new View("", 0, 0, pageCheck, screenshots))).getFirst();
	}

	/**
	 * Crawls from {@code start} once, checking every page at each of the views in turn on
	 * the same load (the window resized between them: the layout follows CSS, and the one
	 * script that reads the width, klynge.js's table boxes, follows resizes): one
	 * {@link Crawl} per view, in their order. Each page is loaded at the first view's
	 * size.
	 */
	List<Crawl> crawl(String who, String start, List<View> views) {
		URI base = URI.create(browser.baseUrl() + "/");
		Queue<String> queue = new ArrayDeque<>(List.of(start));
		Set<String> queued = new HashSet<>(queue);
		Set<String> languages = new LinkedHashSet<>();
		Set<String> landedOn = new HashSet<>();
		Map<String, Integer> perPattern = new HashMap<>();
		List<List<Page>> pages = new ArrayList<>();
		views.forEach(view -> pages.add(new ArrayList<>()));
		List<String> skipped = new ArrayList<>();
		long started = System.nanoTime();
		long axeNanos = 0;
		long loadNanos = 0;
		browser.consoleErrors();
		Runnable axeOff = axe.onEveryPage();
		try {
			while (pages.getFirst().size() < MAX_PAGES && (!queue.isEmpty() || !languages.isEmpty())) {
				int checked = pages.getFirst().size();
				// the language pages come last, but always within the budget
				boolean languagesNow = !languages.isEmpty()
						&& (queue.isEmpty() || checked >= MAX_PAGES - languages.size());
				String path = languagesNow ? nextLanguage(languages) : queue.poll();
				String pattern = pattern(path);
				if (perPattern.getOrDefault(pattern, 0) >= PER_PATTERN) {
					skipped.add(path);
					continue;
				}
				perPattern.merge(pattern, 1, Integer::sum);
				// the next page loads at the first view's size; the page leaving needs no
				// resize event (klynge.js would lay it out anew for nothing)
				if (views.getFirst().width() > 0) {
					browser.viewport(views.getFirst().width(), views.getFirst().height());
				}
				browser.script("window.__klyngeCrawler = true;");
				long loadStarted = System.nanoTime();
				browser.open(path);
				List<?> loaded = (List<?>) browser.script(LOADED);
				loadNanos += System.nanoTime() - loadStarted;
				if (Boolean.TRUE.equals(loaded.get(0))) {
					skipped.add(path + " (no page: a download?)");
					continue;
				}
				String landed = String.valueOf(loaded.get(1));
				if (!landedOn.add(landed)) {
					skipped.add(path + " (→ " + landed + ", already checked)");
					continue;
				}
				String contentType = String.valueOf(loaded.get(2));
				if (!contentType.startsWith("text/html")) {
					skipped.add(path + " (" + contentType + ")");
					continue;
				}
				int status = ((Number) loaded.get(3)).intValue();
				for (int v = 0; v < views.size(); v++) {
					View view = views.get(v);
					if (v > 0) {
						view.apply(browser);
					}
					long axeStarted = System.nanoTime();
					List<Axe.Violation> violations = axe.violations();
					axeNanos += System.nanoTime() - axeStarted;
					List<String> consoleErrors = browser.consoleErrors();
					List<?> layout = (List<?>) browser.script(layoutScript(view.pageCheck()));
					int overflow = ((Number) layout.get(0)).intValue();
					List<String> overflowing = strings(layout.get(1));
					List<String> findings = strings(layout.get(2));
					List<Page> viewPages = pages.get(v);
					viewPages.add(
							new Page(path, landed, status, violations, consoleErrors, overflow, overflowing, findings));
					if ((!violations.isEmpty() || overflow > 0 || !findings.isEmpty()) && view.screenshots() != null) {
						browser.screenshot(view.screenshots().resolve(who + "-" + viewPages.size() + ".png"));
					}
				}
				for (Object href : (List<?>) browser.script(LINKS)) {
					link(base, String.valueOf(href)).ifPresent(link -> {
						if (link.contains("?lang=")) {
							if (!queued.contains(link)) {
								languages.add(link);
							}
						}
						else if (queued.add(link)) {
							queue.add(link);
						}
					});
				}
				queued.addAll(languages);
			}
		}
		finally {
			axeOff.run();
		}
		queue.forEach(path -> skipped.add(path + " (over " + MAX_PAGES + " pages)"));
		views.getFirst().apply(browser);
		String timing = String.format(Locale.ROOT, "%.1f s, of which loading %.1f s, axe %.1f s",
				(System.nanoTime() - started) / 1e9, loadNanos / 1e9, axeNanos / 1e9);
		List<Crawl> crawls = new ArrayList<>();
		for (int v = 0; v < views.size(); v++) {
			crawls.add(new Crawl(who, views.get(v).name(), List.copyOf(pages.get(v)), List.copyOf(skipped), timing));
		}
		return crawls;
	}

	private static String nextLanguage(Set<String> languages) {
		String next = languages.stream()
			.filter(link -> !link.endsWith("lang=nb") || languages.size() == 1)
			.findFirst()
			.orElseThrow();
		languages.remove(next);
		return next;
	}

	/**
	 * The path and query of a link worth following, without its fragment; empty for other
	 * origins, logout, API docs, static files, downloads, and language switches other
	 * than on the start page.
	 */
	static Optional<String> link(URI base, String href) {
		URI uri;
		try {
			uri = base.resolve(new URI(href.strip()));
		}
		catch (URISyntaxException | IllegalArgumentException ex) {
			return Optional.empty();
		}
		if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
				|| !uri.getScheme().equals(base.getScheme()) || !base.getHost().equalsIgnoreCase(uri.getHost())
				|| base.getPort() != uri.getPort()) {
			return Optional.empty();
		}
		String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
		if (SKIPPED_PATHS.contains(path) || SKIPPED_PREFIXES.stream().anyMatch(path::startsWith)
				|| FILE.matcher(path.substring(path.lastIndexOf('/') + 1)).matches()) {
			return Optional.empty();
		}
		String query = uri.getRawQuery();
		if (query != null) {
			Optional<String> lang = Arrays.stream(query.split("&"))
				.filter(parameter -> parameter.startsWith("lang="))
				.findFirst();
			if (lang.isPresent()) {
				return "/".equals(path) ? Optional.of("/?" + lang.get()) : Optional.empty();
			}
		}
		return Optional.of(query == null || query.isEmpty() ? path : path + "?" + query);
	}

	/**
	 * The kind of page: the path with numeric and UUID segments replaced by {id}, query
	 * ignored.
	 */
	static String pattern(String pathAndQuery) {
		int query = pathAndQuery.indexOf('?');
		String path = query < 0 ? pathAndQuery : pathAndQuery.substring(0, query);
		if (pathAndQuery.startsWith("/?lang=")) {
			return pathAndQuery;
		}
		return Arrays.stream(path.split("/", -1))
			.map(segment -> ID.matcher(segment).matches() ? "{id}" : segment)
			.collect(Collectors.joining("/"));
	}

}
