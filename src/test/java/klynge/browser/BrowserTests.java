package klynge.browser;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** What happens to browser tests on a machine without Debian's Chromium. */
class BrowserTests {

	@TempDir
	Path dir;

	@Test
	void failsOnCiWhenChromiumIsMissing() {
		File missing = dir.resolve("chromium").toFile();

		assertThatThrownBy(() -> Browser.requireInstalled(missing, executable("chromedriver"), true))
			.isInstanceOf(AssertionFailedError.class)
			.hasMessage(Browser.NOT_INSTALLED);
	}

	@Test
	void skipsElsewhereWhenTheDriverIsMissing() {
		File missing = dir.resolve("chromedriver").toFile();

		assertThatThrownBy(() -> Browser.requireInstalled(executable("chromium"), missing, false))
			.isInstanceOf(TestAbortedException.class)
			.hasMessage(Browser.NOT_INSTALLED);
	}

	@Test
	void goesAheadWhenBothAreInstalled() {
		assertThatCode(() -> Browser.requireInstalled(executable("chromium"), executable("chromedriver"), true))
			.doesNotThrowAnyException();
	}

	private File executable(String name) throws IOException {
		Path file = Files.createFile(dir.resolve(name),
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
		return file.toFile();
	}

}
