package klynge.spreadsheet;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import klynge.spreadsheet.ListKind.Column;

/**
 * One list as read from a sheet or CSV file: its headers and rows of text cells, with
 * where each known column is.
 */
record Table(ListKind kind, List<String> headers, List<Row> rows) {

	/** A data row; {@code number} is the row's number in the spreadsheet (header = 1). */
	record Row(int number, List<String> cells) {

		boolean isBlank() {
			return cells.stream().allMatch(c -> c == null || c.isBlank());
		}

	}

	Map<Column, Integer> positions() {
		Map<Column, Integer> positions = new EnumMap<>(Column.class);
		for (int i = 0; i < headers.size(); i++) {
			for (Column column : kind.columns) {
				if (column.matches(headers.get(i)) && !positions.containsKey(column)) {
					positions.put(column, i);
				}
			}
		}
		return positions;
	}

	/** The required columns the headers lack. */
	List<Column> missing() {
		Map<Column, Integer> positions = positions();
		List<Column> missing = new ArrayList<>();
		for (Column column : kind.columns) {
			if (column.required && !positions.containsKey(column)) {
				missing.add(column);
			}
		}
		return missing;
	}

	/** The cell of a column in a row, stripped; null when empty or absent. */
	String cell(Row row, Column column) {
		Integer at = positions().get(column);
		if (at == null || at >= row.cells().size()) {
			return null;
		}
		String value = row.cells().get(at);
		return value == null || value.isBlank() ? null : value.strip();
	}

}
