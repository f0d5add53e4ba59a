package klynge.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;

import klynge.document.MeetingDocument.AttendanceGroup;
import klynge.document.MeetingDocument.Item;
import klynge.document.MeetingDocument.Link;
import klynge.document.MeetingDocument.Row;
import klynge.shared.WebLinks;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes a {@link MeetingDocument} as an editable Word file: real Heading 1–3 styles
 * (Word's navigation pane), real tables for the header and attendance, real numbering for
 * bullet lists, hyperlinks as hyperlinks, vedtak and follow-ups in italics, logo in the
 * page header and page numbers in the footer.
 */
@Component
class DocxDocuments {

	static final String FONT = "Calibri";

	private final MessageSource messages;

	DocxDocuments(MessageSource messages) {
		this.messages = messages;
	}

	byte[] write(MeetingDocument document) {
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			new Writer(doc, document).write();
			doc.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private final class Writer {

		private final XWPFDocument doc;

		private final MeetingDocument document;

		private final Locale locale;

		private final String primary;

		Writer(XWPFDocument doc, MeetingDocument document) {
			this.doc = doc;
			this.document = document;
			this.locale = document.locale();
			this.primary = document.primaryColour().substring(1).toUpperCase(Locale.ROOT);
		}

		void write() throws IOException {
			styles();
			page();
			doc.getProperties().getCoreProperties().setTitle(document.name());
			doc.getProperties().getCoreProperties().setCreator(document.clusterName());
			doc.getProperties().getCoreProperties().setSubjectProperty(document.titleLine());

			XWPFParagraph title = doc.createParagraph();
			title.setStyle("Heading1");
			title.createRun().setText(document.titleLine());
			if (document.statusLine() != null) {
				XWPFRun status = doc.createParagraph().createRun();
				status.setBold(true);
				status.setColor("8A3B00");
				status.setText(document.statusLine());
			}
			facts();
			attendance();
			if (!document.sentences().isEmpty()) {
				doc.createParagraph().createRun().setText(String.join(" ", document.sentences()));
			}
			if (!document.minutes()) {
				heading(msg("export.agenda"), "Heading2");
			}
			if (document.items().isEmpty()) {
				doc.createParagraph().createRun().setText(msg("export.noItems"));
			}
			for (Item item : document.items()) {
				heading(item.label() + " " + item.title(), "Heading2");
				body(item);
				for (Item sub : item.subItems()) {
					heading((sub.label() + " " + sub.title()).strip(), "Heading3");
					body(sub);
				}
				blocks(item.closing());
			}
		}

		private void body(Item item) {
			if (item.exempt()) {
				XWPFRun run = doc.createParagraph().createRun();
				run.setItalic(true);
				run.setText(item.exemptNotice());
				return;
			}
			if (item.presenter() != null) {
				doc.createParagraph().createRun().setText(item.presenter());
			}
			if (item.priorHandling() != null) {
				doc.createParagraph().createRun().setText(item.priorHandling());
			}
			if (!item.documents().isEmpty()) {
				XWPFRun label = doc.createParagraph().createRun();
				label.setBold(true);
				label.setText(msg("export.documents"));
				BigInteger list = bulletList();
				XWPFParagraph p = null;
				for (Link link : item.documents()) {
					p = listParagraph(list, 0);
					hyperlink(p, link.title(), link.url());
					if (link.note() != null) {
						p.createRun().setText(" (" + link.note() + ")");
					}
				}
				p.setSpacingAfter(200); // a gap before the notes, which may start with a
										// list of their own
			}
			if (item.proposedDecision() != null) {
				XWPFParagraph p = doc.createParagraph();
				XWPFRun label = p.createRun();
				label.setBold(true);
				label.setText(msg("export.proposedDecision") + " ");
				p.createRun().setText(item.proposedDecision());
			}
			blocks(item.opening());
		}

		/** The minutes' parts in their order, as the PDF prints them. */
		private void blocks(List<MeetingDocument.Block> blocks) {
			for (MeetingDocument.Block block : blocks) {
				switch (block) {
					case MeetingDocument.Html html -> html(html.xhtml());
					case MeetingDocument.Table table -> figures(table);
					case MeetingDocument.Para para -> {
						XWPFParagraph p = doc.createParagraph();
						if (para.label() != null) {
							// As the seed: a label ("Vedtak:") plain, only the vedtak in
							// italics
							p.createRun().setText(para.label() + " ");
						}
						if (para.url() != null) {
							hyperlink(p, para.text(), para.url());
						}
						else {
							XWPFRun text = p.createRun();
							text.setItalic(para.italic());
							text.setText(para.text());
						}
					}
				}
			}
		}

		/**
		 * The minutes' text: paragraphs and (nested) lists with bold, italic and links.
		 */
		private void html(String html) {
			BigInteger bulletList = null;
			BigInteger numberedList = null;
			for (Xhtml.Block block : Xhtml.blocks(html)) {
				XWPFParagraph p;
				if (block.level() < 0) {
					bulletList = null;
					numberedList = null;
					p = doc.createParagraph();
				}
				else if (block.ordered()) {
					numberedList = numberedList == null ? numberedList() : numberedList;
					p = listParagraph(numberedList, block.level());
				}
				else {
					bulletList = bulletList == null ? bulletList() : bulletList;
					p = listParagraph(bulletList, block.level());
				}
				for (Xhtml.Span span : block.spans()) {
					XWPFRun run = span.href() != null && !span.href().isBlank() ? hyperlinkRun(p, span.href())
							: p.createRun();
					run.setText(span.text());
					run.setBold(span.bold());
					run.setItalic(span.italic());
				}
			}
		}

		/** A table of figures (a budget's alternatives): caption, bold headings, rows. */
		private void figures(MeetingDocument.Table figures) {
			XWPFParagraph caption = doc.createParagraph();
			XWPFRun run = caption.createRun();
			run.setBold(true);
			run.setText(figures.caption());
			XWPFTable table = doc.createTable(1, figures.columns().size());
			table.setWidth("100%");
			XWPFTableRow header = table.getRow(0);
			header.setRepeatHeader(true);
			for (int i = 0; i < figures.columns().size(); i++) {
				cell(header.getCell(i), figures.columns().get(i), true);
			}
			for (List<String> cells : figures.rows()) {
				XWPFTableRow row = table.createRow();
				for (int i = 0; i < cells.size() && i < figures.columns().size(); i++) {
					cell(row.getCell(i), cells.get(i), i == 0);
					if (i > 0) {
						row.getCell(i).getParagraphs().getFirst().setAlignment(ParagraphAlignment.RIGHT);
					}
				}
			}
			doc.createParagraph();
		}

		private void facts() {
			XWPFTable table = doc.createTable(2, 4);
			table.setWidth("100%");
			noBorders(table);
			cell(table.getRow(0).getCell(0), msg("export.place"), true);
			XWPFTableCell place = table.getRow(0).getCell(1);
			cell(place, document.place(), false);
			if (document.onlineUrl() != null) {
				XWPFParagraph p = place.getParagraphs().getFirst();
				if (!document.place().isEmpty()) {
					p.createRun().setText(" / ");
				}
				hyperlink(p, document.onlineLabel(), document.onlineUrl());
			}
			cell(table.getRow(0).getCell(2), msg("export.date"), true);
			cell(table.getRow(0).getCell(3), document.date(), false);
			cell(table.getRow(1).getCell(2), msg("export.time"), true);
			cell(table.getRow(1).getCell(3), document.time(), false);
			widths(table, 1100, 4900, 900, 2600);
			doc.createParagraph();
		}

		private void attendance() {
			if (document.attendance().isEmpty()) {
				return;
			}
			int columns = document.minutes() ? 5 : 4;
			XWPFTable table = doc.createTable(1, columns);
			table.setWidth("100%");
			table.setTableAlignment(TableRowAlign.LEFT);
			table.setTopBorder(XWPFBorderType.SINGLE, 4, 0, "9AA9AD");
			table.setBottomBorder(XWPFBorderType.SINGLE, 4, 0, "9AA9AD");
			table.setLeftBorder(XWPFBorderType.SINGLE, 4, 0, "9AA9AD");
			table.setRightBorder(XWPFBorderType.SINGLE, 4, 0, "9AA9AD");
			table.setInsideHBorder(XWPFBorderType.SINGLE, 4, 0, "9AA9AD");
			table.setInsideVBorder(XWPFBorderType.SINGLE, 4, 0, "9AA9AD");
			XWPFTableRow header = table.getRow(0);
			header.setRepeatHeader(true);
			String[] headings = { msg("export.organisation"), msg("export.name"), msg("export.code"),
					msg("export.summoned"), msg("export.absence") };
			String shade = document.secondaryColour().substring(1).toUpperCase(Locale.ROOT);
			for (int i = 0; i < columns; i++) {
				cell(header.getCell(i), headings[i], true);
				header.getCell(i).setColor(shade);
			}
			for (AttendanceGroup group : document.attendance()) {
				if (group.heading() != null) {
					XWPFTableRow row = table.createRow();
					XWPFTableCell first = row.getCell(0);
					XWPFRun run = cell(first, group.heading(), true);
					run.setItalic(true);
					for (int i = 1; i < columns; i++) {
						cell(row.getCell(i), "", false);
					}
				}
				for (Row r : group.rows()) {
					XWPFTableRow row = table.createRow();
					cell(row.getCell(0), r.organisation(), false);
					cell(row.getCell(1), r.name(), false);
					cell(row.getCell(2), r.code(), true);
					cell(row.getCell(3), r.summoned(), false);
					if (columns == 5) {
						cell(row.getCell(4), r.absence(), false);
					}
				}
			}
			if (columns == 5) {
				widths(table, 3600, 2500, 900, 1000, 1000);
			}
			else {
				widths(table, 4100, 2900, 1000, 1000);
			}
			doc.createParagraph();
		}

		private XWPFRun cell(XWPFTableCell cell, String text, boolean bold) {
			XWPFParagraph p = cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().getFirst();
			XWPFRun run = p.createRun();
			run.setBold(bold);
			run.setText(text == null ? "" : text);
			return run;
		}

		private void widths(XWPFTable table, int... twips) {
			for (XWPFTableRow row : table.getRows()) {
				for (int i = 0; i < twips.length && i < row.getTableCells().size(); i++) {
					row.getCell(i).setWidth(String.valueOf(twips[i]));
				}
			}
		}

		private void noBorders(XWPFTable table) {
			table.setTopBorder(XWPFBorderType.NONE, 0, 0, "auto");
			table.setBottomBorder(XWPFBorderType.NONE, 0, 0, "auto");
			table.setLeftBorder(XWPFBorderType.NONE, 0, 0, "auto");
			table.setRightBorder(XWPFBorderType.NONE, 0, 0, "auto");
			table.setInsideHBorder(XWPFBorderType.NONE, 0, 0, "auto");
			table.setInsideVBorder(XWPFBorderType.NONE, 0, 0, "auto");
		}

		private void heading(String text, String style) {
			XWPFParagraph p = doc.createParagraph();
			p.setStyle(style);
			p.createRun().setText(text);
		}

		private XWPFParagraph listParagraph(BigInteger numId, int level) {
			XWPFParagraph p = doc.createParagraph();
			p.setStyle("ListParagraph");
			p.setNumID(numId);
			p.setNumILvl(BigInteger.valueOf(Math.min(level, 2)));
			return p;
		}

		private void hyperlink(XWPFParagraph p, String text, String url) {
			hyperlinkRun(p, url).setText(text);
		}

		/**
		 * A link run, or a plain run where the address is no link (old data): Word must
		 * still open.
		 */
		private XWPFRun hyperlinkRun(XWPFParagraph p, String url) {
			if (WebLinks.uriOrNull(url) == null) {
				return p.createRun();
			}
			XWPFHyperlinkRun run = p.createHyperlinkRun(url);
			run.setUnderline(UnderlinePatterns.SINGLE);
			run.setColor(primary);
			return run;
		}

		/**
		 * A list of its own (its own w:num): the document list and the notes' lists must
		 * not run into each other.
		 */
		private BigInteger bulletList() {
			return list(STNumberFormat.BULLET, new String[] { "\u2022", "\u25e6", "\u25aa" });
		}

		private BigInteger numberedList() {
			return list(STNumberFormat.DECIMAL, new String[] { "%1.", "%2.", "%3." });
		}

		private BigInteger list(STNumberFormat.Enum format, String[] texts) {
			XWPFNumbering numbering = doc.getNumbering() == null ? doc.createNumbering() : doc.getNumbering();
			CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
			BigInteger id = BigInteger.valueOf(numbering.getAbstractNums().size() + 1L);
			abstractNum.setAbstractNumId(id);
			for (int level = 0; level < texts.length; level++) {
				CTLvl lvl = abstractNum.addNewLvl();
				lvl.setIlvl(BigInteger.valueOf(level));
				lvl.addNewStart().setVal(BigInteger.ONE);
				lvl.addNewNumFmt().setVal(format);
				lvl.addNewLvlText().setVal(texts[level]);
				var indent = lvl.addNewPPr().addNewInd();
				indent.setLeft(BigInteger.valueOf(360L * (level + 1) + 60));
				indent.setHanging(BigInteger.valueOf(300));
				if (format == STNumberFormat.BULLET) {
					CTFonts fonts = lvl.addNewRPr().addNewRFonts();
					fonts.setAscii("Arial");
					fonts.setHAnsi("Arial");
				}
			}
			BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum, numbering));
			return numbering.addNum(abstractId);
		}

		private void page() throws IOException {
			CTSectPr section = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
					: doc.getDocument().getBody().addNewSectPr();
			var size = section.addNewPgSz();
			size.setW(BigInteger.valueOf(11906));
			size.setH(BigInteger.valueOf(16838));
			var margins = section.addNewPgMar();
			margins.setTop(BigInteger.valueOf(1134));
			margins.setBottom(BigInteger.valueOf(1134));
			margins.setLeft(BigInteger.valueOf(1134));
			margins.setRight(BigInteger.valueOf(1134));
			margins.setHeader(BigInteger.valueOf(567));
			margins.setFooter(BigInteger.valueOf(567));

			XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
			XWPFParagraph top = header.createParagraph();
			top.setAlignment(ParagraphAlignment.RIGHT);
			XWPFRun clusterName = top.createRun();
			clusterName.setColor(primary);
			clusterName.setText(document.clusterName() + " ");
			if (document.logoPng() != null) {
				try {
					top.createRun()
						.addPicture(new ByteArrayInputStream(document.logoPng()), PictureType.PNG, "logo.png",
								Units.toEMU(32), Units.toEMU(32));
				}
				catch (InvalidFormatException ex) {
					throw new IOException(ex);
				}
			}
			XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
			XWPFParagraph bottom = footer.createParagraph();
			bottom.setAlignment(ParagraphAlignment.RIGHT);
			bottom.createRun().setText(document.name() + "   " + msg("export.page") + " ");
			field(bottom, "PAGE", "1");
			bottom.createRun().setText(" " + msg("export.pageOf") + " ");
			field(bottom, "NUMPAGES", "1");
		}

		private void field(XWPFParagraph p, String instruction, String placeholder) {
			CTSimpleField field = p.getCTP().addNewFldSimple();
			field.setInstr(instruction + " \\* MERGEFORMAT");
			field.addNewR().addNewT().setStringValue(placeholder);
		}

		private void styles() {
			DocxStyles.define(doc, locale, FONT, primary);
		}

		private String msg(String key) {
			return messages.getMessage(key, null, locale);
		}

	}

}
