package klynge.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

	/**
	 * Minutes as read, with what was repaired or is doubtful in the text, and where in
	 * the text each piece that could not be placed was.
	 */
	public record Reading(ImportedMinutes minutes, List<ImportWarning> warnings, List<Unplaced> unplaced) {
	}

	/**
	 * Text that could not be placed: its first line (1-based, 0 if not found), the item's
	 * label or null.
	 */
	public record Unplaced(int line, String item, String text) {
	}

	public static ImportedMinutes read(String fileName, byte[] content) {
		return reading(fileName, content, false).minutes();
	}

	public static Reading reading(String fileName, byte[] content) {
		return reading(fileName, content, true);
	}

	private static Reading reading(String fileName, byte[] content, boolean withLines) {
		try {
			List<ImportWarning> warnings = new ArrayList<>();
			TextDamage.Repaired text = TextDamage.repair(text(fileName, content, warnings), warnings);
			ImportedMinutes minutes = MinutesTextParser.parse(fileName, text.text());
			return new Reading(minutes, text.warnings(), withLines ? unplaced(minutes, text.text()) : List.of());
		}
		catch (ImportException ex) {
			throw ex;
		}
		catch (RuntimeException | StackOverflowError ex) {
			throw new ImportException(fileName, 0, "importing.expected.readable");
		}
	}

	private static List<Unplaced> unplaced(ImportedMinutes minutes, String text) {
		if (!minutes.hasUncertain()) {
			return List.of();
		}
		Map<String, Integer> lines = new HashMap<>();
		int number = 1;
		for (String line : text.split("\n", -1)) {
			lines.putIfAbsent(line.strip(), number++);
		}
		List<Unplaced> unplaced = new ArrayList<>();
		minutes.uncertain().forEach(u -> unplaced.add(new Unplaced(lineOf(lines, u), null, u)));
		for (ImportedItem item : minutes.allItems()) {
			item.uncertain().forEach(u -> unplaced.add(new Unplaced(lineOf(lines, u), item.label(), u)));
		}
		return List.copyOf(unplaced);
	}

	private static int lineOf(Map<String, Integer> lines, String text) {
		String first = text.strip().lines().findFirst().orElse("").strip();
		return lines.getOrDefault(first, 0);
	}

	/** The text of a file, whatever its format. */
	public static String text(String fileName, byte[] content) {
		return text(fileName, content, new ArrayList<>());
	}

	private static String text(String fileName, byte[] content, List<ImportWarning> warnings) {
		if (content.length > MAX_BYTES) {
			throw new ImportException(fileName, 0, "importing.expected.size", megabytes(MAX_BYTES));
		}
		String lower = fileName.toLowerCase(Locale.ROOT);
		// the content decides only where the name does not: a .txt whose text starts with
		// "PK" is text
		boolean text = lower.endsWith(".txt") || lower.endsWith(".md");
		if (lower.endsWith(".docx") || (!text && OoxmlLimits.isWordDocument(content))) {
			return docx(fileName, content);
		}
		if (lower.endsWith(".pdf") || (!text && startsWith(content, '%', 'P', 'D', 'F', '-'))) {
			return pdf(fileName, content);
		}
		return decode(content, warnings);
	}

	static String decode(String fileName, byte[] content) {
		return decode(content, new ArrayList<>());
	}

	/**
	 * UTF-16 by its byte order mark, else UTF-8; a line that is not UTF-8 is read as
	 * Windows-1252 (files pasted together from several sources mix them), with a warning.
	 */
	private static String decode(byte[] content, List<ImportWarning> warnings) {
		if (content.length >= 2 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xFE) {
			return new String(content, 2, content.length - 2, StandardCharsets.UTF_16LE);
		}
		if (content.length >= 2 && (content[0] & 0xFF) == 0xFE && (content[1] & 0xFF) == 0xFF) {
			return new String(content, 2, content.length - 2, StandardCharsets.UTF_16BE);
		}
		String utf8 = new String(content, StandardCharsets.UTF_8);
		if (utf8.indexOf('\uFFFD') < 0) {
			return utf8; // the common case, without a decoder per file
		}
		StringBuilder text = new StringBuilder(content.length);
		int lines = 0;
		int first = 0;
		boolean someUtf8 = false;
		int number = 1;
		for (int start = 0; start < content.length; number++) {
			int end = start;
			while (end < content.length && content[end] != '\n') {
				end++;
			}
			int next = Math.min(end + 1, content.length);
			try {
				CharSequence line = UTF_8.get().decode(ByteBuffer.wrap(content, start, next - start));
				someUtf8 |= line.chars().anyMatch(c -> c >= 0x80);
				text.append(line);
			}
			catch (CharacterCodingException ex) {
				text.append(new String(content, start, next - start, WINDOWS_1252));
				lines++;
				first = first == 0 ? number : first;
			}
			start = next;
		}
		if (lines > 0 && someUtf8) { // a file all in Windows-1252 is old, not damaged
			warnings.add(new ImportWarning("importing.warning.encoding", first, lines));
		}
		return text.toString();
	}

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private static final ThreadLocal<CharsetDecoder> UTF_8 = ThreadLocal
		.withInitial(() -> StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT));

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
							megabytes(MinutesTextParser.MAX_CHARS));
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
				throw new ImportException(fileName, 0, "importing.expected.textLength",
						megabytes(MinutesTextParser.MAX_CHARS));
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
