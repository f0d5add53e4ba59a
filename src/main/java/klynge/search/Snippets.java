package klynge.search;

import org.springframework.web.util.HtmlUtils;

/**
 * Highlighted text made safe for HTML: everything the index returned is escaped, then
 * only the marks PostgreSQL placed (\u0002 … \u0003, characters the index never stores)
 * become {@code <mark>} elements. So a title with {@code <script>} shows as text.
 */
final class Snippets {

	private Snippets() {
	}

	static String html(String marked) {
		if (marked == null) {
			return "";
		}
		String escaped = HtmlUtils.htmlEscape(marked.strip(), "UTF-8");
		return escaped.replace("\u0002", "<mark>").replace("\u0003", "</mark>");
	}

	/** The text without marks, for plain uses (API "title"). */
	static String plain(String marked) {
		return marked == null ? "" : marked.replace("\u0002", "").replace("\u0003", "").strip();
	}

}
