package klynge.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text of a PDF (PDFBox, sorted by position) as the lines of the seed: PDFBox gives
 * the lines as laid out, and a paragraph or table row that wraps is one line of the seed.
 * A line below at the normal line spacing, in the same font size, whose runs start where
 * the row's runs do (the left edge of a paragraph, the column of a table cell, the text
 * after a list marker), continues it; a paragraph gap or a new list item never does. Over
 * a page break, the lines that complete a line the caller expects ({@code known}) are
 * joined. The running footer is page furniture, left out.
 */
final class PdfLines {

	/**
	 * A run of words on a line, apart from the next by more than a word space: a table
	 * cell, a list marker.
	 */
	record Cell(StringBuilder text, float x, float end, Object font) {
	}

	/** One line as PDFBox laid it out. */
	record Line(List<Cell> cells, int page, float x, float y, float height) {

		String text() {
			return String.join(" ", cells.stream().map(c -> c.text().toString()).toList()).strip();
		}
	}

	private PdfLines() {
	}

	static List<Line> raw(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			List<Line> lines = new ArrayList<>();
			PDFTextStripper stripper = new PDFTextStripper() {

				List<Cell> cells = new ArrayList<>();

				float y;

				float height;

				/**
				 * PDFBox hands over runs that may span table cells ("Jon Harald JHK":
				 * name and code), so the runs are split here wherever two letters are
				 * further apart than a word space.
				 */
				@Override
				protected void writeString(String string, List<TextPosition> positions) {
					for (TextPosition position : positions) {
						String glyph = ligatures(position.getUnicode());
						if (glyph == null || glyph.isBlank()) {
							continue;
						}
						float x = position.getXDirAdj();
						float end = x + position.getWidthDirAdj();
						if (cells.isEmpty()) {
							y = position.getYDirAdj();
							height = position.getFontSizeInPt();
						}
						Cell previous = cells.isEmpty() ? null : cells.getLast();
						float gap = previous == null ? Float.MAX_VALUE : x - previous.end();
						if (previous != null && gap <= 0.45f * position.getFontSizeInPt()) {
							previous.text().append(gap > 0.15f * position.getFontSizeInPt() ? " " : "").append(glyph);
							cells.set(cells.size() - 1, new Cell(previous.text(), previous.x(), end, null));
						}
						else {
							cells.add(new Cell(new StringBuilder(glyph), x, end, null));
						}
					}
				}

				@Override
				protected void writeLineSeparator() {
					if (!cells.isEmpty()) {
						lines.add(new Line(cells, getCurrentPageNo(), cells.getFirst().x(), y, height));
					}
					cells = new ArrayList<>();
				}

				@Override
				protected void writePageEnd() {
					writeLineSeparator();
				}
			};
			stripper.setSortByPosition(true);
			stripper.getText(document);
			return lines;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static List<String> paragraphs(byte[] pdf, Predicate<String> furniture, Predicate<String> known) {
		List<Line> lines = raw(pdf).stream().filter(line -> !furniture.test(line.text())).toList();
		List<String> out = new ArrayList<>();
		int i = 0;
		while (i < lines.size()) {
			Line first = lines.get(i);
			List<Cell> cells = new ArrayList<>();
			first.cells().forEach(c -> cells.add(new Cell(new StringBuilder(c.text()), c.x(), c.end(), c.font())));
			Line last = first;
			int j = i + 1;
			while (j < lines.size()) {
				Line next = lines.get(j);
				float dy = next.y() - last.y();
				boolean close = next.page() == last.page() && dy > 0 && dy <= 1.45f * last.height()
						&& Math.abs(next.height() - last.height()) < 0.5f;
				if (close && continues(cells, next)) {
					last = next;
					j++;
					continue;
				}
				String text = join(cells);
				if (next.page() != last.page()) {
					int more = knownContinuation(text, known, lines, j);
					if (more > 0) {
						StringBuilder joined = new StringBuilder(text);
						for (int k = j; k < j + more; k++) {
							joined.append(' ').append(lines.get(k).text());
						}
						cells.clear();
						cells.add(new Cell(joined, first.x(), first.x(), null));
						last = lines.get(j + more - 1);
						j += more;
						continue;
					}
				}
				break;
			}
			out.add(join(cells));
			i = j;
		}
		return out;
	}

	/**
	 * A line below at the normal line spacing continues the paragraph or table row when
	 * each of its runs starts where a run of the row does (a wrapped paragraph: at the
	 * left edge; a wrapped table cell: in its column). Its runs are added to those runs.
	 */
	private static boolean continues(List<Cell> cells, Line next) {
		List<Cell> targets = new ArrayList<>();
		for (Cell cell : next.cells()) {
			Cell target = cells.stream()
				.filter(c -> Math.abs(c.x() - cell.x()) <= 1.5f)
				.findFirst()
				// a list item's second line starts after its marker ("1. Det må …" /
				// "kjernen i Alrek.")
				.orElse(next.cells().size() == 1 && cells.size() == 1 && cell.x() > cells.getFirst().x()
						&& cell.x() < cells.getFirst().x() + 30f ? cells.getFirst() : null);
			if (target == null) {
				return false;
			}
			targets.add(target);
		}
		for (int k = 0; k < targets.size(); k++) {
			targets.get(k).text().append(' ').append(next.cells().get(k).text());
		}
		return true;
	}

	/**
	 * The fonts' ligatures as letters ("ﬁ" → "fi"), as PDFBox's own text output gives
	 * them.
	 */
	private static String ligatures(String glyph) {
		return glyph == null ? null
				: glyph.replace("\ufb00", "ff")
					.replace("\ufb01", "fi")
					.replace("\ufb02", "fl")
					.replace("\ufb03", "ffi")
					.replace("\ufb04", "ffl");
	}

	private static String join(List<Cell> cells) {
		return String.join(" ", cells.stream().map(c -> c.text().toString()).toList()).strip();
	}

	/**
	 * How many lines after a page break complete a known line (a paragraph over the
	 * break), or 0.
	 */
	private static int knownContinuation(String text, Predicate<String> known, List<Line> lines, int j) {
		StringBuilder more = new StringBuilder(text);
		for (int k = j; k < Math.min(lines.size(), j + 20); k++) {
			more.append(' ').append(lines.get(k).text());
			if (known.test(more.toString())) {
				return k - j + 1;
			}
		}
		return 0;
	}

}
