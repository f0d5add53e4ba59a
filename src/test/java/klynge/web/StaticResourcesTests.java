package klynge.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import klynge.KlyngeIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Style sheets and scripts are addressed by their content's hash and may be kept a year;
 * pages are not kept. Before, every page load fetched the style sheets and scripts again
 * (Spring Security's no-store on every answer).
 */
@KlyngeIntegrationTest
class StaticResourcesTests {

	static final Pattern ASSET = Pattern.compile("(?:href|src)=\"(/(?:css|js|vendor|webjars)/[^\"]+)\"");

	@Autowired
	MockMvc mvc;

	@Test
	void thePagesLinkStyleSheetsAndScriptsByTheirContentsHashAndTheyAreKeptAYear() throws Exception {
		MockHttpServletResponse page = mvc.perform(get("/offentlig")).andReturn().getResponse();
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(page.getHeader("Cache-Control")).contains("no-store");
		List<String> assets = new ArrayList<>();
		Matcher asset = ASSET.matcher(page.getContentAsString(StandardCharsets.UTF_8));
		while (asset.find()) {
			assets.add(asset.group(1));
		}
		assertThat(assets).as("style sheets and scripts of the layout")
			.hasSizeGreaterThanOrEqualTo(6)
			.allMatch(path -> path.matches(".*-[0-9a-f]{32}\\.(css|js)"), "named by their content's hash");
		for (String path : assets) {
			MockHttpServletResponse answer = mvc.perform(get(path)).andReturn().getResponse();
			assertThat(answer.getStatus()).as(path).isEqualTo(200);
			assertThat(answer.getHeader("Cache-Control")).as(path).contains("max-age=31536000").contains("public");
			assertThat(answer.getContentAsByteArray()).as(path).isNotEmpty();
		}
	}

}
