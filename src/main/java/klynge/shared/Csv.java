package klynge.shared;

import java.util.List;
import java.util.stream.Collectors;

/**
 * CSV for spreadsheets (RFC 4180, semicolon-separated as Norwegian Excel expects), safe
 * against formula injection: a cell starting with {@code = + - @}, a tab or a carriage
 * return is prefixed with {@code '} so a spreadsheet shows it as text instead of
 * evaluating it (OWASP "CSV injection").
 */
public final class Csv {

	public static final String MEDIA_TYPE = "text/csv;charset=UTF-8";

	private Csv() {
	}

	/** One line of cells, ended by CRLF; null cells are empty. */
	public static String row(List<String> cells) {
		return cells.stream().map(Csv::cell).collect(Collectors.joining(";")) + "\r\n";
	}

	/**
	 * One cell: neutralised, and quoted when it holds a separator, quote or line break.
	 */
	public static String cell(String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		String text = switch (value.charAt(0)) {
			case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
			default -> value;
		};
		if (text.indexOf(';') >= 0 || text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
				|| text.indexOf('\r') >= 0) {
			return '"' + text.replace("\"", "\"\"") + '"';
		}
		return text;
	}

}
