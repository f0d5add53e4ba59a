package klynge.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Which links the accessibility crawler follows, and what it counts as the same kind of
 * page.
 */
class CrawlerTests {

	static final URI BASE = URI.create("http://localhost:4711/");

	@Test
	void followsSameOriginPagesWithoutFragments() {
		assertThat(Crawler.link(BASE, "http://localhost:4711/bodies")).contains("/bodies");
		assertThat(Crawler.link(BASE, "/people?q=an&page=2#results")).contains("/people?q=an&page=2");
		assertThat(Crawler.link(BASE, "http://localhost:4711/")).contains("/");
		assertThat(Crawler.link(BASE, "http://localhost:4711")).contains("/");
		assertThat(Crawler.link(BASE, "people/./new")).contains("/people/new");
	}

	@Test
	void ignoresOtherOriginsAndSchemes() {
		assertThat(Crawler.link(BASE, "https://localhost:4711/bodies")).isEmpty();
		assertThat(Crawler.link(BASE, "http://localhost:4712/bodies")).isEmpty();
		assertThat(Crawler.link(BASE, "http://example.org/bodies")).isEmpty();
		assertThat(Crawler.link(BASE, "mailto:kw@example.org")).isEmpty();
		assertThat(Crawler.link(BASE, "javascript:void(0)")).isEmpty();
		assertThat(Crawler.link(BASE, "not a uri")).isEmpty();
	}

	@Test
	void ignoresLogoutDocsOperationsStaticFilesAndDownloads() {
		for (String href : List.of("/logout", "/swagger-ui.html", "/swagger-ui/index.html", "/v3/api-docs",
				"/v3/api-docs/swagger-config", "/actuator/health", "/webjars/htmx.org/dist/htmx.min.js",
				"/css/klynge.css", "/js/klynge.js", "/cluster/logo", "/cluster/theme.css", "/api/v1/people",
				"/favicon.ico", "/audit/export.csv", "/minutes/12.pdf")) {
			assertThat(Crawler.link(BASE, href)).as(href).isEmpty();
		}
		assertThat(Crawler.link(BASE, "/help.html")).contains("/help.html");
	}

	@Test
	void followsLanguageSwitchesOnlyOnTheStartPage() {
		assertThat(Crawler.link(BASE, "http://localhost:4711/?lang=nn")).contains("/?lang=nn");
		assertThat(Crawler.link(BASE, "/?page=2&lang=en")).contains("/?lang=en");
		assertThat(Crawler.link(BASE, "/bodies?lang=nn")).isEmpty();
		assertThat(Crawler.link(BASE, "/people/7f8e9d1c-0a1b-4c2d-9e3f-4a5b6c7d8e9f?lang=en")).isEmpty();
	}

	@Test
	void countsPagesThatDifferOnlyInIdsAsOneKind() {
		assertThat(Crawler.pattern("/people/7f8e9d1c-0a1b-4c2d-9e3f-4a5b6c7d8e9f"))
			.isEqualTo(Crawler.pattern("/people/00000000-0000-4000-8000-000000000001"))
			.isEqualTo("/people/{id}");
		assertThat(Crawler.pattern("/bodies/12/meetings/3?tab=agenda")).isEqualTo("/bodies/{id}/meetings/{id}");
		assertThat(Crawler.pattern("/people?page=2")).isEqualTo("/people");
		assertThat(Crawler.pattern("/people/new")).isEqualTo("/people/new");
		assertThat(Crawler.pattern("/")).isEqualTo("/");
		assertThat(Crawler.pattern("/?lang=nn")).isNotEqualTo(Crawler.pattern("/?lang=en"));
	}

}
