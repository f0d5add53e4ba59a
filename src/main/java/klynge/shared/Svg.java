package klynge.shared;

/**
 * The pieces of the server-drawn SVG charts (budget, follow-on funding): a bar, a label
 * in the site's text colour, and escaping of the names written into them.
 */
public final class Svg {

	private Svg() {
	}

	public static String rect(int x, int y, int w, int h, String fill) {
		return "<rect x=\"" + x + "\" y=\"" + y + "\" width=\"" + w + "\" height=\"" + h + "\" fill=\"" + fill + "\"/>";
	}

	/** A label; {@code anchor} is SVG's text-anchor: start, middle or end. */
	public static String text(int x, int y, String text, String anchor) {
		return "<text x=\"" + x + "\" y=\"" + y + "\" font-size=\"13\" fill=\"#1a1a1a\" text-anchor=\"" + anchor + "\">"
				+ escape(text) + "</text>";
	}

	/** Text for SVG (XML): the five markup characters escaped; null is empty. */
	public static String escape(String text) {
		return text == null ? ""
				: text.replace("&", "&amp;")
					.replace("<", "&lt;")
					.replace(">", "&gt;")
					.replace("\"", "&quot;")
					.replace("'", "&#39;");
	}

}
