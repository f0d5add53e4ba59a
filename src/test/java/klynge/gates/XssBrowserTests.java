package klynge.gates;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import klynge.browser.Browser;
import klynge.browser.BrowserTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.UnhandledAlertException;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Requirement 3 (XSS) in a real browser: the corpus written through the API, then every
 * page that shows it opened in Chromium as an administrator; no alert, confirm or prompt
 * may open, the console must show no error (a CSP refusal means markup got through), and
 * the text is on the page.
 */
@BrowserTest
class XssBrowserTests {

	static Browser browser;

	static int port;

	@BeforeAll
	static void port(@LocalServerPort int localPort) {
		port = localPort;
	}

	@Test
	void noCorpusEntryRunsInTheBrowser() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		String basic = "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8));
		XssCorpus corpus = new XssCorpus((method, path, json) -> {
			HttpResponse<String> response = http
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
					.header("Authorization", basic)
					.header("Content-Type", "application/json")
					.header("Accept", "application/json")
					.method(method, HttpRequest.BodyPublishers.ofString(json))
					.build(), HttpResponse.BodyHandlers.ofString());
			return new XssCorpus.Answer(response.statusCode(), response.body());
		}).writeAll(null);
		assertThat(corpus.problems).isEmpty();
		assertThat(browser.loginAs("admin", "demo")).isEqualTo("/");
		browser.consoleErrors();
		List<String> executed = new ArrayList<>();
		for (XssCorpus.Shown shown : corpus.pages) {
			try {
				browser.open(shown.path());
			}
			catch (UnhandledAlertException ex) {
				executed.add(shown.path() + ": alert " + ex.getAlertText());
				dismissAlerts();
				continue;
			}
			if (dismissAlerts()) {
				executed.add(shown.path() + ": an alert opened");
			}
			assertThat(browser.status()).as(shown.path()).isLessThan(500);
			Object text = browser.script("return document.body.innerText;");
			if (shown.entry() != null && shown.entry().startsWith("<script>") && shown.path().startsWith("/people/")
					&& !String.valueOf(text).contains("<script>alert(1)</script>")) {
				executed.add(shown.path() + ": the script entry is not shown as text");
			}
			browser.consoleErrors().forEach(error -> executed.add(shown.path() + ": console " + error));
		}
		assertThat(corpus.pages).hasSizeGreaterThan(20);
		assertThat(executed).isEmpty();
	}

	private static boolean dismissAlerts() {
		boolean any = false;
		for (int i = 0; i < 5; i++) {
			try {
				browser.driver().switchTo().alert().dismiss();
				any = true;
			}
			catch (NoAlertPresentException ex) {
				return any;
			}
		}
		return any;
	}

}
