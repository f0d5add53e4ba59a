package klynge.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds every line of a document that opens an item, looking beyond the line itself: a
 * number alone on its line with the title below it ("Sak 39/04/2015", "II"), a title
 * split over two lines, plain numbers ("1 Title", "1. Title") that only count where they
 * run 1, 2, 3 …, and, in a document without any numbers, short title lines that open a
 * paragraph.
 */
final class HeadingScan {

	/**
	 * "Sak 39/04/2015", "SAK 7/20", "II", "IV." alone on a line: the title follows below.
	 */
	private static final Pattern ALONE = Pattern.compile(
			"^(?:(?:Sak|SAK)\\s+(?:(?:nr|NR|Nr)\\.?:?\\s*)?(?:\\d{1,3}|0\\d{3})\\*?(?:\\s*/\\s*\\d{2,4}){0,2}|(I|II|III|IV|V|VI|VII|VIII|IX|X)|(\\d{1,3}\\*?))\\.?$");

	private static final Pattern HEADER_LABEL = Pattern
		.compile("(?i)(?:Dato|Tid|Sted|Stad|Møtestad|Møtested|Referent|Møteleder|Møteleiar|Kl)\\s*:");

	/**
	 * A part of an item or of the page, not an item: "Vedtak", "Behandling",
	 * "Dokumenter".
	 */
	private static final Pattern SECTION_WORD = Pattern.compile(
			"(?i)(?:vedtak|behandling|handsaming|dokumenter|dokument|vedlegg|saksliste|sakliste|saker|saksframlegg|"
					+ "innstilling|forslag til vedtak|framlegg til vedtak|konklusjon|bakgrunn|drøfting|clear|logo|meny)");

	/**
	 * What an agenda row gives where the title would be ("PS 3/00 99/03245 Innstilling
	 * vedtatt"): the title is on the line below.
	 */
	private static final Pattern OUTCOME_ONLY = Pattern.compile(
			"(?i)(?:(?:innstilling(?:en|a)?|tilrådinga?|framlegget|forslaget)\\s+)?(?:enstemmig\\s+|samrøystes\\s+)?"
					+ "(?:vedtatt|vedteke|vedteken|godkjent|utsatt|trukket|tatt til orientering|teke til orientering)\\.?");

	/**
	 * A meeting portal's agenda row: a bullet, the title and its main document ("•
	 * Meldingar Hoveddokument 424KB").
	 */
	private static final Pattern PORTAL_ROW = Pattern
		.compile("^[•–-]\\s+(\\p{Lu}.{2,200}?)\\s+Hoveddokument(?:\\s+\\d+\\s*[KkMm]B)?$");

	private static final Pattern ROMAN_ONE = Pattern.compile("^I\\s+(\\p{Lu}\\p{Ll}.*)$");

	/** A case number alone on its line: "ST 47/12", "Sak 3/20", "12/20". */
	private static final Pattern NUMBER_ONLY = Pattern
		.compile("^(?:(?:Sak|SAK|\\p{Lu}{1,5})[\\s-])?\\d{1,4}\\s*/\\s*\\d{2,4}$");

	/** The last number of such a table, with every title after it. */
	private static final Pattern NUMBER_AND_TITLES = Pattern
		.compile("^((?:(?:Sak|SAK|\\p{Lu}{1,5})[\\s-])?\\d{1,4}\\s*/\\s*\\d{2,4})\\s+(\\p{Lu}.{0,2000})$");

	/** Words after which a capitalised word goes on with the same title ("til Kari"). */
	private static final Set<String> LEADS_ON = Set.of("til", "og", "ved", "i", "av", "for", "frå", "fra", "om", "med",
			"på", "mot", "under", "etter", "hos", "-", "–", "&");

	/**
	 * "Evt." alone on its line: "Eventuelt" shortened, a heading though it ends with a
	 * dot.
	 */
	private static final Pattern OTHER_BUSINESS = Pattern.compile("(?i)(?:evt|ev|event)\\.");

	/** Lines a title of an unnumbered heading cannot end with. */
	private static final String SENTENCE_END = ".,;:?!";

	private HeadingScan() {
	}

	/**
	 * The heading each line opens (null where none); joins split headings in
	 * {@code lines} in place (the second line becomes empty).
	 */
	static ItemHeadings.Heading[] scan(String[] lines) {
		ItemHeadings.Heading[] headings = new ItemHeadings.Heading[lines.length];
		join(lines, headings);
		boolean any = false;
		for (int i = 0; i < lines.length; i++) {
			if (headings[i] == null) {
				headings[i] = ItemHeadings.of(lines[i].strip());
			}
			any |= headings[i] != null;
		}
		any |= portalRows(lines, headings);
		romanOne(lines, headings);
		numbersBeforeTitles(lines, headings);
		titlesBelow(lines, headings);
		any |= numberedRuns(lines, headings);
		if (!any) {
			unnumbered(lines, headings);
		}
		return headings;
	}

	private static void join(String[] lines, ItemHeadings.Heading[] numbers) {
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.isEmpty() || line.length() > 40) {
				continue;
			}
			var alone = ALONE.matcher(line);
			if (alone.matches()) {
				int next = nextNonEmpty(lines, i + 1, 6);
				String title = next > 0 ? lines[next].strip() : "";
				boolean number = alone.group(2) != null; // a number alone may be a
															// page's: the title must look
															// like one
				if (next > 0 && titleLike(title, number ? 100 : 150)
						&& !(number && (SENTENCE_END.indexOf(lastChar(title)) >= 0
								|| MeetingFacts.heading(title) != null || MeetingFacts.findDate(title) != null))) {
					String label = alone.group(1) != null ? alone.group(1) + "." : line;
					if (number) {
						numbers[i] = new ItemHeadings.Heading(alone.group(2), null, null, title, null);
					}
					lines[i] = label + " " + lines[next].strip();
					lines[next] = "";
				}
			}
		}
		for (int i = 0; i + 1 < lines.length; i++) {
			// a title split over two lines: the second goes on in lower case
			String next = lines[i + 1].strip();
			if (!next.isEmpty() && next.length() <= 80 && Character.isLowerCase(next.charAt(0))
					&& SENTENCE_END.indexOf(lastChar(lines[i])) < 0 && lines[i].length() < 150
					&& ItemHeadings.of(lines[i].strip()) != null) {
				lines[i] = lines[i].stripTrailing() + " " + next;
				lines[i + 1] = "";
			}
		}
	}

	/**
	 * A meeting portal's row opens an item; the numbered line under it ("058/19 - 19/5482
	 * - Meldingar") gives its number and is no second item.
	 */
	private static boolean portalRows(String[] lines, ItemHeadings.Heading[] headings) {
		boolean any = false;
		for (int i = 0; i < lines.length; i++) {
			var row = headings[i] == null ? PORTAL_ROW.matcher(lines[i].strip()) : null;
			if (row == null || !row.matches()) {
				continue;
			}
			String title = row.group(1).strip();
			headings[i] = new ItemHeadings.Heading("", null, null, title, null);
			int next = nextNonEmpty(lines, i + 1, 2);
			ItemHeadings.Heading numbered = next > 0 ? headings[next] : null;
			if (numbered != null && numbered.title().strip().equalsIgnoreCase(title)) {
				headings[i] = numbered;
				headings[next] = null;
				lines[next] = "";
			}
			any = true;
		}
		return any;
	}

	/**
	 * An agenda table flattened column by column: the case numbers alone, one a line, and
	 * the last number's line with every title run together ("ST 3/24", "ST 4/24", "ST
	 * 5/24 Godkjenning av innkalling Budsjett Eventuelt"). A title begins at a
	 * capitalised word that no preposition or conjunction leads into; a one-word piece
	 * inside the run is a name's second word ("Kari Nordmann"); extra pieces at the start
	 * are the table's column heads, so the titles are the last pieces, one per number.
	 */
	private static void numbersBeforeTitles(String[] lines, ItemHeadings.Heading[] headings) {
		for (int i = 0; i < lines.length; i++) {
			if (headings[i] != null || !NUMBER_ONLY.matcher(lines[i].strip()).matches()) {
				continue;
			}
			int j = i;
			while (j < lines.length && headings[j] == null && NUMBER_ONLY.matcher(lines[j].strip()).matches()) {
				j++;
			}
			var last = j < lines.length && j - i >= 2 ? NUMBER_AND_TITLES.matcher(lines[j].strip()) : null;
			if (last == null || !last.matches()) {
				i = j;
				continue;
			}
			String number = last.group(1);
			List<String> titles = titlePieces(last.group(2), j - i + 1);
			if (titles != null) {
				for (int k = i; k <= j; k++) {
					String label = k < j ? lines[k].strip() : number;
					ItemHeadings.Heading heading = ItemHeadings.of(label + " " + titles.get(k - i));
					if (heading != null) {
						headings[k] = heading;
					}
				}
			}
			i = j;
		}
	}

	/** The last {@code count} titles of a run of titles, or null if it has fewer. */
	private static List<String> titlePieces(String run, int count) {
		List<String> pieces = new ArrayList<>();
		StringBuilder piece = new StringBuilder();
		String previous = null;
		for (String word : run.split("\\s+")) {
			boolean starts = previous != null && word.length() > 1 && Character.isUpperCase(word.charAt(0))
					&& Character.isLowerCase(word.charAt(1)) && !LEADS_ON.contains(previous.toLowerCase(Locale.ROOT));
			if (starts) {
				pieces.add(piece.toString());
				piece.setLength(0);
			}
			piece.append(piece.isEmpty() ? "" : " ").append(word);
			previous = word;
		}
		pieces.add(piece.toString());
		for (int p = 1; p < pieces.size() - 1 && pieces.size() > count; p++) {
			if (pieces.get(p).indexOf(' ') < 0) {
				pieces.set(p - 1, pieces.get(p - 1) + " " + pieces.remove(p));
				p--;
			}
		}
		return pieces.size() < count ? null : pieces.subList(pieces.size() - count, pieces.size());
	}

	/**
	 * "I Title" before an "II." heading: the first of the Roman numbers ("I" alone is
	 * also a word, "I møtet …", so it opens an item only where "II" follows).
	 */
	private static void romanOne(String[] lines, ItemHeadings.Heading[] headings) {
		int two = -1;
		for (int i = 0; i < lines.length && two < 0; i++) {
			if (headings[i] != null && headings[i].label().equals("II.")) {
				two = i;
			}
		}
		for (int i = two - 1; i >= 0; i--) {
			var one = headings[i] == null ? ROMAN_ONE.matcher(lines[i].strip()) : null;
			if (one != null && one.matches() && titleLike(one.group(1), 150)
					&& SENTENCE_END.indexOf(lastChar(one.group(1))) < 0) {
				headings[i] = new ItemHeadings.Heading("I.", null, null, one.group(1), null);
				return;
			}
		}
	}

	/**
	 * A heading whose title is only the outcome ("Innstilling vedtatt") takes the next
	 * line as its title ("SAKSPROTOKOLL: Reguleringsplan …"); the outcome is no vedtak.
	 */
	private static void titlesBelow(String[] lines, ItemHeadings.Heading[] headings) {
		for (int i = 0; i < lines.length; i++) {
			ItemHeadings.Heading heading = headings[i];
			if (heading == null || !OUTCOME_ONLY.matcher(heading.title().strip()).matches()) {
				continue;
			}
			int next = nextNonEmpty(lines, i + 1, 4);
			if (next > 0 && headings[next] == null && titleLike(lines[next].strip(), 200)) {
				headings[i] = new ItemHeadings.Heading(heading.label(), heading.sequence(), heading.year(),
						lines[next].strip(), heading.hint());
				lines[next] = "";
			}
		}
	}

	/**
	 * Plain numbers count as headings where they run 1, 2, 3 … (at least two of them): a
	 * page number or a numbered list inside an item does not open items.
	 */
	private static boolean numberedRuns(String[] lines, ItemHeadings.Heading[] headings) {
		List<Integer> run = new ArrayList<>();
		List<Integer> accepted = new ArrayList<>();
		int last = 0;
		for (int i = 0; i < lines.length; i++) {
			if (headings[i] != null) {
				continue;
			}
			ItemHeadings.Heading numbered = ItemHeadings.numbered(lines[i].strip());
			if (numbered == null) {
				continue;
			}
			int n = Integer.parseInt(numbered.label());
			if (!run.isEmpty() && n == last + 1) {
				run.add(i);
				last = n;
			}
			else if (n == 1) {
				if (run.size() >= 2) {
					accepted.addAll(run);
				}
				run = new ArrayList<>(List.of(i));
				last = 1;
			}
		}
		if (run.size() >= 2) {
			accepted.addAll(run);
		}
		for (int i : accepted) {
			headings[i] = ItemHeadings.numbered(lines[i].strip());
		}
		return !accepted.isEmpty();
	}

	/**
	 * A document without numbers: a short title-like line that opens a paragraph (after a
	 * blank line or a finished sentence) and has text after it is an item's heading.
	 */
	private static void unnumbered(String[] lines, ItemHeadings.Heading[] headings) {
		boolean paragraphStart = true;
		int lastText = lastNonEmpty(lines);
		int start = -1; // the items begin after the header's last label: a web page's
						// menu is no item
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (AttendanceLists.label(line) != null || HEADER_LABEL.matcher(line).lookingAt()) {
				start = i + 1;
			}
		}
		if (start > 0 && lines[start - 1].strip().endsWith(":")) {
			while (start < lines.length && !lines[start].isBlank()) {
				start++; // names one a line under the last label
			}
		}
		for (int i = start; start >= 0 && i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.isEmpty()) {
				paragraphStart = true;
				continue;
			}
			if (paragraphStart && i < lastText && titleLike(line, 70) && line.indexOf(':') < 0
					&& (SENTENCE_END.indexOf(lastChar(line)) < 0 || OTHER_BUSINESS.matcher(line).matches())
					&& !line.contains(". ") && MeetingFacts.heading(line) == null && MeetingFacts.findDate(line) == null
					&& !TextCells.isBullet(line) && AttendanceLists.label(line) == null
					&& !SECTION_WORD.matcher(line).matches()) {
				headings[i] = new ItemHeadings.Heading("", null, null, line, null);
			}
			paragraphStart = ".!?".indexOf(lastChar(line)) >= 0;
		}
	}

	private static boolean titleLike(String line, int max) {
		return line.length() >= 3 && line.length() <= max && Character.isUpperCase(line.charAt(0))
				&& Character.isLetter(line.codePointAt(1)) && ItemHeadings.of(line) == null
				&& !line.toLowerCase(Locale.ROOT).startsWith("side ");
	}

	private static char lastChar(String line) {
		String s = line.stripTrailing();
		return s.isEmpty() ? ' ' : s.charAt(s.length() - 1);
	}

	private static int nextNonEmpty(String[] lines, int from, int within) {
		for (int i = from; i < lines.length && i < from + within; i++) {
			if (!lines[i].isBlank()) {
				return i;
			}
		}
		return -1;
	}

	private static int lastNonEmpty(String[] lines) {
		for (int i = lines.length - 1; i >= 0; i--) {
			if (!lines[i].isBlank()) {
				return i;
			}
		}
		return -1;
	}

}
