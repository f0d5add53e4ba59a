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
			for (int[] run : runs(lines[i])) {
				int start = run[0];
				Matcher abbreviation = SHORT_WORD.matcher(lines[i]).region(start, run[1]);
				while (abbreviation.lookingAt()) {
					start = abbreviation.end(); // "… vara i UFU MØTEÅTFERD:": the code
												// ends the
												// sentence before
					abbreviation.region(start, run[1]);
				}
				String text = lines[i].substring(start, run[1]);
				seen.merge(text, 1, Integer::sum);
				if (i >= from && counts(text) && counts(lines[i].substring(run[0], run[1]))) {
					found.add(new int[] { i, start, run[1], run[2] });
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

	/**
	 * Each run of upper-case words in a line that a colon ends or an ordinary capitalised
	 * word or the line's end follows: {start, end, end with the colon}. (A scan, not a
	 * regular expression: a repeated group over a long upper-case line overflows the
	 * stack.)
	 */
	static List<int[]> runs(String line) {
		List<int[]> runs = new ArrayList<>();
		int runStart = -1;
		int runEnd = -1;
		int i = 0;
		int n = line.length();
		while (i < n) {
			while (i < n && Character.isWhitespace(line.charAt(i))) {
				i++;
			}
			if (i >= n) {
				break;
			}
			int start = i;
			while (i < n && !Character.isWhitespace(line.charAt(i))) {
				i++;
			}
			String word = line.substring(start, i);
			boolean colon = word.length() > 1 && word.endsWith(":");
			String bare = colon ? word.substring(0, word.length() - 1) : word;
			if (upper(bare)) {
				if (runStart < 0) {
					runStart = start;
				}
				runEnd = start + bare.length();
				if (colon) {
					runs.add(new int[] { runStart, runEnd, i });
					runStart = -1;
				}
				continue;
			}
			if (runStart >= 0 && word.length() > 1 && Character.isUpperCase(word.charAt(0))
					&& Character.isLowerCase(word.charAt(1))) {
				runs.add(new int[] { runStart, runEnd, runEnd });
			}
			runStart = -1;
		}
		if (runStart >= 0) {
			runs.add(new int[] { runStart, runEnd, runEnd });
		}
		return runs;
	}

	private static boolean upper(String word) {
		if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
			return false;
		}
		for (int c = 1; c < word.length(); c++) {
			char ch = word.charAt(c);
			if (!Character.isUpperCase(ch) && ch != '-') {
				return false;
			}
		}
		return true;
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
