package klynge.document;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * The minutes' rendered Markdown (safe XHTML from commonmark) for documents: links made
 * absolute, and read back as paragraphs and list items with bold, italic and link runs
 * for Word.
 */
final class Xhtml {

	private static final Pattern RELATIVE_HREF = Pattern.compile("href=\"/(?!/)");

	/** A run of text; {@code href} for a link. */
	record Span(String text, boolean bold, boolean italic, String href) {
	}

	/**
	 * A paragraph; {@code level} is the list nesting (0 = top list) or -1 outside lists.
	 */
	record Block(List<Span> spans, int level, boolean ordered) {

		String text() {
			StringBuilder text = new StringBuilder();
			spans.forEach(span -> text.append(span.text()));
			return text.toString();
		}
	}

	private Xhtml() {
	}

	static String absoluteLinks(String html, String baseUrl) {
		return html == null ? ""
				: RELATIVE_HREF.matcher(html).replaceAll(Matcher.quoteReplacement("href=\"" + baseUrl + "/"));
	}

	/** Whether the XHTML has a link to the address. */
	static boolean links(String html, String url) {
		return html != null && url != null && html.contains("href=\"" + escape(url) + "\"");
	}

	/**
	 * The XHTML with the sentences in italics at the end of its last paragraph, as the
	 * seed writes a follow-up ("… eller ikke. *GG følger opp saken.*"); null when it does
	 * not end with a paragraph (no notes, or a list last), so that the caller shows them
	 * on lines of their own. No sentences: unchanged.
	 */
	static String appendToLastParagraph(String html, List<String> sentences) {
		if (sentences.isEmpty()) {
			return html;
		}
		String trimmed = html == null ? "" : html.stripTrailing();
		if (!trimmed.endsWith("</p>")) {
			return null;
		}
		String added = " <em>" + escape(String.join(" ", sentences)) + "</em>";
		return trimmed.substring(0, trimmed.length() - "</p>".length()) + added + "</p>\n";
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

	static List<Block> blocks(String html) {
		List<Block> blocks = new ArrayList<>();
		if (html == null || html.isBlank()) {
			return blocks;
		}
		Element root = parse("<div>" + html + "</div>");
		collect(root, -1, false, blocks);
		return blocks;
	}

	private static Element parse(String xml) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			DocumentBuilder builder = factory.newDocumentBuilder();
			builder.setErrorHandler(null);
			return builder.parse(new InputSource(new StringReader(xml))).getDocumentElement();
		}
		catch (Exception ex) {
			throw new IllegalStateException("The minutes text is not well-formed XHTML", ex);
		}
	}

	private static void collect(Node parent, int level, boolean ordered, List<Block> out) {
		List<Span> inline = new ArrayList<>();
		for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			String name = node.getNodeType() == Node.ELEMENT_NODE ? node.getNodeName() : "";
			switch (name) {
				case "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre" -> {
					flush(inline, level, ordered, out);
					List<Span> spans = new ArrayList<>();
					spans(node, name.startsWith("h"), false, null, spans);
					out.add(new Block(trim(spans), level, ordered));
				}
				case "ul", "ol" -> {
					flush(inline, level, ordered, out);
					for (Node li = node.getFirstChild(); li != null; li = li.getNextSibling()) {
						if ("li".equals(li.getNodeName())) {
							collect(li, level + 1, "ol".equals(name), out);
						}
					}
				}
				default -> spans(node, false, false, null, inline);
			}
		}
		flush(inline, level, ordered, out);
	}

	private static void flush(List<Span> inline, int level, boolean ordered, List<Block> out) {
		List<Span> spans = trim(inline);
		if (!spans.isEmpty()) {
			out.add(new Block(spans, level, ordered));
		}
		inline.clear();
	}

	private static List<Span> trim(List<Span> spans) {
		List<Span> kept = new ArrayList<>(spans.stream().filter(s -> !s.text().isEmpty()).toList());
		if (!kept.isEmpty() && kept.getFirst().text().isBlank()) {
			kept.removeFirst();
		}
		if (!kept.isEmpty() && kept.getLast().text().isBlank()) {
			kept.removeLast();
		}
		return kept;
	}

	private static void spans(Node node, boolean bold, boolean italic, String href, List<Span> out) {
		switch (node.getNodeType()) {
			case Node.TEXT_NODE -> {
				String text = node.getNodeValue().replaceAll("\\s+", " ");
				if (!text.isEmpty()) {
					out.add(new Span(text, bold, italic, href));
				}
			}
			case Node.ELEMENT_NODE -> {
				String name = node.getNodeName();
				if ("br".equals(name)) {
					out.add(new Span(" ", bold, italic, href));
					return;
				}
				boolean b = bold || "strong".equals(name) || "b".equals(name);
				boolean i = italic || "em".equals(name) || "i".equals(name);
				String h = "a".equals(name) ? ((Element) node).getAttribute("href") : href;
				for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
					spans(child, b, i, h, out);
				}
			}
			default -> {
			}
		}
	}

}
