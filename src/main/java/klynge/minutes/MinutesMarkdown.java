package klynge.minutes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.parser.PostProcessor;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders minutes text (Markdown) to safe HTML: raw HTML is shown as text,
 * {@code javascript:} and other unsafe links are neutralised, and case references become
 * links where the resolver finds an item ("sak 05-23" → {@code /meetings/…#sak-05-23});
 * the rest stays plain text. Images become links with their alt text: neither the browser
 * nor the PDF renderer is to fetch an address someone typed into the minutes.
 */
public final class MinutesMarkdown {

	private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

	/** Gives the link for a reference, or empty to leave it as text. */
	public interface Resolver extends Function<CaseReferences.Reference, Optional<String>> {

		Resolver NONE = reference -> Optional.empty();

	}

	private MinutesMarkdown() {
	}

	public static String render(String markdown, Resolver resolver) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		return RENDERED.render(markdown, resolver);
	}

	private static String renderNow(String markdown, Resolver resolver) {
		Parser parser = Parser.builder().postProcessor(new ReferenceLinker(resolver)).build();
		return RENDERER.render(parser.parse(markdown));
	}

	private static final Rendered RENDERED = new Rendered(1_000);

	/**
	 * Rendered text by its Markdown, with the answers the resolver gave while rendering
	 * it. The output is a function of the text and those answers alone, so an entry is
	 * reused only when the current viewer's resolver gives the same answers for the same
	 * references (a link to an item the viewer may not see is never reused for them).
	 * Approved minutes never change, so their entries stay valid for good; edited text is
	 * simply a new key. Bounded (least recently used out).
	 */
	static final class Rendered {

		private record Html(List<Map.Entry<CaseReferences.Reference, Optional<String>>> answers, String html) {
		}

		private final Map<String, Html> entries;

		Rendered(int capacity) {
			this.entries = java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>(64, 0.75f, true) {
				@Override
				protected boolean removeEldestEntry(Map.Entry<String, Html> eldest) {
					return size() > capacity;
				}
			});
		}

		String render(String markdown, Resolver resolver) {
			Html cached = entries.get(markdown);
			if (cached != null && cached.answers()
				.stream()
				.allMatch(answer -> resolver.apply(answer.getKey()).equals(answer.getValue()))) {
				return cached.html();
			}
			List<Map.Entry<CaseReferences.Reference, Optional<String>>> answers = new ArrayList<>();
			Resolver recording = reference -> {
				Optional<String> answer = resolver.apply(reference);
				answers.add(Map.entry(reference, answer));
				return answer;
			};
			String html = renderNow(markdown, recording);
			entries.put(markdown, new Html(List.copyOf(answers), html));
			return html;
		}

		int size() {
			return entries.size();
		}

	}

	/** Feedback lines as a bullet list, each line rendered inline like the notes. */
	public static String renderBullets(List<String> lines, Resolver resolver) {
		if (lines.isEmpty()) {
			return "";
		}
		StringBuilder list = new StringBuilder();
		lines.forEach(line -> list.append("- ").append(line.replaceFirst("^[-*•]\\s*", "")).append('\n'));
		return render(list.toString(), resolver);
	}

	/** Turns references inside Text nodes (not inside existing links) into Link nodes. */
	static final class ReferenceLinker implements PostProcessor {

		private final Resolver resolver;

		ReferenceLinker(Resolver resolver) {
			this.resolver = resolver;
		}

		@Override
		public Node process(Node document) {
			List<Text> texts = new ArrayList<>();
			List<Image> images = new ArrayList<>();
			document.accept(new AbstractVisitor() {
				@Override
				public void visit(Image image) {
					images.add(image); // its alt text becomes a link's text, so no
										// references inside
				}

				@Override
				public void visit(Link link) {
					// text that already is a link stays as written
				}

				@Override
				public void visit(Text text) {
					texts.add(text);
				}
			});
			texts.forEach(this::link);
			images.forEach(ReferenceLinker::asLink);
			return document;
		}

		private static void asLink(Image image) {
			Link link = new Link(image.getDestination(), image.getTitle());
			Node child = image.getFirstChild();
			if (child == null) {
				link.appendChild(new Text(image.getDestination()));
			}
			while (child != null) {
				Node next = child.getNext();
				link.appendChild(child);
				child = next;
			}
			image.insertAfter(link);
			image.unlink();
		}

		private void link(Text text) {
			String literal = text.getLiteral();
			List<CaseReferences.Reference> references = CaseReferences.find(literal);
			if (references.isEmpty()) {
				return;
			}
			Node last = text;
			int at = 0;
			boolean changed = false;
			for (CaseReferences.Reference reference : references) {
				Optional<String> href = resolver.apply(reference);
				if (href.isEmpty()) {
					continue;
				}
				if (reference.start() > at) {
					Text before = new Text(literal.substring(at, reference.start()));
					last.insertAfter(before);
					last = before;
				}
				Link link = new Link(href.get(), null);
				link.appendChild(new Text(reference.text()));
				last.insertAfter(link);
				last = link;
				at = reference.end();
				changed = true;
			}
			if (!changed) {
				return;
			}
			if (at < literal.length()) {
				last.insertAfter(new Text(literal.substring(at)));
			}
			text.unlink();
		}

	}

}
