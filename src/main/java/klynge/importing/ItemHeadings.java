package klynge.importing;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import klynge.meeting.AgendaItemType;

/**
 * Recognises the line that opens an item: "Sak NN-YY", "Sak YYYY/NN", "PS/RS NN/YY",
 * "V-/O-/D-SAK NN", Roman-numbered opening items and a bare "NN-YY Title".
 */
final class ItemHeadings {

	/**
	 * "Sak 01-23", "Sak 7/20", "SAK NR. 5/20", and a starred (closed) number "Sak
	 * 14&#42;".
	 */
	private static final Pattern SAK_DASH = Pattern.compile(
			"^(?:\\*\\*)?(?:Sak|SAK|sak)\\s+(?:(?:nr|NR|Nr)\\.?:?\\s*)?(\\d{1,3}|0\\d{3})\\*?\\s*(?:[-/]\\s*(\\d{4}|\\d{2})(?:/\\d{4})?|\\.(\\d{4}))\\b(?:[:.]|\\s+[–-])?\\s*(.*?)(?:\\*\\*)?$");

	/**
	 * "Sak 2 – 14.03.22 – Title", "Sak 5: Title": a number of the meeting only, no case
	 * number.
	 */
	private static final Pattern SAK_PLAIN = Pattern.compile(
			"^(?:Sak|SAK)\\s+(?:(?:nr|NR|Nr)\\.?\\s*)?(\\d{1,3})\\*?(?:\\s*[–-]\\s*\\d{1,2}\\.\\d{1,2}\\.\\d{2,4}\\s*[–-])?[:.]?\\s+(\\p{Lu}.*)$");

	/**
	 * "FSK-12/19 Title", "HOU 03/21 Title", "F 9/18 Title": a body's prefix before the
	 * case number.
	 */
	private static final Pattern PREFIXED = Pattern
		.compile("^(\\p{Lu}{1,5})(?:-|\\s)(\\d{1,3})\\*?\\s*/\\s*(\\d{2})\\s+(\\p{Lu}.*)$");

	/** "S 7.1/07 Title": a letter of the item's kind, a two-level number and the year. */
	private static final Pattern TWO_LEVEL = Pattern
		.compile("^(\\p{Lu}{1,3}\\s+\\d{1,2}\\.\\d{1,2}/\\d{2})\\s+(\\p{Lu}.*)$");

	/** "Pkt. 3 Title", "Punkt 3: Title". */
	private static final Pattern POINT = Pattern.compile("^(Pkt\\.?|Punkt)\\s*(\\d{1,3})[.:]?\\s+(\\p{Lu}.*)$");

	private static final Pattern SAK_YEAR = Pattern
		.compile("^(?:Sak|SAK)\\s+(\\d{4})\\s*/\\s*(\\d{1,4})\\b[:.]?\\s*(.*)$");

	/**
	 * "PS 12/22 Title", "PS TEK 0002/00 98/02734 Title": a committee's prefix before the
	 * number and the archive's case number after it are no part of the title.
	 */
	private static final Pattern PS_RS = Pattern.compile(
			"^(PS|RS)\\s+(?:\\p{Lu}{2,5}\\s+)?(\\d{1,4})\\s*/\\s*(\\d{2}|\\d{4})\\b[:.]?\\s*(?:\\d{2,4}/\\d{1,6}\\s+)?(.*)$");

	private static final Pattern VOD = Pattern.compile("^([VOD])-SAK\\s+(\\d{1,3})\\b[:.]?\\s*(.*)$",
			Pattern.CASE_INSENSITIVE);

	/**
	 * "12-23 Title", "07/2021 Title", "3/22 21/1187 TITLE" (an archive number after the
	 * case number), "14*".
	 */
	private static final Pattern BARE = Pattern.compile(
			"^(\\d{1,4})\\*?\\s*[-/–]\\s*(\\d{4}|\\d{2})(?::?\\s+|:)(?:[-–]\\s+)?(?:\\d{2,4}/\\d{1,6}\\s+(?:[-–]\\s+)?)?([A-ZÆØÅ].*)$");

	/** "II. Title", and without the dot from II on ("I" alone is a word: "I møtet …"). */
	private static final Pattern ROMAN = Pattern
		.compile("^(?:(I|II|III|IV|V|VI|VII|VIII|IX|X)\\.|(II|III|IV|VI|VII|VIII|IX))\\s+([A-ZÆØÅ].*)$");

	/** A bullet or dash before a heading's number ("– 4/23 Title"). */
	private static final Pattern BULLET = Pattern.compile("^[–•-]\\s+(?=\\d|Sak|SAK)");

	/**
	 * A heading whose number the transcription lost ("/13 BUDSJETT" for "20/13", "FU sak
	 * Budsjett" for "FU sak 3/15"): an item without a number.
	 */
	private static final Pattern LOST_NUMBER = Pattern.compile("^(?:/\\d{2}|\\p{Lu}{1,5}\\s+sak)\\s+(\\p{Lu}.*)$");

	/**
	 * A title that ends with a bracketed abbreviation or a date, and a sentence after it
	 * ("Nytt styre (NS) Leiaren orienterte om …", "Protokoll frå 18. november Utkastet
	 * ligg ved.").
	 */
	private static final Pattern TITLE_THEN_SENTENCE = Pattern.compile(
			"^(.{10,150}?(?:\\)|\\b(?:januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember)))"
					+ "\\s+(\\p{Lu}\\p{Ll}+\\s+\\p{Ll}[^()]*\\.)$");

	/**
	 * "STi sak 53/14 Title", "FU sak 3/15 Title": a body's code, "sak" and the case
	 * number.
	 */
	private static final Pattern CODE_SAK = Pattern
		.compile("^(\\p{Lu}\\p{L}{0,5}\\s+sak\\s+(\\d{1,3})\\s*/\\s*(\\d{2}|\\d{4}))[:.]?\\s+(\\p{Lu}.*)$");

	/** "68* Title": a starred (closed) item's number without a year. */
	private static final Pattern STARRED = Pattern.compile("^(\\d{1,3}\\*)\\s+(\\p{Lu}.*)$");

	/** A title's colon that a sentence follows: "Godkjenning av sakliste: Godkjent." */
	private static final Pattern COLON_SENTENCE = Pattern.compile(":\\s+(?:[-–•]\\s+)?(?=\\p{Lu})");

	/** A label of an item's text inside its title line (flattened PDF text). */
	private static final Pattern TITLE_KEY = Pattern.compile(
			"\\s(?=(?:Vedtak|Forslag til vedtak|Framlegg til vedtak|Innstilling|Tilråding|Konklusjon|Beslutning|Behandling|"
					+ "Handsaming|Vedlegg|Saksdokumenter|Bakgrunn|Saksopplysninger|Orienteringssak|Drøftingssak)\\s*:)");

	/** "SAKSPROTOKOLL: Title": the kind of document before an item's title. */
	static final Pattern RECORD_PREFIX = Pattern.compile("^(?i:saksprotokoll|saksframlegg)\\s*[:–-]\\s*");

	/**
	 * A group heading of a flattened agenda run into the title before it ("… juni 2013
	 * Informasjonssaker S 49/13 …"): the title ends there.
	 */
	private static final Pattern GROUP_HEADING = Pattern
		.compile("\\s(?:Vedtakssaker|Informasjonssaker|Drøftingssaker|Diskusjonssaker|Orienteringssaker|Eventueltsaker|"
				+ "Referatsaker|Meldingssaker)(?:\\s|$)");

	/** A first sentence before the title ("Enstemmig godkjent. PROTOKOLL …"). */
	private static final Pattern LEADING_OUTCOME = Pattern.compile("^([^.\\n]{3,40}\\.)\\s+(?=\\p{Lu})");

	/** The end of a sentence or of a clause a list follows ("… to saker: - En …"). */
	private static final Pattern CLAUSE_END = Pattern.compile("(?<=\\p{Ll}{2})[.:](?=\\s|$)");

	/** A capitalised word that a lower-case word follows: "Det vises", "Leder av". */
	private static final Pattern SENTENCE_OPENER = Pattern.compile("(?<=\\s)\\p{Lu}\\p{Ll}+\\s+(?=\\p{Ll})");

	private static final Pattern CAPITAL_WORD = Pattern.compile("\\s(?=\\p{Lu}\\p{Ll})");

	private static final Pattern SENTENCE = Pattern.compile("(?<=\\p{Ll}{2})\\.\\s+(?=\\p{Lu})");

	private static final Pattern TRAILING = Pattern.compile("\\s*[.:–-]$");

	private static final Pattern SLASH_SPACE = Pattern.compile("\\s*/\\s*");

	/** "1 Title", "1. Title", "1) Title", "Sak 1", "Sak 1." (see {@link #numbered}). */
	private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,2})(?:[.)]|\\s)\\s*(?!\\d)()(\\p{Lu}\\p{L}.*)$");

	private ItemHeadings() {
	}

	/**
	 * A label of the item's text ("Vedtak:", "Vedlegg:") early in a long line: flattened
	 * text ran the item into its heading, and the title ends there.
	 */
	private static boolean labelWithin(String title, int limit) {
		Matcher key = TITLE_KEY.matcher(title);
		return key.find() && key.start() < limit;
	}

	/** A title's colon that text follows, early in a long line: the title ends there. */
	private static boolean colonWithin(String title, int limit) {
		Matcher colon = COLON_SENTENCE.matcher(title);
		return colon.find() && colon.start() <= limit;
	}

	private static boolean digitWithin(String line, int limit) {
		for (int i = 0, end = Math.min(line.length(), limit); i < end; i++) {
			if (Character.isDigit(line.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * An item's heading: its label as written, number and year if it has them, title, and
	 * a type hint.
	 */
	record Heading(String label, Integer sequence, Integer year, String title, AgendaItemType hint) {
	}

	/**
	 * A title and the text that flattened PDF text ran into it: an ALL-CAPS title ends
	 * where ordinary text begins. Returns {title, rest}; rest is "" when the title stands
	 * alone.
	 */
	static String[] titleAndRest(String written) {
		String title = RECORD_PREFIX.matcher(written).replaceFirst("");
		Matcher outcome = LEADING_OUTCOME.matcher(title);
		if (outcome.find() && ItemBuilder.OUTCOME.matcher(outcome.group(1)).matches()) {
			// a flattened table put the previous item's outcome column before the title:
			// "SAK 30/14 Enstemmig godkjent. PROTOKOLL": it is no part of this item
			title = title.substring(outcome.end());
		}
		Matcher group = GROUP_HEADING.matcher(title);
		if (group.find() && group.start() >= 3) {
			return new String[] { title.substring(0, group.start()).strip(), title.substring(group.end()).strip() };
		}
		int end = capsRun(title);
		if (end > 0 && end < title.length()) {
			return new String[] { title.substring(0, end).strip(), title.substring(end).strip() };
		}
		Matcher key = TITLE_KEY.matcher(title);
		if (key.find() && key.start() >= 3) {
			// flattened text ran the item's first label into its title: "Godkjenning
			// Framlegg til vedtak: …"
			String head = title.substring(0, key.start()).strip();
			Matcher tail = head.length() > 80 ? TITLE_THEN_SENTENCE.matcher(head) : null;
			if (tail != null && tail.matches()) {
				// and its first sentence before the label: "… (OSO) Leiaren orienterte."
				return new String[] { tail.group(1).strip(), title.substring(tail.start(2)).strip() };
			}
			return new String[] { head, title.substring(key.start()).strip() };
		}
		Matcher word = CAPITAL_WORD.matcher(title);
		while (word.find() && word.start() < 150) {
			// flattened text ran the outcome into the title: "Godkjenning av saksliste
			// Sakslista vart godkjend utan merknader.", "Godkjenning av referat
			// Godkjent."
			String rest = title.substring(word.end());
			Matcher stop = SENTENCE.matcher(rest);
			String first = stop.find() ? rest.substring(0, stop.start() + 1) : rest;
			String head = title.substring(0, word.start());
			if (head.contains(":") || SENTENCE.matcher(head).find()) {
				break; // the title ended before: a title has no sentence or colon in it
			}
			if (word.start() >= 3 && first.length() < 250 && ItemBuilder.PASSED.matcher(first).matches()) {
				return new String[] { title.substring(0, word.start()).strip(), rest };
			}
			if (word.start() >= 3 && first.length() < 250 && ItemBuilder.OUTCOME.matcher(first).matches()) {
				// "Godkjenning av referat Godkjent.", "Innkalling og referat. Godkjent."
				String before = title.substring(0, word.start()).strip();
				return new String[] { before.endsWith(".") ? before.substring(0, before.length() - 1) : before, rest };
			}
		}
		Matcher sentence = SENTENCE.matcher(title);
		if (title.length() > 100 && sentence.find() && sentence.start() <= 80) {
			// "Regnskap fra konferansen. Hildegun la fram …": the title is the first
			// sentence
			return new String[] { title.substring(0, sentence.start()).strip(),
					title.substring(sentence.end()).strip() };
		}
		Matcher colon = COLON_SENTENCE.matcher(title);
		if (colon.find() && colon.start() <= 80 && (title.length() > 100 || title.endsWith("."))) {
			// "Budsjett 2010: Finn Madsen informerte …", "Godkjenning av sakliste:
			// Godkjent."
			return new String[] { title.substring(0, colon.start()).strip(), title.substring(colon.end()).strip() };
		}
		int begins = sentenceStart(title);
		if (begins > 0) {
			return new String[] { title.substring(0, begins).strip(), title.substring(begins).strip() };
		}
		return new String[] { title, "" };
	}

	/**
	 * Where the item's first sentence begins in a long title line that flattened text ran
	 * it into ("Styrking av lokalidretten Det vises til …:"): at the last capitalised
	 * word before the first sentence's end that a lower-case word follows (a title's
	 * name, "Øystein Mæland", is followed by the next capital), if that sentence has at
	 * least six words; else -1.
	 */
	static int sentenceStart(String title) {
		if (title.length() <= FlattenedLines.LONG) {
			return -1;
		}
		Matcher end = CLAUSE_END.matcher(title);
		if (!end.find()) {
			return -1;
		}
		Matcher word = SENTENCE_OPENER.matcher(title);
		int start = -1;
		while (word.find() && word.start() < end.start()) {
			start = word.start();
		}
		if (start < 3 || start > 150) {
			return -1;
		}
		return title.substring(start, end.end()).split("\\s+").length >= 6 ? start : -1;
	}

	/**
	 * Where a leading run of ALL-CAPS words (at least four letters) ends, if an ordinary
	 * word ("Styret") follows it; else -1.
	 */
	private static int capsRun(String text) {
		int letters = 0;
		int i = 0;
		int runEnd = -1;
		while (i < text.length()) {
			int wordEnd = text.indexOf(' ', i);
			wordEnd = wordEnd < 0 ? text.length() : wordEnd;
			String word = text.substring(i, wordEnd);
			boolean lower = word.chars().anyMatch(Character::isLowerCase);
			if (lower) {
				boolean ordinary = word.length() >= 2 && Character.isUpperCase(word.charAt(0))
						&& Character.isLowerCase(word.charAt(1));
				return ordinary && letters >= 4 ? runEnd : -1;
			}
			if (word.endsWith("!")) {
				return -1; // a notice ("SAKA GÅR UT!") before the title is part of it
			}
			letters += (int) word.chars().filter(Character::isLetter).count();
			runEnd = wordEnd;
			i = wordEnd + 1;
			while (i < text.length() && text.charAt(i) == ' ') {
				i++;
			}
		}
		return -1;
	}

	/**
	 * The label as written, without stray spaces around its slash ("Sak 02 /15" → "Sak
	 * 02/15").
	 */
	private static String label(String written) {
		return SLASH_SPACE.matcher(TRAILING.matcher(written.replace("**", "").strip()).replaceFirst(""))
			.replaceAll("/");
	}

	private static int year(String digits) {
		int year = Integer.parseInt(digits);
		return year < 100 ? 2000 + year : year;
	}

	/**
	 * "1 Title", "1. Title", "1) Title": a plain number is a heading only where the
	 * numbers run 1, 2, 3 … through the document ({@link NumberedHeadings} decides); the
	 * title ends at a colon that text follows on the same line ("1. Budsjett 2010: Finn
	 * informerte …").
	 */
	static Heading numbered(String line) {
		if (line.length() < 3 || !Character.isDigit(line.charAt(0))) {
			return null;
		}
		Matcher m = NUMBERED.matcher(line);
		if (!m.matches() || MeetingFacts.heading(line) != null) {
			return null;
		}
		String title = m.group(3).strip();
		int colon = title.indexOf(": ");
		// a title without sentences may be long ("… (jf. høringssak til FT), inkl. mulige
		// …")
		boolean sentences = title.endsWith(".") || SENTENCE.matcher(title).find();
		if (title.length() > (sentences ? 120 : 200) && (colon < 0 || colon > 80)) {
			return null;
		}
		return new Heading(m.group(1), null, null, title, null);
	}

	/** The heading this (stripped) line opens, or null. */
	static Heading of(String raw) {
		String line = raw.length() > 2 && "–•-".indexOf(raw.charAt(0)) >= 0 ? BULLET.matcher(raw).replaceFirst("")
				: raw;
		if (line.length() < 4
				|| !(Character.isUpperCase(line.charAt(0)) || "s*0123456789/".indexOf(line.charAt(0)) >= 0)) {
			return null;
		}
		Matcher lost = line.charAt(0) == '/' || line.contains(" sak ") ? LOST_NUMBER.matcher(line) : null;
		if (lost != null && lost.matches() && Character.isLowerCase(lost.group(1).charAt(1)) == (line.charAt(0) != '/')
				&& line.length() < 2000) {
			return new Heading("", null, null, lost.group(1), null);
		}
		if ("IVX".indexOf(line.charAt(0)) < 0 && !digitWithin(line, 25)) {
			return null; // every heading but a Roman one has its number near the start:
							// prose is let by fast
		}
		Matcher m = SAK_DASH.matcher(line);
		if (m.matches() && !m.group(4).isBlank()) {
			String year = m.group(2) != null ? m.group(2) : m.group(3);
			return new Heading(label(line.substring(0, m.start(4))), Integer.valueOf(m.group(1)), year(year),
					m.group(4), null);
		}
		m = SAK_PLAIN.matcher(line);
		if (m.matches() && line.length() < 250) {
			return new Heading("Sak " + m.group(1), null, null, m.group(2), null);
		}
		m = SAK_YEAR.matcher(line);
		if (m.matches() && !m.group(3).isBlank()) {
			return new Heading(line.substring(0, m.start(3)).strip(), Integer.valueOf(m.group(2)),
					Integer.valueOf(m.group(1)), m.group(3), null);
		}
		m = PS_RS.matcher(line);
		if (m.matches() && !m.group(4).isBlank()) {
			int year = Integer.parseInt(m.group(3));
			return new Heading(line.substring(0, m.end(3)).strip(), Integer.valueOf(m.group(2)),
					year < 100 ? 2000 + year : year, m.group(4),
					m.group(1).equals("PS") ? AgendaItemType.DECISION : AgendaItemType.INFORMATION);
		}
		m = VOD.matcher(line);
		if (m.matches() && !m.group(3).isBlank()) {
			AgendaItemType hint = switch (m.group(1).toUpperCase(Locale.ROOT)) {
				case "V" -> AgendaItemType.DECISION;
				case "O" -> AgendaItemType.INFORMATION;
				default -> AgendaItemType.DISCUSSION;
			};
			return new Heading(line.substring(0, m.start(3)).strip(), null, null, m.group(3), hint);
		}
		m = ROMAN.matcher(line);
		if (m.matches() && line.length() < 200) {
			return new Heading((m.group(1) != null ? m.group(1) : m.group(2)) + ".", null, null, m.group(3), null);
		}
		m = BARE.matcher(line);
		if (m.matches() && (line.length() < 250 || capsRun(m.group(3)) > 0 || labelWithin(m.group(3), 150)
				|| sentenceStart(m.group(3)) > 0)) {
			return new Heading(label(line.substring(0, m.end(2))), Integer.valueOf(m.group(1)), year(m.group(2)),
					m.group(3), null);
		}
		m = PREFIXED.matcher(line);
		if (m.matches() && line.length() < 250 && !m.group(1).equals("PS") && !m.group(1).equals("RS")) {
			return new Heading(line.substring(0, m.start(4)).strip(), Integer.valueOf(m.group(2)),
					2000 + Integer.parseInt(m.group(3)), m.group(4), null);
		}
		m = line.contains(" sak ") ? CODE_SAK.matcher(line) : null;
		if (m != null && m.matches() && line.length() < 250) {
			return new Heading(m.group(1), Integer.valueOf(m.group(2)), year(m.group(3)), m.group(4), null);
		}
		m = STARRED.matcher(line);
		if (m.matches() && line.length() < 250) {
			return new Heading(m.group(1), null, null, m.group(2), null);
		}
		m = TWO_LEVEL.matcher(line);
		if (m.matches() && line.length() < 250) {
			return new Heading(m.group(1), null, null, m.group(2), null);
		}
		m = POINT.matcher(line);
		if (m.matches() && (line.length() < 250 || colonWithin(m.group(3), 100))) {
			return new Heading(m.group(1) + " " + m.group(2), null, null, m.group(3), null);
		}
		return null;
	}

}
