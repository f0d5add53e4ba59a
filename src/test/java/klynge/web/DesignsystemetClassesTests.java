package klynge.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/designsystemet-classes: every template already carries its Designsystemet classes
 * ({@code --check} passes), markup quoted in a comment is left alone, and a plain form
 * gets its classes.
 */
class DesignsystemetClassesTests {

	private static final Path SCRIPT = Path.of("bin", "designsystemet-classes");

	@Test
	void theTemplatesHaveTheirClassesAndCommentsAreNotTags(@TempDir Path dir) throws Exception {
		assertThat(run("--check", "src/main/resources/templates")).as("bin/designsystemet-classes --check").isZero();

		Path page = dir.resolve("page.html");
		Files.writeString(page, "<!-- starts <input id=\"a\"> -->\n<label for=\"a\">A</label><input id=\"a\">\n");
		assertThat(run(dir.toString())).isZero();
		assertThat(Files.readString(page)).isEqualTo("<!-- starts <input id=\"a\"> -->\n"
				+ "<label for=\"a\" class=\"ds-label\">A</label><input id=\"a\" class=\"ds-input\">\n");
		assertThat(run("--check", dir.toString())).as("idempotent").isZero();
	}

	private static int run(String... arguments) throws IOException, InterruptedException {
		String[] command = new String[arguments.length + 2];
		command[0] = "python3";
		command[1] = SCRIPT.toString();
		System.arraycopy(arguments, 0, command, 2, arguments.length);
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
		System.out.print(output);
		return process.exitValue();
	}

}
