package klynge.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A flattened PDF of minutes without numbered items: the items' upper-case headings run
 * into the text ("… til innkallinga. GODKJENNING AV SAKLISTA Det var ingen …"). Such a
 * heading is a run of upper-case words, ended by a colon or followed by an ordinary
 * capitalised word, that stands after the last attendance or header label. It counts only
 * where the document has at least two of them and it is written once: a table column's
 * value ("GJEKK" for who left early) repeats, a party's code stands in brackets and is
 * short.
 */
final class CapsHeadings {

	/** An upper-case run after a space or a sentence's end, before a colon or a word. */
	private static final Pattern RUN = Pattern
		.compile("(?<=^|[\\s.!?])(\\p{Lu}[\\p{Lu}-]*(?:\\s+\\p{Lu}[\\p{Lu}-]*)*)(:?)(?=\\s+\\p{Lu}\\p{Ll}|\\s*$)");

	/** A code of up to three letters before the heading's first word. */
	private static final Pattern SHORT_WORD = Pattern.compile("\\p{Lu}{1,3}\\s+(?=\\p{Lu})");

	private static final Pattern LABEL = Pattern
		.compile("(?i)(?:Dato|Tid|Kl|Sted|Stad|Møtestad|Møtested|Referent)\\s*:");

	/** Words of the header and of the attendance, not items. */
	private static final Set<String> NOT_ITEMS = Set.of("MØTELEIAR", "MØTELEDER", "MØTEBOK", "REFERENT", "SEKRETÆR",
			"MØTESEKRETÆR", "PROTOKOLL", "REFERAT", "VARA", "LEIAR", "LEDER", "NESTLEIAR", "NESTLEDER");

	/**
	 * Lines split at the headings, each line's written line, and which lines are
	 * headings.
	 */
	record Split(String[] lines, List<Integer> origin, boolean[] headings) {
	}

	private CapsHeadings() {
	}

	/**
	 * The lines split before and after each upper-case heading, or null if none counts.
	 */
	static Split split(String[] lines, List<Integer> origin) {
		int from = 0;
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (AttendanceLists.label(line) != null || LABEL.matcher(line).lookingAt()) {
				from = i;
			}
		}
		Map<String, Integer> seen = new HashMap<>();
		List<int[]> found = new ArrayList<>(); // line, start, end of the run, end with
												// colon
		for (int i = 0; i < lines.length; i++) {
			if (lines[i].length() < FlattenedLines.LONG && i < from) {
				continue;
			}
			Matcher run = RUN.matcher(lines[i]);
			while (run.find()) {
				int start = run.start(1);
				Matcher abbreviation = SHORT_WORD.matcher(lines[i]).region(start, run.end(1));
				while (abbreviation.lookingAt()) {
					start = abbreviation.end(); // "… vara i UFU MØTEÅTFERD:": the code
												// ends the
												// sentence before
					abbreviation.region(start, run.end(1));
				}
				String text = lines[i].substring(start, run.end(1));
				seen.merge(text, 1, Integer::sum);
				if (i >= from && counts(text) && counts(run.group(1))) {
					found.add(new int[] { i, start, run.end(1), run.end() });
				}
			}
		}
		found.removeIf(run -> seen.get(lines[run[0]].substring(run[1], run[2])) > 1);
		if (found.size() < 2) {
			return null;
		}
		List<String> out = new ArrayList<>();
		List<Integer> written = new ArrayList<>();
		List<Boolean> heads = new ArrayList<>();
		int next = 0;
		for (int i = 0; i < lines.length; i++) {
			int at = 0;
			boolean split = false;
			while (next < found.size() && found.get(next)[0] == i) {
				int[] run = found.get(next++);
				add(out, written, heads, lines[i].substring(at, run[1]), origin.get(i), false);
				add(out, written, heads, lines[i].substring(run[1], run[2]), origin.get(i), true);
				at = run[3];
				split = true;
			}
			if (!split) {
				out.add(lines[i]);
				written.add(origin.get(i));
				heads.add(false);
			}
			else if (!lines[i].substring(at).isBlank()) {
				add(out, written, heads, lines[i].substring(at), origin.get(i), false);
			}
		}
		boolean[] headings = new boolean[heads.size()];
		for (int i = 0; i < headings.length; i++) {
			headings[i] = heads.get(i);
		}
		return new Split(out.toArray(String[]::new), written, headings);
	}

	private static void add(List<String> out, List<Integer> written, List<Boolean> heads, String text, int origin,
			boolean heading) {
		if (!heading && text.isBlank()) {
			return; // nothing before a heading that opens its line
		}
		out.add(text.strip());
		written.add(origin);
		heads.add(heading);
	}

	/** Long enough to be a title, and no label of the header or the attendance. */
	private static boolean counts(String text) {
		int letters = 0;
		int longest = 0;
		for (String word : text.split("\\s+")) {
			int n = (int) word.chars().filter(Character::isLetter).count();
			letters += n;
			longest = Math.max(longest, n);
			if (NOT_ITEMS.contains(word.toUpperCase(Locale.ROOT))) {
				return false;
			}
		}
		return letters >= 4 && longest >= 4 && AttendanceLists.label(text + " X") == null
				&& AttendanceLists.label(text) == null && MeetingFacts.heading(text) == null;
	}

}
