package klynge.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.sun.management.ThreadMXBean;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDFormContentStream;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.junit.jupiter.api.Test;

/**
 * The importer's limits on work per file (issue 9, finding 7): a small Word file whose
 * XML inflates to about 100 MB is refused before POI builds it (it took 44 s and 3 GB of
 * heap), and a PDF of form objects nested eight deep (each drawing the one below ten
 * times) is refused within its time box instead of running for many minutes. Time and the
 * reading thread's allocations are measured.
 */
class ImportLimitsTests {

	static final long MB = 1024 * 1024;

	@Test
	void aWordZipBombOfRepeatedTextIsRefusedQuicklyAndCheaply() throws IOException {
		byte[] bomb = docx(95 * MB, false);
		assertThat(bomb.length).isLessThan(MinutesReader.MAX_BYTES);
		refusedQuickly(bomb);
	}

	@Test
	void aWordZipBombThatPassesPoisInflateRatioIsRefusedToo() throws IOException {
		byte[] bomb = docx(95 * MB, true);
		assertThat(bomb.length).as("compressed size")
			.isLessThan(MinutesReader.MAX_BYTES)
			.isGreaterThan((int) (95 * MB / 80));
		refusedQuickly(bomb);
	}

	@Test
	void anOrdinaryWordFileStillReads() throws IOException {
		assertThat(MinutesReader.text("lite.docx", docx(60 * 1024, true))).contains("Sak 01-23");
	}

	@Test
	void aPdfOfDeeplyNestedFormsIsRefusedWithinItsTimeBox() throws IOException {
		byte[] pdf = nestedForms(8, 10);
		assertThat(pdf.length).isLessThan(20_000);
		long start = System.nanoTime();
		assertThatThrownBy(() -> MinutesReader.text("nestet.pdf", pdf)).isInstanceOfSatisfying(ImportException.class,
				ex -> assertThat(ex.expected()).isEqualTo("importing.expected.simplerPdf"));
		long millis = (System.nanoTime() - start) / 1_000_000;
		System.out.printf("nested_pdf\tlevel 8\t%d ms%n", millis);
		assertThat(millis).isLessThan(MinutesReader.PDF_TIME.toMillis() + 3_000);
	}

	@Test
	void aPdfWithOneLevelOfFormsStillReads() throws IOException {
		assertThat(MinutesReader.text("enkel.pdf", nestedForms(1, 2))).contains("Sak 01-23");
	}

	private static void refusedQuickly(byte[] bomb) {
		var threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
		long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
		long start = System.nanoTime();
		assertThatThrownBy(() -> MinutesReader.read("bombe.docx", bomb)).isInstanceOfSatisfying(ImportException.class,
				ex -> assertThat(ex.expected()).isEqualTo("importing.expected.inflated"));
		long millis = (System.nanoTime() - start) / 1_000_000;
		long allocated = (threads.getCurrentThreadAllocatedBytes() - allocatedBefore) / MB;
		System.out.printf("docx_bomb\t%d KB\t%d ms\t%d MB allocated%n", bomb.length / 1024, millis, allocated);
		assertThat(millis).as("milliseconds to refuse").isLessThan(5_000);
		assertThat(allocated).as("megabytes allocated while refusing").isLessThan(256);
	}

	/**
	 * A Word file whose document.xml holds {@code size} bytes of paragraphs;
	 * {@code varied} adds a random word to every fourth, so it compresses about 60 times
	 * (POI's own check stops at 100), not 1000.
	 */
	static byte[] docx(long size, boolean varied) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			entry(zip, "[Content_Types].xml",
					"""
							<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
							<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
							<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
							<Default Extension="xml" ContentType="application/xml"/>
							<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
							</Types>""");
			entry(zip, "_rels/.rels",
					"""
							<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
							<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
							<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
							</Relationships>""");
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
					+ "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
					+ "<w:p><w:r><w:t>Dato: 27.03.2023</w:t></w:r></w:p><w:p><w:r><w:t>Sak 01-23 Godkjenning</w:t></w:r></w:p>")
				.getBytes(StandardCharsets.UTF_8));
			Random random = new Random(9);
			String filler = "Referatet fra forrige møte ble godkjent uten merknader, og saken ble tatt til orientering. ";
			long written = 0;
			StringBuilder chunk = new StringBuilder();
			while (written < size) {
				chunk.setLength(0);
				for (int i = 0; i < 100; i++) {
					chunk.append("<w:p><w:r><w:t>");
					if (varied && i % 4 == 0) {
						chunk.append(Long.toString(random.nextLong() & Long.MAX_VALUE, 36)).append(' ');
					}
					chunk.append(filler).append("</w:t></w:r></w:p>");
				}
				byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
				zip.write(bytes);
				written += bytes.length;
			}
			zip.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		return out.toByteArray();
	}

	private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(text.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

	/**
	 * A one-page PDF drawing a form that draws the form below it {@code fanOut} times,
	 * {@code levels} deep.
	 */
	static byte[] nestedForms(int levels, int fanOut) throws IOException {
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage();
			document.addPage(page);
			PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
			PDFormXObject below = null;
			for (int level = 0; level <= levels; level++) {
				PDFormXObject form = new PDFormXObject(document);
				form.setBBox(new PDRectangle(0, 0, 400, 400));
				form.setResources(new PDResources());
				try (PDFormContentStream content = new PDFormContentStream(form)) {
					if (below == null) {
						content.beginText();
						content.setFont(font, 12);
						content.newLineAtOffset(20, 20);
						content.showText("Sak 01-23 Godkjenning av innkalling");
						content.endText();
					}
					else {
						for (int i = 0; i < fanOut; i++) {
							content.drawForm(below);
						}
					}
				}
				below = form;
			}
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.drawForm(below);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
	}

}
