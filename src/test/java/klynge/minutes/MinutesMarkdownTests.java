package klynge.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class MinutesMarkdownTests {

	/**
	 * Links every reference with number 05-23 or 22-21 (no prefix), like a body that has
	 * those cases.
	 */
	static final MinutesMarkdown.Resolver KNOWN = reference -> reference.prefix() == null
			&& List.of("05-23", "22-21", "03-23").contains(reference.number().toString())
					? Optional.of("/meetings/m#sak-" + reference.number()) : Optional.empty();

	@Test
	void rawHtmlIsShownAsText() {
		String html = MinutesMarkdown.render("Hei <script>alert('x')</script> og <b>fet</b>",
				MinutesMarkdown.Resolver.NONE);
		assertThat(html).doesNotContain("<script>").doesNotContain("<b>").contains("&lt;script&gt;");
	}

	@Test
	void htmlBlocksAreEscapedToo() {
		String html = MinutesMarkdown.render("<script>\nalert(1)\n</script>", MinutesMarkdown.Resolver.NONE);
		assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;");
	}

	@Test
	void javascriptLinksAreNeutralised() {
		String html = MinutesMarkdown.render("[klikk](javascript:alert(1)) og [ok](https://alrekhelseklynge.no/)",
				MinutesMarkdown.Resolver.NONE);
		assertThat(html).doesNotContain("javascript:").contains("href=\"https://alrekhelseklynge.no/\"");
	}

	@Test
	void keepsMarkdownLinksListsAndBold() {
		String html = MinutesMarkdown.render("- **Byggetrinn 4 – status.** Ikke noe nytt\n  - under",
				MinutesMarkdown.Resolver.NONE);
		assertThat(html).contains("<strong>Byggetrinn 4 – status.</strong>")
			.contains("<ul>")
			.contains("<li>under</li>");
	}

	@Test
	void linksResolvedReferencesInTheSeedSentences() {
		String html = MinutesMarkdown.render(
				"Som oppfølging av dette punktet og sak 05-23 om helsepersonellkommissjonen ønsker Partnermøtet",
				KNOWN);
		assertThat(html).contains(
				"og <a rel=\"nofollow\" href=\"/meetings/m#sak-05-23\">sak 05-23</a> om helsepersonellkommissjonen");

		html = MinutesMarkdown
			.render("Med en økning i budsjettet for 2022 må rammen for midlene økes (jfr. sak 22-21).", KNOWN);
		assertThat(html).contains("(jfr. <a rel=\"nofollow\" href=\"/meetings/m#sak-22-21\">sak 22-21</a>).");
	}

	@Test
	void unresolvableReferencesStayPlainText() {
		String html = MinutesMarkdown.render("hvordan vi skal spisse arbeidet i klyngen (se sak 0-23 og sak 05-23).",
				KNOWN);
		assertThat(html).contains("(se sak 0-23 og <a rel=\"nofollow\" href=\"/meetings/m#sak-05-23\">sak 05-23</a>).");
		assertThat(html).doesNotContain("sak-0-23").doesNotContain(">sak 0-23</a>");
	}

	@Test
	void existingLinksAreNotLinkedAgain() {
		String html = MinutesMarkdown.render("[se sak 05-23](https://alrekhelseklynge.no/)", KNOWN);
		assertThat(html)
			.isEqualTo("<p><a rel=\"nofollow\" href=\"https://alrekhelseklynge.no/\">se sak 05-23</a></p>\n");
	}

	@Test
	void feedbackLinesBecomeABulletList() {
		String html = MinutesMarkdown.renderBullets(List.of("Første", "- Andre <i>x</i>"),
				MinutesMarkdown.Resolver.NONE);
		assertThat(html).isEqualTo("<ul>\n<li>Første</li>\n<li>Andre &lt;i&gt;x&lt;/i&gt;</li>\n</ul>\n");
	}

	/**
	 * The rendered text is kept by its Markdown, but reused only where this viewer's
	 * links are the same.
	 */
	@Test
	void renderedTextIsReusedOnlyForTheSameLinks() {
		String text = "Se sak 05-23 og **sak 22-21** (" + java.util.UUID.randomUUID() + ")";
		int[] asked = { 0 };
		MinutesMarkdown.Resolver counting = reference -> {
			asked[0]++;
			return KNOWN.apply(reference);
		};
		String member = MinutesMarkdown.render(text, counting);
		assertThat(member).contains("href=\"/meetings/m#sak-05-23\"").contains("href=\"/meetings/m#sak-22-21\"");
		// the public may not see 22-21: the kept text is not theirs
		MinutesMarkdown.Resolver publicOnly = reference -> reference.number().toString().equals("05-23")
				? KNOWN.apply(reference) : Optional.empty();
		String anonymous = MinutesMarkdown.render(text, publicOnly);
		assertThat(anonymous).contains("href=\"/meetings/m#sak-05-23\"").doesNotContain("#sak-22-21");
		// again as a member: the same answers, the same text, asked again but not parsed
		// again
		assertThat(MinutesMarkdown.render(text, counting)).isEqualTo(member);
		assertThat(MinutesMarkdown.render(text, publicOnly)).isEqualTo(anonymous);
	}

	@Test
	void theCacheIsBounded() {
		MinutesMarkdown.Rendered rendered = new MinutesMarkdown.Rendered(3);
		for (int i = 0; i < 10; i++) {
			rendered.render("tekst " + i, MinutesMarkdown.Resolver.NONE);
		}
		assertThat(rendered.size()).isEqualTo(3);
	}

}
