package klynge.importing;

import java.util.Locale;
import java.util.regex.Pattern;

/** Small helpers on lines of text: tab-separated cells, bullets, emphasis, escapes. */
final class TextCells {

	private static final Pattern ESCAPE = Pattern.compile("\\\\(.)");

	private TextCells() {
	}

	static String[] cells(String line) {
		return line.split("\t", -1);
	}

	static int nonEmpty(String[] cells) {
		int n = 0;
		for (String cell : cells) {
			if (!cell.isBlank()) {
				n++;
			}
		}
		return n;
	}

	static String cell(String[] cells, int index) {
		return index >= 0 && index < cells.length ? cells[index].strip() : "";
	}

	static int indexOf(String[] cells, String... names) {
		for (int i = 0; i < cells.length; i++) {
			String cell = cells[i].strip().toLowerCase(Locale.ROOT);
			for (String name : names) {
				if (cell.equals(name)) {
					return i;
				}
			}
		}
		return -1;
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}

	static boolean isBullet(String text) {
		return text.startsWith("- ") || text.startsWith("• ") || text.startsWith("– ") || text.equals("-");
	}

	static String stripEmphasis(String text) {
		String value = text.strip();
		while (value.length() >= 2 && value.startsWith("*") && value.endsWith("*")) {
			value = value.substring(1, value.length() - 1).strip();
		}
		return value;
	}

	static String unescape(String text) {
		return text.indexOf('\\') < 0 ? text : ESCAPE.matcher(text).replaceAll("$1");
	}

}
