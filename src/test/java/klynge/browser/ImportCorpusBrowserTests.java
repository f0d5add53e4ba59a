package klynge.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 12, "done when", in the browser: the secretariat uploads the whole corpus of
 * other bodies' minutes (src/test/resources/import-corpus) as one ZIP on /imports,
 * chooses in the preview a body of its own for each document (their case numbers would
 * clash in one body) and a date where the document gives none, confirms, and follows the
 * progress page until its bar is full and every document is imported. The API's path is
 * ImportCorpusCommitTests. Tagged "corpus": reading 44 documents for the preview can take
 * longer than Chromium waits for a click's page on a loaded machine, so it runs in
 * {@code bench/import-corpus-pages}, not in the suite.
 */
@BrowserTest
@Tag("corpus")
class ImportCorpusBrowserTests {

	private static final Pattern DOCUMENT = Pattern.compile("(\\d+)\\.txt");

	/** Far from the demo's meetings and the other tests' years. */
	private static final LocalDate FIRST_DAY = LocalDate.of(2750, 1, 1);

	static Browser browser;

	@Test
	void theWholeCorpusGoesInAsOneZipThroughThePagesWithTheProgressBar() throws Exception {
		List<String> documents = documents();
		Path zip = zip(documents);
		// one body per document, made through the API as the secretariat (the pages under
		// test are the import's)
		for (int n = 0; n < documents.size(); n++) {
			body("Korpusorgan nettlesar " + n);
		}
		browser.logout();
		assertThat(browser.loginAs("sekretariat", "demo")).doesNotStartWith("/login");
		browser.open("/imports");
		browser.driver().findElement(By.id("files")).sendKeys(zip.toString());
		// 44 documents are read before the preview answers: more than a page's usual wait
		browser.submit(
				browser.driver().findElement(By.cssSelector("main form[action$='/imports'] button[type=submit]")),
				Duration.ofMinutes(3));

		assertThat(browser.currentPath()).matches("/imports/[0-9a-f-]{36}");
		List<WebElement> files = browser.driver().findElements(By.cssSelector("article.import-file"));
		assertThat(files).as("every document previews").hasSize(documents.size());
		assertThat(browser.driver().findElements(By.cssSelector("article.import-file div.error")))
			.as("no document fails in the preview")
			.isEmpty();
		for (int n = 0; n < files.size(); n++) {
			WebElement file = files.get(n);
			for (WebElement body : file.findElements(By.cssSelector("select[name^='body:']"))) {
				new Select(body).selectByVisibleText("Korpusorgan nettlesar " + n);
			}
			for (WebElement date : file.findElements(By.cssSelector("input[type=date]"))) {
				browser.script("arguments[0].value = arguments[1]", date, FIRST_DAY.plusDays(n).toString());
			}
		}
		browser.submit(browser.driver().findElement(By.cssSelector("form[action$='/commit'] button[type=submit]")),
				Duration.ofMinutes(3));

		assertThat(browser.currentPath()).matches("/imports/[0-9a-f-]{36}/progress");
		// the bar fills as the documents go in (htmx swaps the status every second: find
		// it afresh each time)
		new WebDriverWait(browser.driver(), Duration.ofMinutes(3)).ignoring(StaleElementReferenceException.class)
			.until(driver -> driver.findElement(By.id("import-status")).getDomAttribute("hx-get") == null);
		WebElement bar = browser.driver().findElement(By.id("import-progress"));
		assertThat(bar.getDomAttribute("max")).isEqualTo(String.valueOf(documents.size()));
		assertThat(bar.getDomAttribute("value")).as("the progress bar reaches 100 %%")
			.isEqualTo(String.valueOf(documents.size()));
		List<WebElement> rows = browser.driver().findElements(By.cssSelector("#import-status tbody tr"));
		assertThat(rows).hasSize(documents.size());
		List<String> notImported = new ArrayList<>();
		for (WebElement row : rows) {
			if (row.findElements(By.cssSelector("a[href^='/meetings/']")).isEmpty()) {
				notImported.add(row.getText());
			}
		}
		assertThat(notImported).as("every document is committed").isEmpty();
		assertThat(browser.driver()
			.findElements(By.cssSelector("#import-status a[href^='/meetings/']"))
			.stream()
			.map(link -> link.getDomAttribute("href"))
			.distinct()).hasSize(documents.size());
	}

	private static List<String> documents() throws Exception {
		Path directory = Path.of(ImportCorpusBrowserTests.class.getResource("/import-corpus/").toURI());
		try (Stream<Path> files = Files.list(directory)) {
			return files.map(file -> file.getFileName().toString())
				.map(DOCUMENT::matcher)
				.filter(Matcher::matches)
				.map(name -> name.group(1))
				.sorted((a, b) -> Integer.compare(Integer.parseInt(a), Integer.parseInt(b)))
				.toList();
		}
	}

	private static Path zip(List<String> documents) throws IOException {
		Path zip = Files.createTempFile("korpus", ".zip");
		zip.toFile().deleteOnExit();
		try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream entries = new ZipOutputStream(out)) {
			for (String name : documents) {
				entries.putNextEntry(new ZipEntry("nettlesar-" + name + ".txt"));
				try (InputStream in = ImportCorpusBrowserTests.class
					.getResourceAsStream("/import-corpus/" + name + ".txt")) {
					in.transferTo(entries);
				}
			}
		}
		return zip;
	}

	private static void body(String name) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(browser.baseUrl() + "/api/v1/bodies"))
			.header("Content-Type", "application/json")
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString("sekretariat:demo".getBytes(StandardCharsets.UTF_8)))
			.POST(HttpRequest.BodyPublishers.ofString("""
					{"type": "OTHER", "name": "%s", "establishedOn": "2000-01-01"}""".formatted(name)))
			.build();
		try (HttpClient client = HttpClient.newHttpClient()) {
			HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as("a body of its own: %s", response.body()).isEqualTo(201);
		}
	}

}
