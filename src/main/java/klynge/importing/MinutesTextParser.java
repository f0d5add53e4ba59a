package klynge.importing;

import static klynge.importing.TextCells.isBullet;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import klynge.meeting.AgendaItemType;

/**
 * Reads minutes written as plain text: the seed format (tab-separated header and
 * attendance table, "Sak NN-YY" items, Markdown-like links and emphasis) and the
 * conventions of other bodies (PS/RS, "Sak YYYY/NN", V-/O-/D-SAK, Roman-numbered opening
 * items, attendance as lists, "Innstilling:", nynorsk). Whatever it cannot place is kept
 * as an uncertain note, never dropped; what it cannot read at all is an
 * {@link ImportException}. The header is {@link MinutesHeader}'s, item headings
 * {@link ItemHeadings}', an item's text {@link ItemBuilder}'s; this class splits the text
 * into those parts and the items into paragraphs.
 */
final class MinutesTextParser {

	/**
	 * Characters of text in one document (2 MB, said in MB like every size limit); larger
	 * input is refused before parsing.
	 */
	static final int MAX_CHARS = 2 * 1024 * 1024;

	static final int MAX_LINE = 20_000;

	private static final int MAX_ITEMS = 500;

	/**
	 * A meeting portal's section label alone on its line, without a colon and without a
	 * blank line around it: it stands as a paragraph of its own.
	 */
	private static final Pattern SECTION_LINE = Pattern.compile("Vedtak|Behandling|Handsaming|Dokumenter");

	/**
	 * A section label run into the end of the line before it ("… er godkjent.
	 * Behandling").
	 */
	private static final Pattern RUN_IN_SECTION = Pattern.compile("\\S\\s{2,}(?:Behandling|Handsaming)$");

	private static final Pattern SUB_ITEM = Pattern.compile("^([a-z])[.)]\\s+(.+)$");

	private final String file;

	private final ParsedMinutes minutes;

	/** The line of the file each (split) line was written on: messages name that. */
	private final List<Integer> origin = new ArrayList<>();

	private MinutesTextParser(String file) {
		this.file = file;
		this.minutes = new ParsedMinutes(file);
	}

	/** Parses one document's text; {@code file} names it in errors. */
	static ImportedMinutes parse(String file, String text) {
		return new MinutesTextParser(file).run(text);
	}

	private ImportedMinutes run(String raw) {
		if (raw == null || raw.isBlank()) {
			throw new ImportException(file, 0, "importing.expected.text");
		}
		if (raw.length() > MAX_CHARS) {
			throw new ImportException(file, 0, "importing.expected.textLength", MinutesReader.megabytes(MAX_CHARS));
		}
		String text = normalise(raw);
		String[] written = text.split("\n", -1);
		for (int i = 0; i < written.length; i++) {
			if (written[i].length() > MAX_LINE) {
				throw new ImportException(file, i + 1, "importing.expected.lineLength", MAX_LINE);
			}
		}
		String[] lines = FlattenedLines.split(written, origin);
		// a document always comes in: without item headings all of it is header (and its
		// text one item),
		// without a date the preview asks for one
		ItemHeadings.Heading[] headings = HeadingScan.scan(lines);
		int first = lines.length;
		for (int i = 0; i < lines.length && first == lines.length; i++) {
			if (headings[i] != null) {
				first = i;
			}
		}
		CapsHeadings.Split caps = first == lines.length ? CapsHeadings.split(lines, origin) : null;
		if (caps != null) {
			// no numbered heading at all: a flattened PDF's upper-case headings open the
			// items
			lines = caps.lines();
			origin.clear();
			origin.addAll(caps.origin());
			headings = new ItemHeadings.Heading[lines.length];
			for (int i = lines.length - 1; i >= 0; i--) {
				if (caps.headings()[i]) {
					headings[i] = new ItemHeadings.Heading("", null, null, lines[i], null);
					first = i;
				}
			}
		}
		MinutesHeader.read(minutes, lines, first);
		body(lines, headings, first);
		if (minutes.date == null && !minutes.items.isEmpty() && minutes.items.getFirst().year != null) {
			// "måndag 20. april" above items numbered "T-1/20": the year is the items'
			minutes.date = MeetingFacts.dateWithoutYear(lines, first, minutes.items.getFirst().year);
		}
		if (minutes.date == null) {
			minutes.date = MeetingFacts.dateAlone(lines); // "17.02.22" on the last line
		}
		Deputies.resolve(minutes);
		return minutes.build();
	}

	private String normalise(String raw) {
		String text = raw.replace("\r\n", "\n").replace('\r', '\n').replace('\u00A0', ' ').replace("\uFEFF", "");
		int control = 0;
		int line = 1;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n') {
				line++;
			}
			else if (c == 0) {
				throw new ImportException(file, line, "importing.expected.text");
			}
			else if ((c < 0x20 && c != '\t') || c == '\uFFFD' || (c >= 0x7F && c < 0xA0) || Character.isSurrogate(c)) {
				control++;
			}
		}
		if (control > 8 + text.length() / 200) {
			throw new ImportException(file, 0, "importing.expected.text");
		}
		return text;
	}

	// --- items
	// ----------------------------------------------------------------------------------

	private void body(String[] lines, ItemHeadings.Heading[] headings, int first) {
		List<ItemBuilder> items = minutes.items;
		ItemBuilder top = null;
		ItemBuilder target = null;
		List<String> paragraph = new ArrayList<>();
		for (int i = first; i < lines.length; i++) {
			String trimmed = lines[i].strip();
			ItemHeadings.Heading header = headings[i];
			Matcher sub = top == null ? null : SUB_ITEM.matcher(trimmed);
			if (header != null) {
				target = flush(target, paragraph);
				if (items.size() >= MAX_ITEMS) {
					throw new ImportException(file, origin.get(i), "importing.expected.fewerItems", MAX_ITEMS);
				}
				String[] titleAndRest = ItemHeadings.titleAndRest(header.title());
				String title = titleAndRest[0];
				String rest = titleAndRest[1];
				int earlierIndex = repeatedKey(items, header);
				if (earlierIndex >= 0) {
					// the agenda list's title is the whole title: the rest of the line is
					// the minutes' text
					String listed = items.get(earlierIndex).title;
					if (title.length() > listed.length() + 1 && title.regionMatches(true, 0, listed, 0, listed.length())
							&& Character.isWhitespace(title.charAt(listed.length()))) {
						rest = (title.substring(listed.length()).strip() + " " + rest).strip();
						title = title.substring(0, listed.length());
					}
				}
				top = new ItemBuilder(header.label(), header.sequence(), header.year(), title, header.hint(), false);
				if (!rest.isEmpty()) {
					paragraph.add(rest);
				}
				int earlier = repeated(items, top);
				if (earlier < 0) {
					items.add(top);
				}
				else if (items.get(earlier).isEmpty()) {
					items.set(earlier, top); // the agenda list's line, now with its
												// minutes
				}
				else {
					top = items.get(earlier); // the same item again: what follows belongs
												// to it
				}
				target = top;
			}
			else if (sub != null && sub.matches() && trimmed.length() < 300) {
				target = flush(target, paragraph);
				target = new ItemBuilder(sub.group(1) + ".", null, null, sub.group(2), top.hint, top.isOtherBusiness());
				target.parent = top;
				top.subItems.add(target);
			}
			else if (trimmed.isEmpty()) {
				target = flush(target, paragraph);
			}
			else if (trimmed.length() <= 11 && SECTION_LINE.matcher(trimmed).matches()) {
				target = flush(target, paragraph);
				paragraph.add(trimmed);
				target = flush(target, paragraph);
			}
			else {
				if (!paragraph.isEmpty() && labelsDecision(trimmed)) {
					// "Vedtak: …" on the line under the item's text, without a blank line
					// between: the vedtak is a paragraph of its own
					target = flush(target, paragraph);
				}
				paragraph.add(trimmed);
				if (RUN_IN_SECTION.matcher(trimmed).find()) {
					target = flush(target, paragraph);
				}
				continue;
			}
		}
		flush(target, paragraph);
		items.forEach(ItemBuilder::finish);
	}

	/** A line that opens with the label of a vedtak or a proposal and its colon. */
	private static boolean labelsDecision(String line) {
		if (line.indexOf(':') < 0 || line.length() < 7) {
			return false;
		}
		Matcher key = ItemBuilder.DECISION_KEY.matcher(line);
		return key.matches() && line.substring(key.end(1)).stripLeading().startsWith(":");
	}

	private static int repeatedKey(List<ItemBuilder> items, ItemHeadings.Heading heading) {
		return repeated(items, new ItemBuilder(heading.label(), heading.sequence(), heading.year(), "", null, false));
	}

	/**
	 * The earlier item this heading repeats (an agenda list before the minutes names
	 * every item once), or -1.
	 */
	private static int repeated(List<ItemBuilder> items, ItemBuilder item) {
		String key = item.key();
		if (key == null) {
			return -1;
		}
		for (int i = 0; i < items.size(); i++) {
			if (key.equals(items.get(i).key())) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * Hands a finished paragraph to its item; under "Eventuelt" a short title-like line
	 * opens a raised matter.
	 */
	private ItemBuilder flush(ItemBuilder target, List<String> paragraph) {
		if (paragraph.isEmpty() || target == null) {
			paragraph.clear();
			return target;
		}
		ItemBuilder top = target.parent == null ? target : target.parent;
		String text = String.join("\n", paragraph);
		paragraph.clear();
		if (top.isOtherBusiness() && !text.contains("\n") && text.length() <= 80 && !text.matches(".*[.:;?!]$")
				&& !isBullet(text) && !ItemBuilder.DECISION_KEY.matcher(text).matches()
				&& Character.isUpperCase(text.charAt(0))) {
			ItemBuilder sub = new ItemBuilder("", null, null, text, AgendaItemType.DISCUSSION, true);
			sub.parent = top;
			top.subItems.add(sub);
			return sub;
		}
		target.accept(text);
		return target;
	}

}
