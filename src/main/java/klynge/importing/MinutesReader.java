package klynge.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Turns a file into {@link ImportedMinutes}: plain text (UTF-8, UTF-16 with a byte order
 * mark, or Windows-1252), DOCX (paragraphs and tables read with POI; tables become
 * tab-separated rows) and PDF (text extracted with PDFBox), then the same text parser.
 * Anything unreadable or too large is an {@link ImportException}; nothing else escapes.
 */
public final class MinutesReader {

	/** Largest file accepted, in bytes. */
	public static final int MAX_BYTES = 5 * 1024 * 1024;

	private static final int MAX_PDF_PAGES = 200;

	/**
	 * Longest a PDF's text extraction may take: an honest 200-page PDF takes well under a
	 * second.
	 */
	static final Duration PDF_TIME = Duration.ofSeconds(5);

	/**
	 * Form objects drawn inside form objects: real minutes have one or two levels
	 * (letterheads).
	 */
	static final int MAX_FORM_NESTING = 12;

	private MinutesReader() {
	}

	public static ImportedMinutes read(String fileName, byte[] content) {
		try {
			return MinutesTextParser.parse(fileName, text(fileName, content));
		}
		catch (ImportException ex) {
			throw ex;
		}
		catch (RuntimeException | StackOverflowError ex) {
			throw new ImportException(fileName, 0, "importing.expected.readable");
		}
	}

	/** The text of a file, whatever its format. */
	public static String text(String fileName, byte[] content) {
		if (content.length > MAX_BYTES) {
			throw new ImportException(fileName, 0, "importing.expected.size", megabytes(MAX_BYTES));
		}
		String lower = fileName.toLowerCase(Locale.ROOT);
		// the content decides only where the name does not: a .txt whose text starts with
		// "PK" is text
		boolean text = lower.endsWith(".txt") || lower.endsWith(".md");
		if (lower.endsWith(".docx") || (!text && startsWith(content, 'P', 'K'))) {
			return docx(fileName, content);
		}
		if (lower.endsWith(".pdf") || (!text && startsWith(content, '%', 'P', 'D', 'F'))) {
			return pdf(fileName, content);
		}
		return decode(fileName, content);
	}

	static String decode(String fileName, byte[] content) {
		if (content.length >= 2 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xFE) {
			return new String(content, 2, content.length - 2, StandardCharsets.UTF_16LE);
		}
		if (content.length >= 2 && (content[0] & 0xFF) == 0xFE && (content[1] & 0xFF) == 0xFF) {
			return new String(content, 2, content.length - 2, StandardCharsets.UTF_16BE);
		}
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return new String(content, Charset.forName("windows-1252"));
		}
	}

	/** Size limits are shown in whole MB, as the upload form's hint says them. */
	static long megabytes(long bytes) {
		return bytes / (1024 * 1024);
	}

	private static boolean startsWith(byte[] content, char... prefix) {
		if (content.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (content[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	private static String docx(String fileName, byte[] content) {
		OoxmlLimits.check(fileName, content);
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
			StringBuilder text = new StringBuilder();
			for (IBodyElement element : document.getBodyElements()) {
				if (element instanceof XWPFParagraph paragraph) {
					paragraph(text, paragraph);
					text.append("\n\n");
				}
				else if (element instanceof XWPFTable table) {
					for (XWPFTableRow row : table.getRows()) {
						StringBuilder line = new StringBuilder();
						for (XWPFTableCell cell : row.getTableCells()) {
							if (!line.isEmpty() || row.getTableCells().indexOf(cell) > 0) {
								line.append('\t');
							}
							line.append(cell.getText().replace('\n', ' ').replace('\t', ' ').strip());
						}
						text.append(line).append('\n');
					}
					text.append('\n');
				}
				if (text.length() > MinutesTextParser.MAX_CHARS) {
					throw new ImportException(fileName, 0, "importing.expected.textLength",
							MinutesTextParser.MAX_CHARS);
				}
			}
			return text.toString();
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof ImportException importException) {
				throw importException;
			}
			throw new ImportException(fileName, 0, "importing.expected.docx");
		}
	}

	private static void paragraph(StringBuilder text, XWPFParagraph paragraph) {
		if (paragraph.getNumID() != null) {
			text.append("- ");
		}
		for (XWPFRun run : paragraph.getRuns()) {
			String value = run.text();
			if (value == null || value.isEmpty()) {
				continue;
			}
			if (run instanceof XWPFHyperlinkRun link && link.getHyperlink(paragraph.getDocument()) != null) {
				text.append('[')
					.append(value)
					.append("](")
					.append(link.getHyperlink(paragraph.getDocument()).getURL())
					.append(')');
			}
			else if (run.isItalic() && !value.isBlank()) {
				text.append('*').append(value.strip()).append('*');
				if (value.endsWith(" ")) {
					text.append(' ');
				}
			}
			else {
				text.append(value);
			}
		}
	}

	private static String pdf(String fileName, byte[] content) {
		try (PDDocument document = Loader.loadPDF(content)) {
			if (document.getNumberOfPages() > MAX_PDF_PAGES) {
				throw new ImportException(fileName, 0, "importing.expected.pages", MAX_PDF_PAGES);
			}
			PDFTextStripper stripper = new BoundedTextStripper(System.nanoTime() + PDF_TIME.toNanos());
			stripper.setSortByPosition(true);
			stripper.setLineSeparator("\n");
			stripper.setParagraphEnd("\n");
			String text = stripper.getText(document);
			if (text.length() > MinutesTextParser.MAX_CHARS) {
				throw new ImportException(fileName, 0, "importing.expected.textLength", MinutesTextParser.MAX_CHARS);
			}
			return text;
		}
		catch (TooComplex ex) {
			throw new ImportException(fileName, 0, "importing.expected.simplerPdf", PDF_TIME.toSeconds());
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof ImportException importException) {
				throw importException;
			}
			throw new ImportException(fileName, 0, "importing.expected.pdf");
		}
	}

	/**
	 * Thrown from inside PDFBox when a PDF takes too long or nests too deep; unchecked so
	 * no handler eats it.
	 */
	static final class TooComplex extends RuntimeException {

		TooComplex() {
			super(null, null, false, false);
		}

	}

	/**
	 * Text extraction with a deadline and a nesting limit, checked at every
	 * content-stream operator: form objects that draw each other several times per level
	 * made a 2 KB PDF cost ten times more per level (10 s at level 6), and a thread
	 * cannot be interrupted inside PDFBox.
	 */
	static final class BoundedTextStripper extends PDFTextStripper {

		private final long deadline;

		BoundedTextStripper(long deadline) {
			this.deadline = deadline;
		}

		@Override
		protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
			if (System.nanoTime() > deadline) {
				throw new TooComplex();
			}
			super.processOperator(operator, operands);
		}

		@Override
		public void showForm(PDFormXObject form) throws IOException {
			if (getLevel() > MAX_FORM_NESTING) {
				throw new TooComplex();
			}
			super.showForm(form);
		}

	}

}
