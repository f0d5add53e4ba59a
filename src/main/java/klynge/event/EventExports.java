package klynge.event;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import klynge.shared.Csv;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The participant list as a spreadsheet: one row per registration (confirmed, waiting in
 * order, cancelled), one column per custom question. CSV (semicolon, BOM, every cell
 * through {@link Csv}'s formula guard) and XLSX (Apache POI, text cells only, which a
 * spreadsheet never evaluates).
 */
@Component
class EventExports {

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

	private final MessageSource messages;

	EventExports(MessageSource messages) {
		this.messages = messages;
	}

	String fileName(Event event, String extension) {
		return "deltakere-" + event.slug() + "." + extension;
	}

	String sheetName(Locale locale) {
		return messages.getMessage("event.participants.sheet", null, locale);
	}

	List<List<String>> rows(EventPage page, List<Registration> registrations, ZoneId zone, Locale locale) {
		List<List<String>> rows = new ArrayList<>();
		List<String> headings = new ArrayList<>();
		for (String key : List.of("name", "email", "organisation", "status", "waiting", "registeredAt",
				"checkedInAt")) {
			headings.add(messages.getMessage("event.participants." + key, null, locale));
		}
		page.questions().forEach(q -> headings.add(q.text()));
		rows.add(headings);
		int rank = 0;
		for (Registration r : registrations) {
			List<String> row = new ArrayList<>();
			row.add(r.anonymised() ? messages.getMessage("event.participants.anonymised", null, locale) : r.name());
			row.add(r.email());
			row.add(r.organisation());
			row.add(messages.getMessage(r.status().messageKey(), null, locale));
			row.add(r.status() == RegistrationStatus.WAITING ? Integer.toString(++rank) : "");
			row.add(STAMP.format(r.registeredAt().atZoneSameInstant(zone)));
			row.add(r.checkedInAt() == null ? "" : STAMP.format(r.checkedInAt().atZoneSameInstant(zone)));
			page.questions().forEach(q -> row.add(r.answers().getOrDefault(q.id(), "")));
			rows.add(row);
		}
		return rows;
	}

	byte[] csv(List<List<String>> rows) {
		StringBuilder text = new StringBuilder("\uFEFF");
		rows.forEach(row -> text.append(Csv.row(row)));
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

	byte[] xlsx(List<List<String>> rows, String sheetName) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(sheetName);
			var bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			for (int i = 0; i < rows.size(); i++) {
				Row row = sheet.createRow(i);
				List<String> cells = rows.get(i);
				for (int j = 0; j < cells.size(); j++) {
					var cell = row.createCell(j);
					cell.setCellValue(cells.get(j) == null ? "" : cells.get(j));
					if (i == 0) {
						cell.setCellStyle(bold);
					}
				}
			}
			sheet.createFreezePane(0, 1);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
