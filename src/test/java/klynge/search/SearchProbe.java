package klynge.search;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Searches as a reader (null: anonymous; else a demo user with password "demo") through
 * the JSON API, for the search tests of the modules that feed the index. Those tests
 * write their own rows first, then take a probe from {@link #rebuilt} so the index holds
 * them.
 */
public final class SearchProbe {

	/** The demo cluster. */
	public static final UUID ALREK = UUID.fromString("a1ec0000-0000-4000-8000-000000000001");

	/** The other cluster, whose user "nord" must find nothing of Alrek's. */
	public static final UUID NORD = UUID.fromString("40d00000-0000-4000-8000-000000000002");

	private final MockMvc mvc;

	private SearchProbe(MockMvc mvc) {
		this.mvc = mvc;
	}

	/** A probe on an index rebuilt for both clusters from what the database holds now. */
	public static SearchProbe rebuilt(MockMvc mvc, SearchIndex index) {
		index.rebuild(ALREK);
		index.rebuild(NORD);
		return new SearchProbe(mvc);
	}

	/**
	 * A word new on each call that no demo text holds, of letters only (digits as x) so
	 * the text search takes it as one plain word; a test appends its own endings to it.
	 */
	public static String uniqueWord() {
		return "zq" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "x");
	}

	/** The raw JSON answer of a search, optionally of one type. */
	public String json(String user, String q, String type) throws Exception {
		MockHttpServletRequestBuilder request = get("/api/v1/search").param("q", q).accept(MediaType.APPLICATION_JSON);
		if (type != null) {
			request.param("type", type);
		}
		if (user != null) {
			request.with(httpBasic(user, "demo"));
		}
		return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	public List<String> titles(String user, String q, String type) throws Exception {
		return JsonPath.read(json(user, q, type), "$.hits[*].title");
	}

	public List<String> urls(String user, String q, String type) throws Exception {
		return JsonPath.read(json(user, q, type), "$.hits[*].url");
	}

	/** A page as the reader gets it (HTML). */
	public String page(String user, String path) throws Exception {
		MockHttpServletRequestBuilder request = get(path).accept(MediaType.TEXT_HTML);
		if (user != null) {
			request.with(httpBasic(user, "demo"));
		}
		return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
