package klynge.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class OverloadFilterTests {

	/**
	 * A limiter whose only place is taken and that queues nobody: every request is
	 * refused.
	 */
	static ConcurrencyLimiter full() {
		ConcurrencyLimiter limiter = new ConcurrencyLimiter(1, 0, Duration.ZERO);
		assertThat(limiter.tryAcquire()).isTrue();
		return limiter;
	}

	@Test
	void passesRequestsThroughAndFreesThePlaceAfterwards() throws Exception {
		ConcurrencyLimiter limiter = new ConcurrencyLimiter(1, 0, Duration.ZERO);
		MockFilterChain chain = new MockFilterChain();
		MockHttpServletResponse response = new MockHttpServletResponse();
		new OverloadFilter(limiter).doFilter(new MockHttpServletRequest("GET", "/meetings"), response, chain);
		assertThat(chain.getRequest()).isNotNull();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(limiter.inUse()).isZero();
	}

	@Test
	void freesThePlaceWhenTheRequestFails() throws Exception {
		ConcurrencyLimiter limiter = new ConcurrencyLimiter(1, 0, Duration.ZERO);
		MockFilterChain failing = new MockFilterChain(new HttpServlet() {
			@Override
			protected void service(HttpServletRequest req, HttpServletResponse res) {
				throw new IllegalStateException("boom");
			}
		});
		try {
			new OverloadFilter(limiter).doFilter(new MockHttpServletRequest("GET", "/x"), new MockHttpServletResponse(),
					failing);
		}
		catch (IllegalStateException expected) {
			// the request's own failure
		}
		assertThat(limiter.inUse()).isZero();
	}

	@Test
	void refusesApiRequestsWithProblemJsonAndRetryAfter() throws Exception {
		MockFilterChain chain = new MockFilterChain();
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/people");
		request.addHeader("Accept-Language", "en");
		new OverloadFilter(full()).doFilter(request, response, chain);
		assertThat(chain.getRequest()).as("not passed on").isNull();
		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getHeader("Retry-After")).isEqualTo("1");
		assertThat(response.getContentType()).startsWith("application/problem+json");
		assertThat(response.getContentAsString()).contains("\"status\":503")
			.contains("urn:klynge:problem:overloaded")
			.contains("Too many requests");
	}

	@Test
	void refusesPagesWithAShortPageInTheVisitorsLanguage() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/meetings");
		request.setCookies(new Cookie("klynge-lang", "nn"));
		MockHttpServletResponse response = new MockHttpServletResponse();
		new OverloadFilter(full()).doFilter(request, response, new MockFilterChain());
		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getHeader("Retry-After")).isEqualTo("1");
		assertThat(response.getContentType()).startsWith("text/html");
		String page = response.getContentAsString();
		assertThat(page).contains("<html lang=\"nn\"")
			.contains("<h1>For mange førespurnader</h1>")
			.doesNotContain("<script")
			.doesNotContain("style=");
	}

	@Test
	void bokmalWithoutAnyLanguageHint() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		new OverloadFilter(full()).doFilter(new MockHttpServletRequest("GET", "/"), response, new MockFilterChain());
		assertThat(response.getContentAsString()).contains("lang=\"nb\"").contains("For mange forespørsler");
	}

	@Test
	void neverRefusesHealthProbes() throws Exception {
		for (String path : new String[] { "/actuator/health", "/actuator/health/readiness" }) {
			MockFilterChain chain = new MockFilterChain();
			MockHttpServletResponse response = new MockHttpServletResponse();
			new OverloadFilter(full()).doFilter(new MockHttpServletRequest("GET", path), response, chain);
			assertThat(chain.getRequest()).as(path).isNotNull();
			assertThat(response.getStatus()).as(path).isEqualTo(200);
		}
	}

	@Test
	void readsAFormBodyBeforeTakingAPlaceAndHandsOnItsParameters() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
		request.setQueryString("lang=en");
		request.setParameter("lang", "en"); // as the container parses the query string
		request.setContentType("application/x-www-form-urlencoded");
		request.setCharacterEncoding("UTF-8");
		request.setContent("username=bl%C3%A5b%C3%A6r&password=a+b%26c&lang=nn".getBytes(StandardCharsets.US_ASCII));
		MockFilterChain chain = new MockFilterChain();
		new OverloadFilter(new ConcurrencyLimiter(1, 0, Duration.ZERO)).doFilter(request, new MockHttpServletResponse(),
				chain);
		var passed = (HttpServletRequest) chain.getRequest();
		assertThat(passed.getParameter("username")).isEqualTo("blåbær");
		assertThat(passed.getParameter("password")).isEqualTo("a b&c");
		assertThat(passed.getParameterValues("lang")).containsExactly("en", "nn");
		assertThat(passed.getInputStream().readAllBytes()).hasSize(50);
	}

	@Test
	void refusesATooLargeBodyWith413InTheVisitorsLanguage() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
		request.setContentType("application/x-www-form-urlencoded");
		request.addHeader("Accept-Language", "en");
		request.setContent(new byte[3 * 1024 * 1024]);
		MockFilterChain chain = new MockFilterChain();
		MockHttpServletResponse response = new MockHttpServletResponse();
		new OverloadFilter(new ConcurrencyLimiter(1, 0, Duration.ZERO)).doFilter(request, response, chain);
		assertThat(chain.getRequest()).isNull();
		assertThat(response.getStatus()).isEqualTo(413);
		assertThat(response.getContentAsString()).contains("Request too large");
	}

}
