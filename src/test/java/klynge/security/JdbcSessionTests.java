package klynge.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sessions in PostgreSQL (Spring Session JDBC), over real HTTP as a browser sends them:
 * the login writes a session row any instance can read, with the cookie's settings and
 * the 30 minute timeout kept; a new login gets a new session id (no fixation); CSRF still
 * guards a session's writes; logout deletes the row. (The other tests run with the
 * container's sessions, see src/test/resources/config/application.yaml.)
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "spring.autoconfigure.exclude=")
class JdbcSessionTests {

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private static final Pattern CSRF_META = Pattern.compile("name=\"_csrf\"\\s+content=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	final HttpClient http = HttpClient.newHttpClient();

	/** The browser's cookie jar: name to value. */
	final Map<String, String> cookies = new LinkedHashMap<>();

	@Test
	void aLoginLivesInTheDatabaseUntilLogout() throws Exception {
		HttpResponse<String> login = login("sekretariat");
		assertThat(login.statusCode()).isEqualTo(302);
		String setCookie = login.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(value -> value.startsWith("JSESSIONID="))
			.findFirst()
			.orElseThrow();
		assertThat(setCookie).contains("HttpOnly").contains("SameSite=Lax").contains("Path=/");
		assertThat(sessionRows("sekretariat")).isEqualTo(1);
		assertThat(jdbc.sql("select max(max_inactive_interval) from spring_session where principal_name = ?")
			.param("sekretariat")
			.query(Integer.class)
			.single()).as("30 min").isEqualTo(1800);

		assertThat(get("/api/v1/people").statusCode()).as("the session is logged in").isEqualTo(200);
		HttpResponse<String> withoutToken = send(HttpRequest.newBuilder(uri("/api/v1/people"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Økt Uten Token\",\"code\":\"JDBC1\"}")));
		assertThat(withoutToken.statusCode()).as("CSRF guards the session's writes").isEqualTo(403);

		String token = match(CSRF_META, get("/").body());
		HttpResponse<String> logout = send(HttpRequest.newBuilder(uri("/logout"))
			.header("Accept", "text/html")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + token)));
		assertThat(logout.statusCode()).as("to the login page, or done (htmx)").isIn(302, 204);
		assertThat(sessionRows("sekretariat")).isZero();
		assertThat(get("/api/v1/people").statusCode()).as("logged out").isEqualTo(401);
	}

	@Test
	void aNewLoginGetsANewSessionId() throws Exception {
		login("leder");
		String before = cookies.get("JSESSIONID");
		assertThat(before).isNotBlank();
		login("medlem");
		String after = cookies.get("JSESSIONID");
		assertThat(after).isNotEqualTo(before);
		assertThat(sessionRows("leder")).as("the old session is gone with its id").isZero();
		assertThat(sessionRows("medlem")).isEqualTo(1);
	}

	private HttpResponse<String> login(String username) throws IOException, InterruptedException {
		String token = match(CSRF_FIELD, get("/login").body());
		return send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers
				.ofString("username=" + username + "&password=demo&_csrf=" + token.replace("=", "%3D"))));
	}

	private int sessionRows(String principal) {
		return jdbc.sql("select count(*) from spring_session where principal_name = ?")
			.param(principal)
			.query(Integer.class)
			.single();
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(uri(path))
			.header("Accept", path.startsWith("/api") ? "application/json" : "text/html"));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		if (!cookies.isEmpty()) {
			request.header("Cookie",
					cookies.entrySet()
						.stream()
						.map(cookie -> cookie.getKey() + "=" + cookie.getValue())
						.collect(Collectors.joining("; ")));
		}
		HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		List<String> set = response.headers().allValues("Set-Cookie");
		for (String value : set) {
			String pair = value.split(";", 2)[0];
			int equals = pair.indexOf('=');
			String name = pair.substring(0, equals);
			String content = pair.substring(equals + 1);
			if (content.isEmpty() || value.contains("Max-Age=0")) {
				cookies.remove(name);
			}
			else {
				cookies.put(name, content);
			}
		}
		return response;
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static String match(Pattern pattern, String html) {
		Matcher matcher = pattern.matcher(html);
		assertThat(matcher.find()).as("%s in the page", pattern).isTrue();
		return matcher.group(1);
	}

}
