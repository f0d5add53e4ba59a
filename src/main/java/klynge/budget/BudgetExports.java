package klynge.budget;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import klynge.budget.BudgetArithmetic.Figures;
import klynge.meeting.MeetingPart;
import klynge.meeting.MeetingTexts;
import klynge.shared.Csv;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A budget as a spreadsheet: the alternatives side by side, the partners' shares and
 * invoices, and the actuals against the adopted budget. CSV (semicolon, BOM, every cell
 * through {@link Csv}'s formula guard) and XLSX (Apache POI; amounts as numbers, text as
 * text cells, which a spreadsheet never evaluates).
 */
@Component
class BudgetExports {

	private final BudgetTable table;

	private final MeetingTexts texts;

	private final MessageSource messages;

	BudgetExports(BudgetTable table, MeetingTexts texts, MessageSource messages) {
		this.table = table;
		this.texts = texts;
		this.messages = messages;
	}

	/** A cell: text, or an amount (a number in XLSX). */
	record Cell(String text, BigDecimal amount) {

		static Cell text(String text) {
			return new Cell(text, null);
		}

		static Cell amount(BigDecimal amount) {
			return new Cell(null, amount);
		}

		String csv() {
			return amount != null ? amount.stripTrailingZeros().toPlainString() : Csv.cell(text);
		}
	}

	/** One part of the export: a title and its rows, the first the headings. */
	record Section(String title, List<List<Cell>> rows) {
	}

	String fileName(BudgetSheet sheet, String extension) {
		return "budsjett-" + sheet.budget().year() + "." + extension;
	}

	List<Section> sections(BudgetSheet sheet, Locale locale) {
		List<Section> sections = new ArrayList<>();
		// the alternatives, as the meeting saw them, with amounts as numbers
		List<List<Cell>> alternatives = new ArrayList<>();
		MeetingPart.Table sideBySide = table.of(sheet);
		alternatives.add(sideBySide.columns().stream().map(c -> Cell.text(texts.text(c, locale))).toList());
		List<List<Cell>> sums = new ArrayList<>();
		for (BudgetLine line : sheet.lines()) {
			List<Cell> row = new ArrayList<>();
			row.add(Cell.text(line.direction() == Direction.INCOME ? msg(locale, "budget.table.income", line.name())
					: line.name()));
			sheet.figures().forEach(f -> row.add(Cell.amount(line.amountIn(f.alternative()))));
			alternatives.add(row);
		}
		sums.add(sum(msg(locale, "budget.table.expenses"), sheet, Figures::expenses));
		sums.add(
				sum(msg(locale, "budget.table.contributions", sheet.partners().size()), sheet, Figures::contributions));
		sums.add(sum(
				msg(locale,
						sheet.budget().sharing() == Sharing.EQUAL ? "budget.table.perPartner" : "budget.table.perUnit"),
				sheet, Figures::unitShare));
		sums.add(sum(msg(locale, "budget.table.balance"), sheet, Figures::balance));
		alternatives.addAll(sums);
		sections.add(new Section(msg(locale, "budget.export.alternatives"), alternatives));

		List<List<Cell>> partners = new ArrayList<>();
		List<Cell> headings = new ArrayList<>();
		headings.add(Cell.text(msg(locale, "budget.partner")));
		headings.add(Cell.text(msg(locale, "budget.partner.categoryLabel")));
		sheet.alternatives().forEach(a -> headings.add(Cell.text(msg(locale, "budget.table.alternative", a.letter()))));
		headings.add(Cell.text(msg(locale, "budget.invoice.due")));
		headings.add(Cell.text(msg(locale, "budget.invoice.invoicedOn")));
		headings.add(Cell.text(msg(locale, "budget.invoice.paidOn")));
		partners.add(headings);
		for (BudgetPartner partner : sheet.partners()) {
			List<Cell> row = new ArrayList<>();
			row.add(Cell.text(partner.name()));
			row.add(Cell.text(msg(locale, "organisation.type." + partner.category())));
			sheet.figures().forEach(f -> row.add(Cell.amount(f.shareOf(partner.organisationId()))));
			row.add(Cell.amount(sheet.dueFrom(partner.organisationId())));
			row.add(Cell.text(partner.invoicedOn() == null ? null : partner.invoicedOn().toString()));
			row.add(Cell.text(partner.paidOn() == null ? null : partner.paidOn().toString()));
			partners.add(row);
		}
		sections.add(new Section(msg(locale, "budget.export.partners"), partners));

		if (sheet.adopted() != null) {
			List<List<Cell>> actuals = new ArrayList<>();
			actuals.add(List.of(Cell.text(msg(locale, "budget.table.line")),
					Cell.text(msg(locale, "budget.actual.budgeted")), Cell.text(msg(locale, "budget.actual.actual")),
					Cell.text(msg(locale, "budget.actual.difference"))));
			for (BudgetLine line : sheet.lines()) {
				BigDecimal budgeted = sheet.budgetedIn(line);
				actuals.add(List.of(Cell.text(line.name()), Cell.amount(budgeted), Cell.amount(line.actual()),
						Cell.amount(line.actual() == null ? null : line.actual().subtract(budgeted))));
			}
			sections.add(new Section(msg(locale, "budget.export.actuals"), actuals));
		}
		return sections;
	}

	private static List<Cell> sum(String label, BudgetSheet sheet, java.util.function.Function<Figures, BigDecimal> f) {
		List<Cell> row = new ArrayList<>();
		row.add(Cell.text(label));
		sheet.figures().forEach(figures -> row.add(Cell.amount(f.apply(figures))));
		return row;
	}

	String csv(BudgetSheet sheet, Locale locale) {
		StringBuilder csv = new StringBuilder("\uFEFF");
		csv.append(Csv.row(List.of(sheet.budget().title())));
		for (Section section : sections(sheet, locale)) {
			csv.append("\r\n").append(Csv.row(List.of(section.title())));
			for (List<Cell> row : section.rows()) {
				// text through the formula guard; our own numbers as they are (a
				// guarded "-7500" would be text to a spreadsheet)
				csv.append(String.join(";", row.stream().map(Cell::csv).toList())).append("\r\n");
			}
		}
		return csv.toString();
	}

	byte[] xlsx(BudgetSheet sheet, Locale locale) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			CellStyle kroner = workbook.createCellStyle();
			kroner.setDataFormat(workbook.createDataFormat().getFormat("# ##0"));
			for (Section section : sections(sheet, locale)) {
				Sheet tab = workbook.createSheet(section.title());
				int n = 0;
				for (List<Cell> cells : section.rows()) {
					Row row = tab.createRow(n);
					for (int c = 0; c < cells.size(); c++) {
						Cell value = cells.get(c);
						var cell = row.createCell(c);
						if (value.amount() != null) {
							cell.setCellValue(value.amount().doubleValue());
							cell.setCellStyle(kroner);
						}
						else if (value.text() != null) {
							cell.setCellValue(value.text());
							if (n == 0) {
								cell.setCellStyle(bold);
							}
						}
					}
					n++;
				}
				for (int c = 0; c < 8; c++) {
					tab.setColumnWidth(c, (c == 0 ? 32 : 16) * 256);
				}
				tab.createFreezePane(1, 1);
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String msg(Locale locale, String key, Object... args) {
		return messages.getMessage(key, args, locale);
	}

}
