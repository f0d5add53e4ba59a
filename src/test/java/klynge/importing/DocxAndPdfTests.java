package klynge.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;

import klynge.meeting.attendance.AttendanceStatus;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocxAndPdfTests {

	@Test
	void readsDocxWithTheAttendanceAsATable() throws IOException {
		ImportedMinutes minutes = MinutesReader.read("referat.docx", docx());
		assertThat(minutes.bodyName()).isEqualTo("Arbeidsgruppen");
		assertThat(minutes.date()).isEqualTo(LocalDate.of(2021, 6, 3));
		assertThat(minutes.attendees()).extracting(ImportedAttendee::code).containsExactly("NL", "PB");
		assertThat(minutes.attendees().get(1).status()).isEqualTo(AttendanceStatus.ABSENT);
		assertThat(minutes.items()).extracting(ImportedItem::caseNumber).containsExactly("19-21", "22-21");
		assertThat(minutes.items().get(1).decision()).isEqualTo("Arbeidsgruppen støtter forslaget.");
	}

	@Test
	void readsPdfTextWithThePlainTextParser() throws IOException {
		ImportedMinutes minutes = MinutesReader.read("protokoll.pdf", pdf());
		assertThat(minutes.bodyName()).isEqualTo("Eldrerådet");
		assertThat(minutes.date()).isEqualTo(LocalDate.of(2023, 5, 8));
		assertThat(minutes.attendees()).extracting(ImportedAttendee::name).contains("Ragnhild Hove", "Sverre Lie");
		assertThat(minutes.items()).extracting(ImportedItem::caseNumber).containsExactly("05-23", "06-23");
		assertThat(minutes.items().get(1).votes()).isEqualTo("Samrøystes vedteke.");
	}

	@Test
	void brokenDocxAndPdfAreImportExceptions() {
		assertThatThrownBy(() -> MinutesReader.read("x.docx", "PK\u0003\u0004broken".getBytes()))
			.isInstanceOfSatisfying(ImportException.class, ex -> {
				assertThat(ex.file()).isEqualTo("x.docx");
				assertThat(ex.expected()).isEqualTo("importing.expected.docx");
			});
		assertThatThrownBy(() -> MinutesReader.read("x.pdf", "%PDF-1.7 nonsense".getBytes())).isInstanceOfSatisfying(
				ImportException.class, ex -> assertThat(ex.expected()).isEqualTo("importing.expected.pdf"));
	}

	static byte[] docx() throws IOException {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.createParagraph().createRun().setText("REFERAT");
			document.createParagraph().createRun().setText("Organ: Arbeidsgruppen");
			document.createParagraph().createRun().setText("Dato: 03.06.2021");
			XWPFTable table = document.createTable(3, 5);
			String[][] rows = { { "Organisasjon", "Navn", "Kode", "Innkalt", "Forfall" },
					{ "Universitetet i Bergen, leder", "Nina Langeland", "NL", "x", "" },
					{ "Universitetet i Bergen - MED", "Per Bakke", "PB", "x", "x" } };
			for (int r = 0; r < rows.length; r++) {
				XWPFTableRow row = table.getRow(r);
				for (int c = 0; c < 5; c++) {
					row.getCell(c).setText(rows[r][c]);
				}
			}
			document.createParagraph().createRun().setText("Sak 19-21 Godkjenning av innkalling");
			document.createParagraph().createRun().setText("Godkjent.");
			document.createParagraph().createRun().setText("Sak 22-21 Budsjettforslag 2022");
			var decision = document.createParagraph();
			decision.createRun().setText("Vedtak: ");
			var italic = decision.createRun();
			italic.setItalic(true);
			italic.setText("Arbeidsgruppen støtter forslaget.");
			document.write(out);
			return out.toByteArray();
		}
	}

	static byte[] pdf() throws IOException {
		String[] lines = { "MØTEBOK – ELDRERÅDET", "", "Dato: 08.05.2023", "Tid: 12:00-14:00", "",
				"Møtande medlemer: Ragnhild Hove, Olav Vik", "Faste medlemer som ikkje møtte: Sverre Lie", "",
				"SAK 05/23 Godkjenning av innkalling og sakliste", "", "Godkjent.", "",
				"SAK 06/23 Uttale til budsjett for eldreomsorga", "",
				"Framlegg til vedtak: Dagsenteret blir vidareført.", "", "Vedtak: Samrøystes vedteke." };
		try (PDDocument document = new PDDocument();
				ByteArrayOutputStream out = new ByteArrayOutputStream();
				InputStream font = DocxAndPdfTests.class.getResourceAsStream("/fonts/DejaVuSans.ttf")) {
			PDPage page = new PDPage();
			document.addPage(page);
			PDType0Font dejaVu = PDType0Font.load(document, font);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(dejaVu, 11);
				content.setLeading(16);
				content.newLineAtOffset(50, 740);
				for (String line : lines) {
					content.showText(line);
					content.newLine();
				}
				content.endText();
			}
			document.save(out);
			return out.toByteArray();
		}
	}

}
