package klynge.annualreport;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

import javax.imageio.ImageIO;

import klynge.annualreport.ReportView.ChapterView;
import klynge.annualreport.ReportView.ChartView;
import klynge.document.DocxStyles;
import klynge.document.PdfA;
import klynge.shared.YearInReview.Chart;
import klynge.shared.YearInReview.Table;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The report as PDF/A (Thymeleaf XHTML laid out by document's PDF/A renderer, charts as
 * data-URI images with alt text) and as DOCX (Apache POI: headings, paragraphs, tables
 * and the charts as pictures with a description). Every text goes in as text — escaped by
 * Thymeleaf, or a run's text in Word — never as markup.
 */
@Component
class ReportDocuments {

	private final ITemplateEngine templates;

	private final PdfA pdfA;

	private final ReportCharts charts;

	private final MessageSource messages;

	private final String css;

	ReportDocuments(ITemplateEngine templates, PdfA pdfA, ReportCharts charts, MessageSource messages) {
		this.templates = templates;
		this.pdfA = pdfA;
		this.charts = charts;
		this.messages = messages;
		this.css = read("annualreport/report-pdf.css");
	}

	/** The view with every chart drawn. */
	ReportView view(String clusterName, AnnualReport report, Locale locale) {
		String title = messages.getMessage("annualreport.documentTitle", new Object[] { report.year(), clusterName },
				locale);
		String status = report.status().settled() ? null : messages.getMessage("annualreport.draftLine", null, locale);
		return ReportView.of(clusterName, title, status, report, locale, charts::png, this::alt);
	}

	/** A chart told in words: its caption, then each category with its figures. */
	String alt(Chart chart, Locale locale) {
		StringJoiner figures = new StringJoiner("; ");
		for (int i = 0; i < chart.categories().size(); i++) {
			StringJoiner values = new StringJoiner(", ");
			for (var series : chart.series()) {
				values.add(series.name() + " " + (i < series.values().size() ? series.values().get(i) : ""));
			}
			figures.add(chart.categories().get(i) + ": " + values);
		}
		return messages.getMessage("annualreport.chartAlt", new Object[] { chart.caption(), chart.unit(), figures },
				locale);
	}

	String xhtml(ReportView view) {
		Context context = new Context(view.locale());
		context.setVariable("doc", view);
		context.setVariable("css", css.replace("%NAME%", view.title().replace("\\", "\\\\").replace("\"", "\\\"")));
		return templates.process("annualreport/document/report-pdf", context);
	}

	byte[] pdf(ReportView view) {
		return pdfA.render(xhtml(view));
	}

	byte[] docx(ReportView view) {
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			doc.getProperties().getCoreProperties().setTitle(view.title());
			doc.getProperties().getCoreProperties().setCreator(view.clusterName());
			DocxStyles.define(doc, view.locale(), PdfA.FONT, null);
			heading(doc, view.title(), DocxStyles.HEADING_1, 20);
			if (view.statusLine() != null) {
				text(doc, view.statusLine(), true);
			}
			view.introduction().forEach(p -> text(doc, p, false));
			int picture = 1;
			for (ChapterView chapter : view.chapters()) {
				heading(doc, chapter.title(), DocxStyles.HEADING_2, 15);
				chapter.before().forEach(p -> text(doc, p, false));
				chapter.paragraphs().forEach(p -> text(doc, p, false));
				for (Table table : chapter.tables()) {
					table(doc, table);
				}
				for (ChartView chart : chapter.charts()) {
					picture(doc, chart, picture++);
					table(doc, chart.figures());
				}
				chapter.after().forEach(p -> text(doc, p, false));
			}
			doc.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A real Word heading (its style carries the outline level that screen readers and
	 * the navigation pane read), at the report's larger size.
	 */
	private static void heading(XWPFDocument doc, String text, String style, int size) {
		XWPFParagraph paragraph = doc.createParagraph();
		paragraph.setStyle(style);
		paragraph.setSpacingBefore(240);
		XWPFRun run = paragraph.createRun();
		run.setFontSize(size);
		run.setText(text);
	}

	private static void text(XWPFDocument doc, String text, boolean bold) {
		XWPFParagraph paragraph = doc.createParagraph();
		String[] lines = text.split("\n", -1);
		XWPFRun run = paragraph.createRun();
		run.setFontFamily(PdfA.FONT);
		run.setBold(bold);
		for (int i = 0; i < lines.length; i++) {
			if (i > 0) {
				run.addBreak();
			}
			run.setText(lines[i], i);
		}
	}

	private static void table(XWPFDocument doc, Table table) {
		XWPFParagraph caption = doc.createParagraph();
		XWPFRun captionRun = caption.createRun();
		captionRun.setItalic(true);
		captionRun.setFontFamily(PdfA.FONT);
		captionRun.setText(table.caption());
		XWPFTable grid = doc.createTable(table.rows().size() + 1, table.columns().size());
		CTTblWidth width = grid.getCTTbl().getTblPr().addNewTblW();
		width.setType(STTblWidth.PCT);
		width.setW(BigInteger.valueOf(5000));
		cells(grid.getRow(0), table.columns(), true);
		for (int r = 0; r < table.rows().size(); r++) {
			cells(grid.getRow(r + 1), table.rows().get(r), false);
		}
		doc.createParagraph();
	}

	private static void cells(XWPFTableRow row, List<String> texts, boolean header) {
		if (header) {
			row.setRepeatHeader(true);
		}
		for (int c = 0; c < texts.size() && c < row.getTableCells().size(); c++) {
			XWPFParagraph paragraph = row.getCell(c).getParagraphs().getFirst();
			XWPFRun run = paragraph.createRun();
			run.setBold(header);
			run.setFontFamily(PdfA.FONT);
			run.setFontSize(9);
			run.setText(texts.get(c) == null ? "" : texts.get(c));
		}
	}

	/**
	 * The chart at the page's width, with its text alternative as the picture's
	 * description.
	 */
	private static void picture(XWPFDocument doc, ChartView chart, int number) throws IOException {
		var image = ImageIO.read(new ByteArrayInputStream(chart.png()));
		int widthEmu = Units.toEMU(450);
		int heightEmu = (int) ((long) widthEmu * image.getHeight() / image.getWidth());
		XWPFParagraph paragraph = doc.createParagraph();
		paragraph.setAlignment(ParagraphAlignment.CENTER);
		XWPFRun run = paragraph.createRun();
		try {
			run.addPicture(new ByteArrayInputStream(chart.png()), XWPFDocument.PICTURE_TYPE_PNG,
					"chart-" + number + ".png", widthEmu, heightEmu);
		}
		catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException ex) {
			throw new IllegalStateException(ex);
		}
		var docPr = run.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr();
		docPr.setDescr(chart.alt());
		docPr.setTitle(chart.caption());
	}

	private static String read(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
