package klynge.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thymeleaf includes a fragment (th:replace) before it evaluates th:if or th:unless, and
 * the replaced element takes the condition with it: a condition on the same tag as
 * th:replace is never applied. That printed an exempt sub-item's text under its
 * placeholder, and made /strategi answer 500 for an input without an item. A condition
 * belongs on an enclosing element (th:block).
 */
class TemplateConditionTests {

	private static final Pattern TAG = Pattern.compile("<[a-zA-Z][^<>]*>");

	private static final Pattern CONDITION = Pattern.compile("\\sth:(if|unless)=");

	@Test
	void noTemplatePutsAConditionOnTheTagItReplaces() throws IOException {
		List<String> found = new ArrayList<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
				String html = Files.readString(file);
				Matcher tag = TAG.matcher(html);
				while (tag.find()) {
					if (tag.group().contains("th:replace=") && CONDITION.matcher(tag.group()).find()) {
						found.add(file + ": " + tag.group());
					}
				}
			}
		}
		assertThat(found).as("conditions Thymeleaf ignores").isEmpty();
	}

	@Test
	void theCheckSeesAConditionBesideAReplace() {
		Matcher tag = TAG.matcher("<span th:if=\"${x}\" th:replace=\"~{a :: b}\"></span>");
		assertThat(tag.find() && CONDITION.matcher(tag.group()).find() && tag.group().contains("th:replace=")).isTrue();
	}

}
