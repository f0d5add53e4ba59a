package klynge.document;

import org.springframework.stereotype.Component;

/**
 * The PDF/A-2b renderer of the meeting documents for other modules' documents (the annual
 * report): XHTML in, tagged PDF/A out, with the embedded fonts ({@link #FONT}) and sRGB
 * output intent, fetching nothing but data: URIs.
 */
@Component
public class PdfA {

	/** The font family the XHTML's CSS names. */
	public static final String FONT = PdfDocuments.FONT;

	private final PdfDocuments documents;

	PdfA(PdfDocuments documents) {
		this.documents = documents;
	}

	public byte[] render(String xhtml) {
		return documents.pdf(xhtml);
	}

}
