package klynge.browser;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The whole application on a random port (fresh embedded PostgreSQL with the demo data),
 * for tests that drive it with a real {@link Browser}. Every browser test class uses
 * exactly this annotation, so they all share one Spring context. Declare
 * {@code static Browser browser;}: {@link BrowserExtension} starts it for the class and
 * closes it after. Tagged {@code browser}: {@code -DexcludedGroups=browser} skips them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag("browser")
// Selenium warns once per browser that it has no CDP bindings for this Chromium; we do
// not use CDP.
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "logging.level.org.openqa.selenium.devtools.CdpVersionFinder=error")
@ExtendWith(BrowserExtension.class)
public @interface BrowserTest {

}
