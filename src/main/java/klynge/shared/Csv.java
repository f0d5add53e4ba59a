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

	/** How a cell that a spreadsheet would evaluate as a formula starts. */
	private static final String FORMULA_STARTS = "=+-@\t\r";

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
		String text = FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
		if (text.indexOf(';') >= 0 || text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
				|| text.indexOf('\r') >= 0) {
			return '"' + text.replace("\"", "\"\"") + '"';
		}
		return text;
	}

	/**
	 * Undoes {@link #cell}'s guard ("'+47 …" back to "+47 …"), so an export reads back as
	 * it was.
	 */
	public static String unguarded(String cell) {
		if (cell != null && cell.length() > 1 && cell.charAt(0) == '\''
				&& FORMULA_STARTS.indexOf(cell.charAt(1)) >= 0) {
			return cell.substring(1);
		}
		return cell;
	}

}
