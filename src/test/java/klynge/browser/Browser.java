package klynge.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;

import klynge.shared.CiRule;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium driven by Debian's chromedriver, pointed at the application
 * under test. Never downloads a browser or a driver (no Selenium Manager). One per test
 * class, started and closed by {@link BrowserExtension} (a {@code static Browser} field
 * in a {@link BrowserTest} class); {@link #start} remains for a test that runs the
 * application itself (and for tests written the older way: start it in
 * {@code @BeforeAll}, close it in {@code @AfterAll}).
 */
public final class Browser implements AutoCloseable {

	static final File CHROMIUM = new File("/usr/bin/chromium");

	static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

	static final String NOT_INSTALLED = "Chromium not installed: run bin/test (installs Debian's chromium and chromium-driver)";

	private static final Duration WAIT = Duration.ofSeconds(15);

	static final long POLL_MILLIS = 50;

	private final String baseUrl;

	private final Path profile;

	private final ChromeDriverService service;

	private final ChromeDriver driver;

	/**
	 * Clicks made through {@link #click} and {@link #submit} (logging in counts too): the
	 * user's effort.
	 */
	private int clicks;

	private Browser(String baseUrl, Path profile, ChromeDriverService service, ChromeDriver driver) {
		this.baseUrl = baseUrl;
		this.profile = profile;
		this.service = service;
		this.driver = driver;
	}

	/** A browser for the application listening on {@code localhost:port}. */
	public static Browser start(int port) {
		return start("localhost", port);
	}

	/**
	 * A browser for the application listening on {@code host:port} (single sign-on tests
	 * reach it as 127.0.0.1, their provider as localhost: cookies ignore the port).
	 */
	public static Browser start(String host, int port) {
		requireInstalled();
		Path profile;
		try {
			profile = Files.createTempDirectory("klynge-chromium-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
			.usingAnyFreePort()
			.build();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--window-size=1280,900", "--user-data-dir=" + profile, "--lang=nb");
		options.setExperimentalOption("prefs",
				Map.of("intl.accept_languages", "nb,no,nn,en", "download.default_directory",
						profile.resolve("downloads").toString(), "download.prompt_for_download", false));
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
		ChromeDriver driver;
		try {
			driver = new ChromeDriver(service, options);
		}
		catch (RuntimeException ex) {
			service.stop();
			deleteQuietly(profile);
			throw ex;
		}
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
		driver.manage().timeouts().implicitlyWait(Duration.ZERO);
		return new Browser("http://" + host + ":" + port, profile, service, driver);
	}

	/**
	 * Fails on CI (CI=true), otherwise skips the test class, when Debian's Chromium is
	 * missing.
	 */
	static void requireInstalled() {
		requireInstalled(CHROMIUM, CHROMEDRIVER, CiRule.inCi());
	}

	static void requireInstalled(File chromium, File chromedriver, boolean onCi) {
		CiRule.require(chromium.canExecute() && chromedriver.canExecute(), NOT_INSTALLED, onCi);
	}

	public WebDriver driver() {
		return driver;
	}

	public String baseUrl() {
		return baseUrl;
	}

	/**
	 * Loads {@code path} (absolute path with optional query, or a full URL) and waits for
	 * it.
	 */
	public Browser open(String path) {
		driver.get(path.startsWith("http") ? path : baseUrl + path);
		waitUntilLoaded();
		return this;
	}

	/** The current page's path and query, e.g. {@code /login?error}. */
	public String currentPath() {
		URI uri = URI.create(driver.getCurrentUrl());
		return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
	}

	/**
	 * Logs in through the real login form and waits for the next page. Returns the path
	 * the browser lands on ({@code /login?error} on a wrong password).
	 */
	public String loginAs(String username, String password) {
		open("/login");
		type(By.id("username"), username);
		type(By.id("password"), password);
		submit(By.cssSelector("form[action$='/login'] button[type=submit]"));
		return currentPath();
	}

	/**
	 * Logs out with the header's logout button, if logged in, and forgets all cookies.
	 */
	public Browser logout() {
		open("/");
		List<WebElement> buttons = driver.findElements(By.cssSelector("form[action$='/logout'] button[type=submit]"));
		if (!buttons.isEmpty()) {
			// on a phone the logout button sits in the folded menu: open it first, as a
			// user would
			List<WebElement> menu = driver.findElements(By.cssSelector(".menu-toggle[aria-expanded=false]"));
			if (!buttons.getFirst().isDisplayed() && !menu.isEmpty() && menu.getFirst().isDisplayed()) {
				menu.getFirst().click();
			}
			submit(buttons.getFirst());
		}
		driver.manage().deleteAllCookies();
		return this;
	}

	/** Clears the field and types the text. */
	public Browser type(By field, String text) {
		WebElement element = driver.findElement(field);
		element.clear();
		element.sendKeys(text);
		return this;
	}

	/** Clicks the submit button and waits until the next page has loaded. */
	public Browser submit(By button) {
		return submit(driver.findElement(button));
	}

	/** Clicks the submit button and waits until the next page has loaded. */
	public Browser submit(WebElement button) {
		return submit(button, WAIT);
	}

	/**
	 * Clicks the submit button and waits up to {@code patience} for the next page: for a
	 * request that does much work (a whole archive read in one upload).
	 */
	public Browser submit(WebElement button, Duration patience) {
		clicks++;
		button.click();
		waitUpTo(patience).until(d -> gone(button));
		waitUntilLoaded();
		return this;
	}

	/**
	 * Whether the element left the page. While the next page loads, Chromium may answer
	 * "Node with given id does not belong to the document" instead of "stale": that is
	 * gone too.
	 */
	/**
	 * Until the element has left the page: as Selenium's stalenessOf, but also when
	 * Chromium answers, during a navigation, that the node no longer belongs to the
	 * document (stalenessOf throws then, and a 50 ms poll meets that moment).
	 */
	public static org.openqa.selenium.support.ui.ExpectedCondition<Boolean> staleness(WebElement element) {
		return d -> gone(element);
	}

	private static boolean gone(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (StaleElementReferenceException ex) {
			return true;
		}
		catch (WebDriverException ex) {
			if (String.valueOf(ex.getMessage()).contains("does not belong to the document")) {
				return true;
			}
			throw ex;
		}
	}

	/**
	 * Clicks an element that stays on the page (an htmx button, a tab, a checkbox),
	 * counting it as one click of the user's.
	 */
	public Browser click(By element) {
		return click(driver.findElement(element));
	}

	/** Clicks the element, counting it as one click of the user's. */
	public Browser click(WebElement element) {
		clicks++;
		element.click();
		return this;
	}

	/**
	 * Submits the button of {@code main} with this text. A part of the page that htmx
	 * swaps in after load can detach the button between finding and clicking it (seen on
	 * a loaded CI machine): it is then found again.
	 */
	public Browser clickButton(String text) {
		for (int attempt = 1;; attempt++) {
			WebElement button = driver.findElement(By.tagName("main"))
				.findElements(By.cssSelector("button"))
				.stream()
				.filter(b -> b.getText().strip().equals(text))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no button " + text + " on " + currentPath()));
			try {
				return submit(button);
			}
			catch (WebDriverException detached) {
				boolean gone = detached instanceof StaleElementReferenceException
						|| String.valueOf(detached.getMessage()).contains("does not belong to the document");
				if (!gone || attempt == 5) {
					throw detached;
				}
			}
		}
	}

	/**
	 * Sets a person's mark in the attendance grid ({@code #attendance-table}, on the
	 * attendance page and the minutes editor). The grid saves each change by itself and
	 * is swapped in whole, so this waits for the new grid showing the mark and no error.
	 */
	public Browser chooseAttendance(int row, String status) {
		WebElement table = driver.findElement(By.id("attendance-table"));
		WebElement select = table.findElements(By.cssSelector("select[name^=status-]")).get(row);
		click(select.findElement(By.cssSelector("option[value=" + status + "]")));
		waitUpTo(Duration.ofSeconds(10)).until(staleness(table));
		klynge.shared.Eventually.until("the grid saved", () -> {
			WebElement again = driver.findElement(By.id("attendance-table"));
			return again.findElements(By.cssSelector("select[name^=status-]"))
				.get(row)
				.findElement(By.cssSelector("option[value=" + status + "]"))
				.isSelected() && again.findElements(By.cssSelector("[role=alert]")).isEmpty();
		});
		return this;
	}

	/** The agenda editor's row of the item with this title, once it is on the page. */
	public WebElement agendaRow(String title) {
		return waitUpTo(Duration.ofSeconds(10))
			.until(d -> d.findElements(By.cssSelector("#agenda-editor li.agenda-row"))
				.stream()
				.filter(li -> !li.findElements(By.cssSelector(".agenda-row-title")).isEmpty()
						&& li.findElement(By.cssSelector(".agenda-row-title")).getText().equals(title))
				.findFirst()
				.orElse(null));
	}

	/** Clicks counted since the browser started or since {@link #resetClicks()}. */
	public int clicks() {
		return clicks;
	}

	public Browser resetClicks() {
		clicks = 0;
		return this;
	}

	/**
	 * Resizes the window so the page's viewport is {@code width} × {@code height} CSS
	 * pixels (390 × 844: a phone).
	 */
	public Browser viewport(int width, int height) {
		driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				java.util.Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
		return this;
	}

	/**
	 * Evaluates {@code source} in every document loaded from now on, before its own
	 * scripts; returns the identifier for {@link #stopEvaluatingOnNewDocument}.
	 */
	public String evaluateOnNewDocument(String source) {
		return String
			.valueOf(driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", source))
				.get("identifier"));
	}

	public void stopEvaluatingOnNewDocument(String identifier) {
		driver.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", identifier));
	}

	/**
	 * How many CSS pixels the current page is wider than its viewport (0: no sideways
	 * scrolling).
	 */
	public int horizontalOverflow() {
		Object overflow = script(
				"return Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth);");
		return overflow instanceof Number number ? number.intValue() : 0;
	}

	public Object script(String script, Object... arguments) {
		return ((JavascriptExecutor) driver).executeScript(script, arguments);
	}

	/**
	 * The HTTP status of the current document (from the Navigation Timing API; 0 if
	 * unknown).
	 */
	public int status() {
		Object status = script("var n = performance.getEntriesByType('navigation')[0];"
				+ " return n && n.responseStatus ? n.responseStatus : 0;");
		return status instanceof Number number ? number.intValue() : 0;
	}

	/** The content type of the current document, e.g. {@code text/html}. */
	public String contentType() {
		return String.valueOf(script("return document.contentType;"));
	}

	/** Saves a PNG of the visible part of the page. */
	public Path screenshot(Path file) {
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
			Path png = driver.getScreenshotAs(OutputType.FILE).toPath();
			Files.copy(png, file, StandardCopyOption.REPLACE_EXISTING);
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Console messages at level SEVERE since the last call (browser logs are drained on
	 * reading), without the "Failed to load resource" lines that every 4xx response
	 * produces.
	 */
	public List<String> consoleErrors() {
		List<String> errors = new ArrayList<>();
		for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
			if (entry.getLevel().intValue() >= Level.SEVERE.intValue()
					&& !entry.getMessage().contains("Failed to load resource")) {
				errors.add(entry.getMessage());
			}
		}
		return errors;
	}

	/**
	 * A wait that looks again every {@value #POLL_MILLIS} ms: WebDriverWait's default of
	 * 500 ms cost up to half a second after each click whose next page was quicker.
	 */
	public WebDriverWait waitUpTo(Duration patience) {
		WebDriverWait wait = new WebDriverWait(driver, patience);
		wait.pollingEvery(Duration.ofMillis(POLL_MILLIS));
		return wait;
	}

	private void waitUntilLoaded() {
		waitUpTo(WAIT)
			.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState;")));
	}

	@Override
	public void close() {
		try {
			driver.quit();
		}
		finally {
			service.stop();
			deleteQuietly(profile);
		}
	}

	private static void deleteQuietly(Path directory) {
		try (Stream<Path> files = Files.walk(directory)) {
			files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
		}
		catch (IOException | UncheckedIOException ex) {
			// a temp directory left behind is harmless
		}
	}

}
