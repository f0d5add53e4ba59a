package klynge.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Text extracted from a PDF often has a page's lines run together: the meeting facts, the
 * attendance lists and item headings on one long line. A long line is broken before each
 * label ("Sted:", "Tilstede:", "Forfall:" …) and each item heading ("SAK 29/14 …", and
 * "47/2011 Title" or "037/12: Title" after a finished sentence or label; "Møte: 6/2014
 * Tid:" is a value) so that the header and the items are read as if they had been written
 * on lines of their own.
 */
final class FlattenedLines {

	/** Lines shorter than this are as the author wrote them. */
	static final int LONG = 120;

	// one whitespace run before many possible breaks, tried once per position (as
	// separate
	// alternatives each with its own look-behind it took a quarter of the parse time)
	private static final Pattern BREAK = Pattern.compile("(?<=\\S)\\s+(?=[\\p{Lu}\\d/])(?="
			+ "(?:Sted|Tid|Dato|Møtestad|Møtested|Møtetid|Tilstede|Til stede|Til stades|Møtt|Forfall|"
			+ "Fra administrasjonen|Frå administrasjonen|Fra adm|Frå adm|Fra sekretariatet|Frå sekretariatet|"
			+ "Fra styret|Frå styret|Møteleiar|Møteleder|Referent|Sakliste|Saksliste|Utval|Utvalg|Organ|Dessuten møtte|"
			+ "Desse møtte|Fraværende|Faste medlemm?er som møtte|Faste medlemm?er til stades|Til stades med møte- og talerett|Sekretariat for møtet|Varamedlemm?er som møtte|Meldt forfall|Meldt avbud|Ikke møtt|Ikkje møtt|Sekretariat)(?:\\s+møtte(?:\\s+[\\p{Ll} ]{2,60}?)?|\\s+på møtet)?\\.?\\s*:"
			+ "|(?:TIL STADES|TIL STEDE|DESSE MØTTE|DESSUTAN MØTTE|DESSUTEN MØTTE|IKKJE MØTT|IKKE MØTT)(?=\\s*:|\\s+\\p{Lu})"
			+ "|(?:Sakliste|Saksliste)\\s+(?:\\d|Vedtakssaker)"
			+ "|(?<!(?:Sak|SAK|sak|[Mm]øte|MØTE)\\s{1,20})\\d{1,3}/\\d{2}\\s+\\p{Lu}{3}"
			+ "|(?=\\d{1,3}/\\d)(?<!(?:Sak|SAK|sak|\\b\\p{Lu}{1,5}|(?:^|\\s)\\p{Ll}{1,30}|[,\\d])\\s{1,20})\\d{1,3}/\\d{2}:?\\s*\\p{Lu}\\p{Ll}{2}(?!\\p{Ll}*\\s*:)"
			+ "|(?=\\d{1,3}/\\d)(?<!(?:Sak|SAK|sak|[Mm]øte|[Mm]øtet|\\b\\p{Lu}{1,5}|[,\\d])\\s{1,20})\\d{1,3}/(?:19|20)\\d{2}:?\\s*\\p{Lu}\\p{Ll}{2}(?!\\p{Ll}*\\s*:)"
			+ "|\\p{Lu}\\s\\d{1,2}\\.\\d{1,2}/\\d{2}\\s+\\p{Lu}"
			+ "|(?:SAK|Sak)\\s+(?:nr\\.?\\s*)?\\d{1,3}\\s*/\\s*\\d{2}\\s+\\p{Lu}"
			+ "|\\p{Lu}{1,3}\\s\\d{1,3}/\\d{2}\\s+\\p{Lu}" + "|Pkt\\.\\s*\\d{1,3}\\s+\\p{Lu}"
			+ "|(?:PS|RS)\\s+\\d{1,3}/\\d{2,4}\\s+\\p{Lu}"
			// a heading whose number the transcription lost: "/13 BUDSJETT", "FU sak
			// Budsjett"
			+ "|/\\d{2}\\s+\\p{Lu}{3}|\\p{Lu}{1,5}\\s+sak\\s+\\p{Lu}\\p{Ll}"
			// a body's code before "sak" and the number: "STi sak 53/14 Title"
			+ "|\\p{Lu}\\p{L}{0,5}\\s+sak\\s+\\d{1,3}/\\d{2}\\s+\\p{Lu})"
			+ "|(?<=^\\d{1,3})\\s+(?=\\d{1,3}/\\d{2}\\s+\\p{Lu})");

	/**
	 * A page's number at its head and again at its foot ("2 Konstituering … Tromsø-møtet
	 * 2"): the foot's is no part of the last title.
	 */
	private static final Pattern PAGE_FOOT = Pattern.compile("^(\\d{1,3})\\s.*\\S\\s+(\\1)$");

	private FlattenedLines() {
	}

	static String[] split(String[] lines) {
		return split(lines, null);
	}

	/**
	 * The lines broken at labels and headings; {@code written}, when given, receives for
	 * each line the 1-based number of the line it was written on, for messages.
	 */
	static String[] split(String[] lines, List<Integer> written) {
		if (written != null) {
			written.clear();
		}
		List<String> out = null;
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i];
			var foot = line.length() >= LONG ? PAGE_FOOT.matcher(line) : null;
			if (foot != null && foot.matches()) {
				line = line.substring(0, foot.start(2)).stripTrailing();
				lines[i] = line;
			}
			if (line.length() >= LONG && line.indexOf('\t') < 0 && BREAK.matcher(line).find()) {
				if (out == null) {
					out = new ArrayList<>(List.of(lines).subList(0, i));
				}
				String[] parts = BREAK.split(line);
				out.addAll(List.of(parts));
				for (int p = 0; written != null && p < parts.length; p++) {
					written.add(i + 1);
				}
				continue;
			}
			else if (out != null) {
				out.add(line);
			}
			if (written != null) {
				written.add(i + 1);
			}
		}
		return out == null ? lines : out.toArray(String[]::new);
	}

}
