package klynge.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Spreadsheets for the tests: workbooks of named sheets, and CSV text. */
final class Sheets {

	private final Map<String, List<List<String>>> sheets = new LinkedHashMap<>();

	static Sheets workbook() {
		return new Sheets();
	}

	Sheets sheet(String name, String... headers) {
		List<List<String>> rows = new ArrayList<>();
		rows.add(List.of(headers));
		sheets.put(name, rows);
		return this;
	}

	/** A row of the last sheet; null cells stay empty. */
	Sheets row(String... cells) {
		List<List<String>> last = null;
		for (List<List<String>> rows : sheets.values()) {
			last = rows;
		}
		last.add(java.util.Arrays.asList(cells));
		return this;
	}

	byte[] xlsx() throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			sheets.forEach((name, rows) -> {
				var sheet = workbook.createSheet(name);
				for (int r = 0; r < rows.size(); r++) {
					var row = sheet.createRow(r);
					for (int c = 0; c < rows.get(r).size(); c++) {
						if (rows.get(r).get(c) != null) {
							row.createCell(c).setCellValue(rows.get(r).get(c));
						}
					}
				}
			});
			workbook.write(out);
			return out.toByteArray();
		}
	}

	/** The only (or first) sheet as CSV with the given separator, with a BOM. */
	byte[] csv(char separator) {
		StringBuilder text = new StringBuilder("\uFEFF");
		for (List<String> row : sheets.values().iterator().next()) {
			List<String> cells = new ArrayList<>();
			for (String cell : row) {
				String c = cell == null ? "" : cell;
				cells.add(c.indexOf(separator) >= 0 || c.contains("\"") ? '"' + c.replace("\"", "\"\"") + '"' : c);
			}
			text.append(String.join(String.valueOf(separator), cells)).append("\r\n");
		}
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

}
