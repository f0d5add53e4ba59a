package klynge.document;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of the meeting page as a reader sees it, one line per block (paragraph,
 * heading, list item, table row with its cells joined by tabs), from the page's
 * {@code <article>} only. The page's controls are not document text and are left out:
 * forms, buttons, action links, the download links, badges and the minutes' workflow
 * block, comment threads and text for screen readers only. A small tag reader, not a full
 * HTML parser: enough for the HTML our templates write.
 */
final class PageText {

	private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>|<!--.*?-->",
			Pattern.DOTALL);

	private static final Pattern CLASS = Pattern.compile("class=\"([^\"]*)\"");

	private static final Set<String> VOID = Set.of("br", "input", "img", "meta", "link", "hr", "col", "source", "wbr");

	private static final Set<String> BLOCK = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "ul",
			"ol", "section", "table", "thead", "tbody", "caption", "article", "nav", "br");

	private static final Set<String> SKIPPED_TAGS = Set.of("form", "button", "script", "style", "nav", "textarea",
			"select");

	/** Classes of the page's controls (see the class comment). */
	private static final Set<String> SKIPPED_CLASSES = Set.of("actions", "status-line", "minutes-status", "comments",
			"comment-form", "visually-hidden", "badge", "downloads");

	private PageText() {
	}

	static List<String> lines(String html) {
		int start = html.indexOf("<article");
		int end = html.lastIndexOf("</article>");
		String article = start < 0 || end < 0 ? html : html.substring(start, end + "</article>".length());
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		Deque<String> skipping = new ArrayDeque<>();
		int depth = 0;
		Matcher m = TAG.matcher(article);
		int at = 0;
		while (m.find()) {
			if (skipping.isEmpty()) {
				line.append(unescape(article.substring(at, m.start())));
			}
			at = m.end();
			if (m.group(2) == null) {
				continue; // comment
			}
			String name = m.group(2).toLowerCase();
			boolean closing = !m.group(1).isEmpty();
			boolean selfClosing = VOID.contains(name) || m.group(3).endsWith("/");
			if (!skipping.isEmpty()) {
				if (name.equals(skipping.peek()) && !selfClosing) {
					depth += closing ? -1 : 1;
					if (depth == 0) {
						skipping.pop();
					}
				}
				continue;
			}
			if (!closing && !selfClosing && skipped(name, m.group(3))) {
				skipping.push(name);
				depth = 1;
				continue;
			}
			if (BLOCK.contains(name)) {
				flush(line, lines);
			}
			else if (("td".equals(name) || "th".equals(name)) && !closing && !line.isEmpty()) {
				line.append('\t');
			}
		}
		if (skipping.isEmpty()) {
			line.append(unescape(article.substring(at)));
		}
		flush(line, lines);
		return lines;
	}

	private static boolean skipped(String name, String attributes) {
		if (SKIPPED_TAGS.contains(name)) {
			return true;
		}
		Matcher c = CLASS.matcher(attributes);
		if (c.find()) {
			for (String cls : c.group(1).split("\\s+")) {
				if (SKIPPED_CLASSES.contains(cls)) {
					return true;
				}
			}
		}
		return false;
	}

	private static void flush(StringBuilder line, List<String> lines) {
		String text = line.toString().strip();
		if (!text.isEmpty()) {
			lines.add(text);
		}
		line.setLength(0);
	}

	private static String unescape(String text) {
		StringBuilder out = new StringBuilder();
		Matcher m = Pattern.compile("&(#x?[0-9a-fA-F]+|[a-z]+);").matcher(text);
		int at = 0;
		while (m.find()) {
			out.append(text, at, m.start());
			String entity = m.group(1);
			out.append(switch (entity) {
				case "amp" -> "&";
				case "lt" -> "<";
				case "gt" -> ">";
				case "quot" -> "\"";
				case "apos" -> "'";
				case "nbsp" -> " ";
				default -> entity.startsWith("#x") ? Character.toString(Integer.parseInt(entity.substring(2), 16))
						: entity.startsWith("#") ? Character.toString(Integer.parseInt(entity.substring(1)))
								: m.group();
			});
			at = m.end();
		}
		return out.append(text.substring(at)).toString();
	}

}
