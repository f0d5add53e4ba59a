package klynge.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Assertions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core (from npm, {@code src/test/browser/node_modules}) run on the page in the
 * browser, limited to the WCAG 2.0/2.1 A and AA rules. The script is injected with
 * WebDriver, which the pages' Content-Security-Policy does not restrict.
 */
public final class Axe {

	static final Path SCRIPT = Path.of("src", "test", "browser", "node_modules", "axe-core", "axe.min.js");

	private static final String RUN = """
			var done = arguments[arguments.length - 1];
			if (typeof window.axe === 'undefined') {
			  done('no axe');
			  return;
			}
			axe.run(document, {
			  runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
			  resultTypes: ['violations']
			}).then(function (results) {
			  done(results.violations.map(function (v) {
			    return {
			      id: v.id, impact: v.impact || '', help: v.help,
			      targets: v.nodes.map(function (n) {
			        return n.target.map(function (t) { return Array.isArray(t) ? t.join(' >>> ') : String(t); }).join(' ');
			      })
			    };
			  }));
			}, function (error) {
			  done('axe failed: ' + error);
			});
			""";

	private static String source;

	private final Browser browser;

	public Axe(Browser browser) {
		this.browser = browser;
	}

	/** One rule broken on the page, with the CSS selectors of the offending elements. */
	public record Violation(String rule, String impact, String help, List<String> targets) {

		String describe(String page) {
			return page + " → " + rule + " (" + impact + "): " + help + " — " + String.join(", ", targets);
		}
	}

	/** Runs axe on the current page. */
	@SuppressWarnings("unchecked")
	public List<Violation> violations() {
		WebDriver driver = browser.driver();
		JavascriptExecutor js = (JavascriptExecutor) driver;
		Object result = js.executeAsyncScript(RUN);
		if ("no axe".equals(result)) {
			js.executeScript(script());
			result = js.executeAsyncScript(RUN);
		}
		if (!(result instanceof List<?> list)) {
			throw new IllegalStateException(String.valueOf(result) + " on " + driver.getCurrentUrl());
		}
		return list.stream().map(item -> {
			Map<String, Object> v = (Map<String, Object>) item;
			List<String> targets = ((List<Object>) v.get("targets")).stream().map(String::valueOf).toList();
			return new Violation(String.valueOf(v.get("id")), String.valueOf(v.get("impact")),
					String.valueOf(v.get("help")), targets);
		}).toList();
	}

	/**
	 * Has Chromium evaluate axe in the top frame of every document it loads from now on,
	 * before the page's own scripts (as {@link #violations()} would inject it: the
	 * Content-Security-Policy does not restrict it either), until the returned handle is
	 * run. Sending the 650 kB script through WebDriver to each page took longer than
	 * running axe on it. The run options and rules stay the same.
	 */
	public Runnable onEveryPage() {
		String identifier = browser.evaluateOnNewDocument("if (window === window.top) {\n" + script() + "\n}");
		return () -> browser.stopEvaluatingOnNewDocument(identifier);
	}

	/**
	 * Fails with a readable list when axe finds a WCAG 2.1 A/AA violation on the current
	 * page.
	 */
	public void assertNoViolations(String pageLabel) {
		List<Violation> violations = violations();
		if (!violations.isEmpty()) {
			Assertions.fail(describe(pageLabel, violations));
		}
	}

	static String describe(String pageLabel, List<Violation> violations) {
		return violations.size() + " accessibility violation(s):\n"
				+ violations.stream().map(v -> "  " + v.describe(pageLabel)).collect(Collectors.joining("\n"));
	}

	private static synchronized String script() {
		if (source == null) {
			Path file = projectDirectory().resolve(SCRIPT);
			try {
				source = Files.readString(file, StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(
						"axe-core missing at " + file
								+ ": run 'npm ci' in src/test/browser (the build does it at generate-test-resources)",
						ex);
			}
		}
		return source;
	}

	private static Path projectDirectory() {
		String basedir = System.getProperty("basedir");
		return Path.of(basedir != null ? basedir : System.getProperty("user.dir"));
	}

}
