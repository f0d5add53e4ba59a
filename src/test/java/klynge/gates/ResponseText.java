package klynge.gates;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * The text a person would read in a response or attachment: HTML/JSON/ICS/CSV as is, PDF
 * and DOCX extracted.
 */
final class ResponseText {

	static final String PDF = "application/pdf";

	static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	private ResponseText() {
	}

	static String of(String contentType, byte[] body) {
		String type = contentType == null ? "" : contentType.toLowerCase();
		try {
			if (type.startsWith(PDF) || startsWith(body, "%PDF")) {
				try (PDDocument pdf = Loader.loadPDF(body)) {
					return new PDFTextStripper().getText(pdf);
				}
			}
			if (type.startsWith(DOCX) || (startsWith(body, "PK") && type.contains("word"))) {
				try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(body));
						XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
					return extractor.getText();
				}
			}
		}
		catch (IOException ex) {
			throw new AssertionError("unreadable " + contentType + ": " + ex.getMessage(), ex);
		}
		return new String(body, StandardCharsets.UTF_8);
	}

	private static boolean startsWith(byte[] body, String magic) {
		byte[] bytes = magic.getBytes(StandardCharsets.US_ASCII);
		if (body.length < bytes.length) {
			return false;
		}
		for (int i = 0; i < bytes.length; i++) {
			if (body[i] != bytes[i]) {
				return false;
			}
		}
		return true;
	}

}
