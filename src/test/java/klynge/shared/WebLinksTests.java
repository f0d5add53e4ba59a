package klynge.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The one link rule: what forms accept, imports keep as links and documents render as
 * links.
 */
class WebLinksTests {

	@ParameterizedTest
	@ValueSource(strings = {
			"https://teams.microsoft.com/l/meetup-join/19%3ameeting_N2Q%40thread.v2/0?context=%7b%22Tid%22%7d",
			"http://alrekhelseklynge.no/", "HTTPS://example.org/a#b", "https://host_with_underscore.example.org/x" })
	void webAddresses(String value) {
		assertThat(WebLinks.isWebAddress(value)).isTrue();
		assertThat(WebLinks.isLink(value)).isTrue();
		assertThat(WebLinks.uriOrNull(value)).isNotNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://teams.microsoft.com/l/a|b", "https://x/{y}", "https://x/a^b", "https://x/%ZZ",
			"https://x/\"q\"", "https://x/a b", " https://x/", "https://", "https:///path", "javascript:alert(1)",
			"JavaScript:alert(1)", "data:text/html;base64,PHNjcmlwdD4=", "file:///etc/passwd", "ftp://x/y",
			"//evil.example/x", "/\u0000x", "mailto:a@b.no", "", "https://x/a#b#c" })
	void notLinks(String value) {
		assertThat(WebLinks.isWebAddress(value)).isFalse();
		assertThat(WebLinks.isLink(value)).isFalse();
		assertThat(WebLinks.uriOrNull(value)).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/meetings/123#sak-03-23", "/", "#sak-03-23", "#" })
	void sitePathsAndAnchorsAreLinksButNoWebAddresses(String value) {
		assertThat(WebLinks.isLink(value)).isTrue();
		assertThat(WebLinks.isWebAddress(value)).isFalse();
	}

}
