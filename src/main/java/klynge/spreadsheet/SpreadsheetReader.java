package klynge.spreadsheet;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import klynge.shared.ZipBudget;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads an upload into its lists: an XLSX workbook (each sheet named after its list, or
 * told by its headers) or one CSV file (semicolon or comma, UTF-8 with or without BOM, or
 * Windows-1252 as older Excel saves "CSV (semikolondelt)").
 */
final class SpreadsheetReader {

	/** Larger than any cluster's lists; the upload limit of the form. */
	static final int MAX_BYTES = 5 * 1024 * 1024;

	static final int MAX_ROWS = 5_000;

	static final int MAX_ENTRIES = 200;

	/** A workbook's parts inflated; a few thousand rows take a few megabytes. */
	static final long MAX_INFLATED = 40L * 1024 * 1024;

	private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;

	private SpreadsheetReader() {
	}

	static List<Table> read(String fileName, byte[] content) {
		if (content == null || content.length == 0) {
			throw new BadSpreadsheet("spreadsheet.bad.empty");
		}
		if (content.length > MAX_BYTES) {
			throw new BadSpreadsheet("spreadsheet.bad.size", MAX_BYTES / (1024 * 1024));
		}
		if (startsWith(content, 0x50, 0x4B, 0x03, 0x04)) {
			return workbook(content);
		}
		if (startsWith(content, 0xD0, 0xCF, 0x11, 0xE0)) {
			// an OLE2 container: a password-protected XLSX or an old .xls
			throw new BadSpreadsheet("spreadsheet.bad.encrypted");
		}
		for (byte b : content) {
			if (b == 0) {
				throw new BadSpreadsheet("spreadsheet.bad.format");
			}
		}
		Table table = CsvText.table(fileName, text(content));
		return List.of(table);
	}

	private static boolean startsWith(byte[] content, int... magic) {
		if (content.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if ((content[i] & 0xFF) != magic[i]) {
				return false;
			}
		}
		return true;
	}

	private static String text(byte[] content) {
		int offset = startsWith(content, 0xEF, 0xBB, 0xBF) ? 3 : 0;
		ByteBuffer bytes = ByteBuffer.wrap(content, offset, content.length - offset);
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(bytes)
				.toString();
		}
		catch (CharacterCodingException notUtf8) {
			return new String(content, Charset.forName("windows-1252"));
		}
	}

	private static List<Table> workbook(byte[] content) {
		switch (ZipBudget.check(content, MAX_ENTRIES, MAX_INFLATED, name -> MAX_INFLATED)) {
			case TOO_LARGE -> throw new BadSpreadsheet("spreadsheet.bad.inflated", MAX_INFLATED / (1024 * 1024));
			case UNREADABLE -> throw new BadSpreadsheet("spreadsheet.bad.format");
			case WITHIN -> {
			}
		}
		List<Table> tables = new ArrayList<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
			DataFormatter formatter = new DataFormatter(Locale.ROOT);
			for (Sheet sheet : workbook) {
				List<List<String>> rows = new ArrayList<>();
				int last = sheet.getLastRowNum();
				if (last > MAX_ROWS) {
					throw new BadSpreadsheet("spreadsheet.bad.rows", MAX_ROWS);
				}
				for (int r = 0; r <= last; r++) {
					var row = sheet.getRow(r);
					List<String> cells = new ArrayList<>();
					if (row != null) {
						for (int c = 0; c < Math.min(row.getLastCellNum(), 50); c++) {
							cells.add(text(row.getCell(c), formatter));
						}
					}
					rows.add(cells);
				}
				Table table = CsvText.toTable(sheet.getSheetName(), rows, true);
				if (table != null) {
					tables.add(table);
				}
			}
		}
		catch (BadSpreadsheet bad) {
			throw bad;
		}
		catch (Exception unreadable) {
			throw new BadSpreadsheet("spreadsheet.bad.format");
		}
		if (tables.isEmpty()) {
			throw new BadSpreadsheet("spreadsheet.bad.columns");
		}
		return tables;
	}

	private static String text(Cell cell, DataFormatter formatter) {
		if (cell == null) {
			return null;
		}
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
			return ISO.format(cell.getLocalDateTimeCellValue().toLocalDate());
		}
		if (cell.getCellType() == CellType.FORMULA) {
			return type == CellType.NUMERIC ? formatter.formatRawCellContents(cell.getNumericCellValue(), -1, "General")
					: type == CellType.STRING ? cell.getStringCellValue() : null;
		}
		return formatter.formatCellValue(cell);
	}

}
