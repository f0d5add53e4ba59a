package klynge.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import klynge.KlyngeIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 13, requirement 5: the running version is in every page's footer and in
 * {@code /actuator/info} (public, as the health probe: a monitor or the installer reads
 * which release runs), and it is the version in the pom, with the git commit it was built
 * from.
 */
@KlyngeIntegrationTest
class VersionWebTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theFooterOfEveryPageShowsTheVersionInTheVisitorsLanguage() throws Exception {
		String version = pomVersion();
		for (String page : new String[] { "/", "/login", "/meetings", "/bodies" }) {
			String html = mvc.perform(get(page)).andReturn().getResponse().getContentAsString();
			assertThat(footerOf(html)).as(page)
				.contains("<span class=\"version\">Klynge versjon " + version + "</span>");
		}
		String english = mvc.perform(get("/login").param("lang", "en")).andReturn().getResponse().getContentAsString();
		assertThat(footerOf(english)).contains("Klynge version " + version);
	}

	@Test
	void actuatorInfoNamesTheVersionAndTheCommitToAnonymousVisitors() throws Exception {
		MockHttpServletResponse info = mvc.perform(get("/actuator/info")).andReturn().getResponse();
		assertThat(info.getStatus()).isEqualTo(200);
		String json = info.getContentAsString();
		assertThat(JsonPath.<String>read(json, "$.build.version")).isEqualTo(pomVersion());
		assertThat(JsonPath.<String>read(json, "$.build.artifact")).isEqualTo("klynge");
		if (Files.exists(Path.of(".git"))) {
			assertThat(JsonPath.<String>read(json, "$.git.commit.id")).matches("[0-9a-f]{7,}");
		}
	}

	private static String footerOf(String html) {
		int start = html.indexOf("<footer class=\"site-footer\">");
		assertThat(start).as("the page has the layout's footer").isNotNegative();
		return html.substring(start, html.indexOf("</footer>", start));
	}

	/** The project's own version, read from the pom the build used. */
	static String pomVersion() throws Exception {
		Matcher matcher = Pattern.compile("<artifactId>klynge</artifactId>\\s*<version>([^<]+)</version>")
			.matcher(Files.readString(Path.of("pom.xml")));
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

}
