package klynge.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Text extracted from a PDF often has a page's lines run together: the meeting facts, the
 * attendance lists and item headings on one long line. A long line is broken before each
 * label ("Sted:", "Tilstede:", "Forfall:" …) and each item heading ("SAK 29/14 …") so
 * that the header and the items are read as if they had been written on lines of their
 * own.
 */
final class FlattenedLines {

	/** Lines shorter than this are as the author wrote them. */
	static final int LONG = 120;

	private static final Pattern BREAK = Pattern
		.compile("(?<=\\S)\\s+(?=(?:Sted|Tid|Dato|Møtestad|Møtested|Møtetid|Tilstede|Til stede|Til stades|Møtt|Forfall|"
				+ "Fra administrasjonen|Frå administrasjonen|Fra adm|Frå adm|Fra sekretariatet|Frå sekretariatet|"
				+ "Fra styret|Frå styret|Møteleiar|Møteleder|Referent|Sakliste|Saksliste|Utval|Utvalg|Organ|Dessuten møtte|"
				+ "Desse møtte|Fraværende|Meldt forfall|Meldt avbud|Ikke møtt|Ikkje møtt)(?:\\s+møtte)?\\s*:)"
				+ "|(?<=\\S)\\s+(?=(?:Sakliste|Saksliste)\\s+(?:\\d|Vedtakssaker))"
				+ "|(?<=^\\d{1,3})\\s+(?=\\d{1,3}/\\d{2}\\s+\\p{Lu})"
				+ "|(?<=\\S)(?<!Sak|SAK|sak)\\s+(?=\\d{1,3}/\\d{2}\\s+\\p{Lu}{3})"
				+ "|(?<=\\S)\\s+(?=\\p{Lu}\\s\\d{1,2}\\.\\d{1,2}/\\d{2}\\s+\\p{Lu})"
				+ "|(?<=\\S)\\s+(?=(?:SAK|Sak)\\s+(?:nr\\.?\\s*)?\\d{1,3}\\s*/\\s*\\d{2}\\s+\\p{Lu})"
				+ "|(?<=\\S)\\s+(?=\\p{Lu}{1,3}\\s\\d{1,3}/\\d{2}\\s+\\p{Lu})"
				+ "|(?<=\\S)\\s+(?=Pkt\\.\\s*\\d{1,3}\\s+\\p{Lu})"
				+ "|(?<=\\S)\\s+(?=(?:PS|RS)\\s+\\d{1,3}/\\d{2,4}\\s+\\p{Lu})");

	private FlattenedLines() {
	}

	static String[] split(String[] lines) {
		List<String> out = null;
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i];
			if (line.length() >= LONG && line.indexOf('\t') < 0 && BREAK.matcher(line).find()) {
				if (out == null) {
					out = new ArrayList<>(List.of(lines).subList(0, i));
				}
				out.addAll(List.of(BREAK.split(line)));
			}
			else if (out != null) {
				out.add(line);
			}
		}
		return out == null ? lines : out.toArray(String[]::new);
	}

}
