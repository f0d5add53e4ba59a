package klynge.document;

import java.math.BigInteger;
import java.util.Locale;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The paragraph styles every Klynge DOCX uses: Normal, real Word headings (Heading1–3,
 * with outline levels, so Word's navigation pane and screen readers see the structure,
 * WCAG 1.3.1) and List Paragraph, with the default font and the spelling language of the
 * document's locale. Give a paragraph a heading with
 * {@code paragraph.setStyle(HEADING_1)}.
 */
public final class DocxStyles {

	public static final String NORMAL = "Normal";

	public static final String HEADING_1 = "Heading1";

	public static final String HEADING_2 = "Heading2";

	public static final String HEADING_3 = "Heading3";

	public static final String LIST_PARAGRAPH = "ListParagraph";

	private DocxStyles() {
	}

	/**
	 * Defines the styles in {@code doc}: {@code font} as the default font, headings 1 and
	 * 2 in {@code headingColour} (hex RGB without '#', or null for the text colour),
	 * Word's spelling language British English for English, otherwise bokmål.
	 */
	public static void define(XWPFDocument doc, Locale locale, String font, String headingColour) {
		XWPFStyles styles = doc.createStyles();
		CTFonts fonts = CTFonts.Factory.newInstance();
		fonts.setAscii(font);
		fonts.setHAnsi(font);
		fonts.setCs(font);
		fonts.setEastAsia(font);
		styles.setDefaultFonts(fonts);
		styles.setSpellingLanguage(locale.getLanguage().equals("en") ? "en-GB" : "nb-NO");
		paragraphStyle(styles, NORMAL, "Normal", -1, 20, false, null, true);
		paragraphStyle(styles, HEADING_1, "heading 1", 0, 28, true, headingColour, false);
		paragraphStyle(styles, HEADING_2, "heading 2", 1, 23, true, headingColour, false);
		paragraphStyle(styles, HEADING_3, "heading 3", 2, 21, true, null, false);
		paragraphStyle(styles, LIST_PARAGRAPH, "List Paragraph", -1, 20, false, null, false);
	}

	private static void paragraphStyle(XWPFStyles styles, String id, String name, int outlineLevel, int halfPoints,
			boolean bold, String colour, boolean isDefault) {
		CTStyle style = CTStyle.Factory.newInstance();
		style.setStyleId(id);
		style.setType(STStyleType.PARAGRAPH);
		style.addNewName().setVal(name);
		if (isDefault) {
			style.setDefault(true);
		}
		else {
			style.addNewBasedOn().setVal(NORMAL);
			style.addNewNext().setVal(NORMAL);
		}
		if (outlineLevel >= 0) {
			style.addNewUiPriority().setVal(BigInteger.valueOf(9));
			style.addNewQFormat();
		}
		CTPPrGeneral paragraph = style.addNewPPr();
		var spacing = paragraph.addNewSpacing();
		spacing.setAfter(BigInteger.valueOf(outlineLevel >= 0 ? 80 : 100));
		if (outlineLevel >= 0) {
			spacing.setBefore(BigInteger.valueOf(outlineLevel == 0 ? 0 : 240));
			paragraph.addNewKeepNext();
			paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
		}
		CTRPr run = style.addNewRPr();
		if (bold) {
			run.addNewB();
		}
		run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
		if (colour != null) {
			run.addNewColor().setVal(colour);
		}
		styles.addStyle(new XWPFStyle(style, styles));
	}

}
