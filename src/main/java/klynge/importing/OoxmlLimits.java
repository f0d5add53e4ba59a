package klynge.importing;

import java.nio.charset.StandardCharsets;

import klynge.shared.ZipBudget;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * Looks into a Word file's ZIP before POI builds the document: POI reads every part whole
 * into memory, so a small file whose XML inflates to a hundred megabytes took 44 s and 3
 * GB of heap, and the text length was only checked afterwards. Here the parts are
 * inflated into nothing, counting, and the file is refused as soon as a limit is passed.
 * POI's own zip-bomb settings are tightened to the same limits as a second line.
 */
final class OoxmlLimits {

	/** Parts in a Word file; real ones have a few dozen. */
	static final int MAX_ENTRIES = 1_000;

	/**
	 * The main document part, inflated; a 200-page minutes document is a few megabytes.
	 */
	static final long MAX_DOCUMENT_XML = 16L * 1024 * 1024;

	/** All parts together, inflated. */
	static final long MAX_TOTAL = 40L * 1024 * 1024;

	static {
		ZipSecureFile.setMaxEntrySize(MAX_TOTAL);
		ZipSecureFile.setMaxFileCount(MAX_ENTRIES);
		ZipSecureFile.setMaxTextSize(MinutesTextParser.MAX_CHARS * 4L);
	}

	private OoxmlLimits() {
	}

	/**
	 * Whether the bytes are a Word document: a ZIP (its local header at the start, its
	 * end-of-central-directory record at the end) with a "word/" part. Two bytes "PK" are
	 * also how text can start ("PK-møte").
	 */
	static boolean isWordDocument(byte[] content) {
		if (content.length < 30 || content[0] != 'P' || content[1] != 'K' || content[2] != 3 || content[3] != 4) {
			return false;
		}
		boolean end = false;
		for (int i = content.length - 22; i >= Math.max(0, content.length - 22 - 65_535) && !end; i--) {
			end = content[i] == 'P' && content[i + 1] == 'K' && content[i + 2] == 5 && content[i + 3] == 6;
		}
		return end && indexOf(content, "word/".getBytes(StandardCharsets.US_ASCII)) >= 0;
	}

	private static int indexOf(byte[] content, byte[] part) {
		outer: for (int i = 0; i + part.length <= content.length; i++) {
			for (int j = 0; j < part.length; j++) {
				if (content[i + j] != part[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	/** Throws {@link ImportException} when the file inflates beyond the limits. */
	static void check(String fileName, byte[] content) {
		switch (ZipBudget.check(content, MAX_ENTRIES, MAX_TOTAL,
				name -> "word/document.xml".equals(name) ? MAX_DOCUMENT_XML : MAX_TOTAL)) {
			case TOO_LARGE -> throw tooLarge(fileName);
			case UNREADABLE -> throw new ImportException(fileName, 0, "importing.expected.docx");
			case WITHIN -> {
			}
		}
	}

	private static ImportException tooLarge(String fileName) {
		return new ImportException(fileName, 0, "importing.expected.inflated", MAX_TOTAL / (1024 * 1024));
	}

}
