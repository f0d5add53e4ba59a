package klynge.spreadsheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import klynge.shared.Csv;

/**
 * CSV as Norwegian Excel saves it (RFC 4180 quoting; ';' or ',' between cells, whichever
 * the header line uses), and the step from rows of cells to a {@link Table} shared with
 * workbooks.
 */
final class CsvText {

	private CsvText() {
	}

	static Table table(String fileName, String text) {
		List<List<String>> rows = parse(text, separator(text));
		if (rows.size() > SpreadsheetReader.MAX_ROWS + 1) {
			throw new BadSpreadsheet("spreadsheet.bad.rows", SpreadsheetReader.MAX_ROWS);
		}
		Table table = toTable(fileName, rows, false);
		if (table == null) {
			throw new BadSpreadsheet("spreadsheet.bad.columns");
		}
		return table;
	}

	/**
	 * The rows as a list; null when no list can be told (a workbook's sheet of notes is
	 * skipped, a CSV file refused).
	 * @param name the sheet's name (workbook) or the file's name (CSV)
	 */
	static Table toTable(String name, List<List<String>> rows, boolean sheet) {
		int header = 0;
		while (header < rows.size() && blank(rows.get(header))) {
			header++;
		}
		if (header == rows.size()) {
			return null;
		}
		List<String> headers = rows.get(header).stream().map(c -> c == null ? "" : c.strip()).toList();
		Optional<ListKind> kind = sheet ? ListKind.bySheetName(name).or(() -> ListKind.byHeaders(headers))
				: ListKind.byHeaders(headers).or(() -> ListKind.byFileName(name));
		if (kind.isEmpty()
				|| headers.stream().noneMatch(h -> kind.get().columns.stream().anyMatch(c -> c.matches(h)))) {
			return null;
		}
		List<Table.Row> data = new ArrayList<>();
		for (int r = header + 1; r < rows.size(); r++) {
			if (!blank(rows.get(r))) {
				data.add(new Table.Row(r + 1, rows.get(r).stream().map(Csv::unguarded).toList()));
			}
		}
		return new Table(kind.get(), headers, data);
	}

	private static boolean blank(List<String> row) {
		return row.stream().allMatch(c -> c == null || c.isBlank());
	}

	private static char separator(String text) {
		int semicolons = 0;
		int commas = 0;
		boolean quoted = false;
		for (int i = 0; i < text.length() && text.charAt(i) != '\n' || quoted && i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			else if (!quoted && c == ';') {
				semicolons++;
			}
			else if (!quoted && c == ',') {
				commas++;
			}
		}
		return commas > semicolons ? ',' : ';';
	}

	static List<List<String>> parse(String text, char separator) {
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					cell.append(c);
				}
			}
			else if (c == '"' && cell.isEmpty()) {
				quoted = true;
			}
			else if (c == separator) {
				row.add(cell.toString());
				cell.setLength(0);
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				row.add(cell.toString());
				cell.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
			}
			else {
				cell.append(c);
			}
		}
		if (!cell.isEmpty() || !row.isEmpty()) {
			row.add(cell.toString());
			rows.add(row);
		}
		return rows;
	}

}
