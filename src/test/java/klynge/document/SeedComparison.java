package klynge.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares the text of a seed minutes with the text Klynge shows of the same meeting,
 * line by line, allowing only the differences listed in the table "Seed fidelity" of
 * docs/demo-data.md.
 *
 * <p>
 * Both sides are normalised the same way: Markdown of the seed text file
 * ({@code [text](#)}, {@code *italics*}, {@code \(}) becomes its text, list markers
 * (bullets, "1.") go (the page draws them with CSS, Word with numbering), and every run
 * of white space, tabs between table cells included, becomes one space. Then the lines
 * are aligned (longest common subsequence): a seed line that is not shown, and a shown
 * line that is not in the seed, must each be in the list.
 */
final class SeedComparison {

	/**
	 * One row of the list: a seed line not shown, a shown line not in the seed, or a seed
	 * line shown otherwise.
	 */
	record Allowance(String seed, Set<String> channels, String kind, List<String> texts, String why) {

		boolean appliesTo(String seedKey, String channel) {
			return (seed.equals(seedKey) || seed.equals("both"))
					&& (channels.contains(channel) || channels.contains("all"));
		}
	}

	private static final Pattern LINK = Pattern.compile("\\[((?:\\\\.|[^\\]])*)\\]\\(#\\)");

	private static final Pattern CODE = Pattern.compile("`([^`]*)`");

	private static final Pattern MARKER = Pattern.compile("^(?:[-•◦▪\\u2022\\u25e6\\u25aa*]|\\d+\\.)\\s+");

	private final List<Allowance> allowances;

	private final Set<String> used = new HashSet<>();

	SeedComparison(List<Allowance> allowances) {
		this.allowances = allowances;
	}

	static String norm(String line) {
		String text = LINK.matcher(line).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
		text = text.replace("\\(", "(").replace("\\)", ")");
		text = text.replaceAll("\\*\\*(.+?)\\*\\*", "$1").replaceAll("\\*(.+?)\\*", "$1");
		text = text.replaceAll("[\\s\\u00a0]+", " ").strip();
		text = MARKER.matcher(text).replaceFirst("");
		return text.strip();
	}

	static List<String> normLines(List<String> lines) {
		return lines.stream().map(SeedComparison::norm).filter(line -> !line.isEmpty()).toList();
	}

	/**
	 * The seed's lines as they should be shown in a channel: changed lines replaced,
	 * missing ones dropped.
	 */
	List<String> expected(String seedKey, String channel, List<String> seedLines) {
		List<String> expected = new ArrayList<>();
		for (String line : normLines(seedLines)) {
			List<String> replaced = List.of(line);
			for (Allowance a : allowances) {
				if (!a.appliesTo(seedKey, channel) || !line.equals(norm(a.texts().getFirst()))) {
					continue;
				}
				if (a.kind().equals("missing")) {
					replaced = List.of();
					used.add(key(a, channel));
				}
				else if (a.kind().equals("changed")) {
					replaced = a.texts().subList(1, a.texts().size()).stream().map(SeedComparison::norm).toList();
					used.add(key(a, channel));
				}
			}
			expected.addAll(replaced);
		}
		return expected;
	}

	/**
	 * The differences not in the list, as "- seed line" / "+ shown line" with the line
	 * before; empty if none.
	 */
	List<String> differences(String seedKey, String channel, List<String> seedLines, List<String> shownLines) {
		List<String> expected = expected(seedKey, channel, seedLines);
		List<String> shown = normLines(shownLines);
		int n = expected.size();
		int m = shown.size();
		int[][] lcs = new int[n + 1][m + 1];
		for (int i = n - 1; i >= 0; i--) {
			for (int j = m - 1; j >= 0; j--) {
				lcs[i][j] = expected.get(i).equals(shown.get(j)) ? lcs[i + 1][j + 1] + 1
						: Math.max(lcs[i + 1][j], lcs[i][j + 1]);
			}
		}
		List<String> out = new ArrayList<>();
		int i = 0;
		int j = 0;
		String before = "(start)";
		while (i < n || j < m) {
			if (i < n && j < m && expected.get(i).equals(shown.get(j))) {
				before = expected.get(i);
				i++;
				j++;
			}
			else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
				if (!allowedExtra(seedKey, channel, shown.get(j))) {
					out.add("+ " + shown.get(j) + "    [after: " + shorten(before) + "]");
				}
				j++;
			}
			else {
				out.add("- " + expected.get(i) + "    [after: " + shorten(before) + "]");
				i++;
			}
		}
		return out;
	}

	private boolean allowedExtra(String seedKey, String channel, String line) {
		for (Allowance a : allowances) {
			if (a.kind().equals("extra") && a.appliesTo(seedKey, channel)
					&& a.texts().stream().map(SeedComparison::norm).anyMatch(line::equals)) {
				used.add(key(a, channel));
				return true;
			}
		}
		return false;
	}

	/**
	 * Rows of the list that no channel they name needed: the list must say what is true
	 * today.
	 */
	List<String> unused(String seedKey, List<String> channels) {
		List<String> unused = new ArrayList<>();
		for (Allowance a : allowances) {
			for (String channel : channels) {
				if (a.appliesTo(seedKey, channel) && (a.seed().equals(seedKey)) && !used.contains(key(a, channel))) {
					unused.add(channel + ": " + a.kind() + " " + a.texts());
				}
			}
		}
		return unused;
	}

	private static String key(Allowance a, String channel) {
		return System.identityHashCode(a) + "/" + channel;
	}

	private static String shorten(String text) {
		return text.length() > 60 ? text.substring(0, 60) + "…" : text;
	}

	/**
	 * The rows of the table under the heading "## Seed fidelity" in docs/demo-data.md.
	 */
	static List<Allowance> fromDocs(Path markdown) {
		List<String> lines;
		try {
			lines = Files.readAllLines(markdown);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		List<Allowance> allowances = new ArrayList<>();
		boolean inSection = false;
		for (String line : lines) {
			if (line.startsWith("## ")) {
				inSection = line.startsWith("## Seed fidelity");
				continue;
			}
			if (!inSection || !line.startsWith("| ") || line.startsWith("| seed") || line.startsWith("|---")) {
				continue;
			}
			String[] cells = line.substring(1, line.length() - 1).split(" \\| ", -1);
			if (cells.length < 5) {
				throw new IllegalStateException("docs/demo-data.md: a row of five cells expected: " + line);
			}
			List<String> texts = new ArrayList<>();
			Matcher code = CODE.matcher(cells[3]);
			while (code.find()) {
				texts.add(code.group(1));
			}
			String kind = cells[2].strip();
			if (texts.isEmpty() || !Set.of("missing", "extra", "changed").contains(kind)
					|| (kind.equals("changed") && texts.size() < 2)) {
				throw new IllegalStateException("docs/demo-data.md: unreadable row: " + line);
			}
			allowances.add(new Allowance(cells[0].strip(), Set.of(cells[1].strip().split("[ ,]+")), kind, texts,
					cells[4].strip()));
		}
		return allowances;
	}

}
