package klynge.search;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Searches as a reader (null: anonymous; else a demo user with password "demo") through
 * the JSON API, for the search tests of the modules that feed the index.
 */
public final class SearchProbe {

	private final MockMvc mvc;

	public SearchProbe(MockMvc mvc) {
		this.mvc = mvc;
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
