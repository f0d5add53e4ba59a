package klynge.gates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import klynge.KlyngeIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/**
 * Issue 17, requirements 3 and 6: an anonymous visitor starts at the public journal
 * ({@code /offentlig}) and follows every link on the same host to depth {@value #DEPTH}.
 * No page answers 5xx, every route reached is one the access matrix ({@link Policy})
 * opens to anonymous visitors, and no page holds the title or text of an item (or
 * document) that is exempt today or for members only — collected from the database, so
 * the check grows with the data.
 */
@KlyngeIntegrationTest
class PublicCrawlTests {

	static final int DEPTH = 2;

	/** Enough for the demo's pages at this depth; a bound keeps a link loop finite. */
	static final int MAX_PAGES = 600;

	static final Pattern HREF = Pattern.compile("(?:href|src)=\"([^\"]*)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAnonymousCrawlFromThePublicJournalLeaksNothingAndReachesOnlyPublicRoutes() throws Exception {
		List<String> secrets = secrets();
		assertThat(secrets).as("the demo has exempt and members-only items").isNotEmpty();
		assertThat(secrets).contains("Tilsetting i sekretariatet");

		Map<String, Integer> depthOf = new LinkedHashMap<>();
		Deque<String> queue = new ArrayDeque<>();
		depthOf.put("/offentlig", 0);
		queue.add("/offentlig");
		List<String> problems = new ArrayList<>();
		int fetched = 0;
		while (!queue.isEmpty() && fetched < MAX_PAGES) {
			String uri = queue.poll();
			fetched++;
			Optional<Policy.Row> row = row(uri);
			if (row.isEmpty()) {
				problems.add(uri + ": no route of the access matrix");
			}
			else if (row.get().expect(Policy.Role.ANONYMOUS) != Policy.Expect.ALLOWED) {
				problems.add(uri + ": linked for anonymous, but " + row.get().pattern() + " is not open to them");
			}
			MockHttpServletResponse response = mvc.perform(get(uri)).andReturn().getResponse();
			if (response.getStatus() >= 500 || response.getStatus() == 404) {
				// a 404 is a dead link on a public page
				problems.add(uri + ": " + response.getStatus());
				continue;
			}
			String type = response.getContentType() == null ? "" : response.getContentType();
			if (!type.contains("html") && !type.contains("json") && !type.contains("xml")
					&& !type.startsWith("text/")) {
				continue;
			}
			String raw = response.getContentAsString(StandardCharsets.UTF_8);
			String body = HtmlUtils.htmlUnescape(raw);
			for (String secret : secrets) {
				if (body.contains(secret)) {
					problems.add(uri + ": shows \"" + secret + "\"");
				}
			}
			// the page's own links: in the unescaped text, escaped user text such as the
			// XSS corpus's '<a href="jav&#x09;ascript:…">' would look like one
			Matcher href = HREF.matcher(raw);
			while (href.find()) {
				// every link is absolute, a path, a query or a fragment; anything else is
				// a
				// broken template expression (one rendered as "${d.meeting().path()}
				// +?…")
				if (!HtmlUtils.htmlUnescape(href.group(1)).matches("(/|#|\\?|https?:|mailto:|tel:|data:).*")) {
					problems.add(uri + ": broken link " + href.group(1));
				}
			}
			int depth = depthOf.get(uri);
			if (depth >= DEPTH || !type.contains("html")) {
				continue;
			}
			for (String link : links(body)) {
				if (!depthOf.containsKey(link)) {
					depthOf.put(link, depth + 1);
					queue.add(link);
				}
			}
		}
		assertThat(problems).isEmpty();
		assertThat(fetched).as("pages crawled").isGreaterThan(20);
		assertThat(depthOf).containsKeys("/offentlig/styringsgruppen/2023-03-20", "/offentlig/vedtak",
				"/offentlig/arbeidsgruppen/2021-06-03");
	}

	/**
	 * What no anonymous page may show: titles and texts of items and documents exempt
	 * today or for members only, and their minutes, except strings that are also public
	 * (a public title, another public item's title) or too short to tell.
	 */
	private List<String> secrets() {
		List<String> hidden = jdbc
			.sql("""
					select s from (
					  select i.title as s, i.access, i.exemption_ends from agenda_item i where i.cluster_id = ?
					  union all select i.proposed_decision, i.access, i.exemption_ends from agenda_item i where i.cluster_id = ?
					  union all select m.notes, i.access, i.exemption_ends
					    from item_minutes m join agenda_item i on i.id = m.item_id where i.cluster_id = ?
					  union all select m.decision, i.access, i.exemption_ends
					    from item_minutes m join agenda_item i on i.id = m.item_id where i.cluster_id = ?
					  union all select d.title, d.access, d.exemption_ends from item_document d where d.cluster_id = ?
					) hidden
					where access <> 'PUBLIC' and (exemption_ends is null or exemption_ends > current_date)
					  and s is not null and length(s) >= 12""")
			.params(Handlers.ALREK, Handlers.ALREK, Handlers.ALREK, Handlers.ALREK, Handlers.ALREK)
			.query(String.class)
			.list();
		Set<String> open = new HashSet<>(jdbc.sql("""
				select title from agenda_item where cluster_id = ? and (access = 'PUBLIC'
				       or (exemption_ends is not null and exemption_ends <= current_date))
				union select public_title from agenda_item where cluster_id = ? and public_title is not null
				union select title from item_document where cluster_id = ? and access = 'PUBLIC'""")
			.params(Handlers.ALREK, Handlers.ALREK, Handlers.ALREK)
			.query(String.class)
			.list());
		return hidden.stream().map(String::strip).filter(s -> !open.contains(s)).distinct().toList();
	}

	/** The same-host links of a page, without fragment; static files left out. */
	private static Set<String> links(String html) {
		Set<String> found = new HashSet<>();
		Matcher matcher = HREF.matcher(html);
		while (matcher.find()) {
			String link = matcher.group(1).replaceFirst("^http://localhost(:8080)?", "");
			int hash = link.indexOf('#');
			if (hash >= 0) {
				link = link.substring(0, hash);
			}
			if (!link.startsWith("/") || link.startsWith("//") || link.startsWith("/css/")
					|| link.startsWith("/vendor/") || link.startsWith("/webjars/") || link.startsWith("/js/")
					|| link.equals("/logout") || link.startsWith("/oauth2/authorization/")) {
				// (the sign-on buttons a sign-on test may have added lead to the identity
				// provider, not to a page)
				continue;
			}
			found.add(link);
		}
		return found;
	}

	/**
	 * The access matrix's GET row for a path: a row without variables before one with.
	 */
	private static Optional<Policy.Row> row(String uri) {
		String path = uri.contains("?") ? uri.substring(0, uri.indexOf('?')) : uri;
		return Policy.ROWS.stream()
			.filter(row -> row.method().equals("GET"))
			.filter(row -> path.matches(regex(row.pattern())))
			.min((a, b) -> Integer.compare(variables(a.pattern()), variables(b.pattern())));
	}

	private static String regex(String pattern) {
		StringBuilder regex = new StringBuilder();
		for (String part : pattern.split("(?=\\{)|(?<=\\})")) {
			if (part.startsWith("{") && part.endsWith("}")) {
				regex.append("[^/]+");
			}
			else if (part.equals("**") || part.endsWith("/**")) {
				regex.append(Pattern.quote(part.substring(0, part.length() - 2))).append(".*");
			}
			else {
				regex.append(Pattern.quote(part));
			}
		}
		return regex.toString();
	}

	private static int variables(String pattern) {
		return pattern.split("\\{", -1).length - 1;
	}

}
