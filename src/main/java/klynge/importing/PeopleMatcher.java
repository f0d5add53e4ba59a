package klynge.importing;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import klynge.organisation.PersonRef;

/**
 * Who a name in imported minutes is in the cluster's registry. The name decides, the
 * initials code only confirms: codes are short and reused (Nord's MH is Marit Halvorsen,
 * Alrek's Margareth Hagen), so a code alone binds only to a person whose name is close.
 * Names are compared as written, then as a variant (order "Hagen, Margareth", diacritics,
 * middle names or initials added or left out), then fuzzily (letters lost in
 * transcription, "?" for æ/ø/å).
 */
final class PeopleMatcher {

	/** How close a fuzzy name must be (1 = identical) to match without a code. */
	static final double FUZZY = 0.85;

	/** How close the name of the code's holder must be for the code to bind. */
	static final double CODE_SIMILAR = 0.6;

	private static final int ALTERNATIVES = 5;

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern PARENTHESES = Pattern.compile("\\([^)]*\\)");

	private PeopleMatcher() {
	}

	static PersonMatch match(String name, String code, List<PersonRef> people) {
		String wanted = code == null ? null : code.strip().toUpperCase(Locale.ROOT);
		PersonRef holder = wanted == null ? null
				: people.stream().filter(p -> wanted.equalsIgnoreCase(p.code())).findFirst().orElse(null);
		String written = name.strip().replaceAll("\\s+", " ");
		List<String> tokens = tokens(written);
		String normal = String.join(" ", tokens);

		PersonRef found = null;
		String by = null;
		List<PersonRef> exact = people.stream().filter(p -> p.name().strip().equalsIgnoreCase(written)).toList();
		if (!exact.isEmpty()) {
			found = exact.stream().filter(p -> p == holder).findFirst().orElse(exact.getFirst());
			by = found == holder ? "nameAndCode" : "exact";
		}
		if (found == null) {
			List<PersonRef> variants = people.stream().filter(p -> variant(tokens, tokens(p.name()))).toList();
			if (variants.size() == 1 || variants.contains(holder)) {
				found = variants.contains(holder) ? holder : variants.getFirst();
				by = found == holder ? "nameAndCode" : "variant";
			}
		}
		if (found == null) {
			PersonRef best = null;
			double bestScore = 0;
			boolean tie = false;
			for (PersonRef person : people) {
				double score = closeness(tokens, tokens(person.name()));
				if (score > bestScore) {
					best = person;
					bestScore = score;
					tie = false;
				}
				else if (score == bestScore) {
					tie = true;
				}
			}
			if (best != null && bestScore >= FUZZY && !tie) {
				found = best;
				by = "fuzzy"; // even with the code: the name is only close
			}
		}
		if (found == null && holder != null
				&& similarity(normal, String.join(" ", tokens(holder.name()))) >= CODE_SIMILAR) {
			found = holder;
			by = "codeSimilar";
		}
		PersonRef chosen = found;
		List<PersonRef> alternatives = new ArrayList<>();
		if (holder != null && holder != chosen) {
			alternatives.add(holder);
		}
		people.stream()
			.filter(p -> p != chosen && p != holder)
			.map(p -> new Scored(p, similarity(normal, String.join(" ", tokens(p.name())))))
			.filter(s -> s.score >= 0.5)
			.sorted(Comparator.comparingDouble(Scored::score).reversed())
			.limit(ALTERNATIVES)
			.forEach(s -> alternatives.add(s.person));
		PersonRef unbound = holder != null && holder != chosen ? holder : null;
		return new PersonMatch(name, code, chosen, by, List.copyOf(alternatives), unbound);
	}

	private record Scored(PersonRef person, double score) {
	}

	/**
	 * The whole name's similarity, but no more than its first and last names' own:
	 * "Marius Halvorsen" is not "Marit Halvorsen", though only two letters differ.
	 */
	static double closeness(List<String> a, List<String> b) {
		double whole = similarity(String.join(" ", a), String.join(" ", b));
		if (a.size() < 2 || b.size() < 2) {
			return whole;
		}
		double first = similarity(a.getFirst(), b.getFirst());
		double last = similarity(a.getLast(), b.getLast());
		return Math.min(whole, Math.min(first, last) + (1 - FUZZY) / 2);
	}

	/**
	 * The same person written another way: same first and last name, and every other part
	 * of the shorter name found, in order, in the longer one (an initial stands for a
	 * name with that letter).
	 */
	static boolean variant(List<String> a, List<String> b) {
		if (a.size() < 2 || b.size() < 2) {
			return a.equals(b) && !a.isEmpty();
		}
		if (!a.getFirst().equals(b.getFirst()) || !a.getLast().equals(b.getLast())) {
			return false;
		}
		List<String> shorter = a.size() <= b.size() ? a : b;
		List<String> longer = shorter == a ? b : a;
		int j = 1;
		for (int i = 1; i < shorter.size() - 1; i++) {
			String part = shorter.get(i);
			while (j < longer.size() - 1 && !samePart(part, longer.get(j))) {
				j++;
			}
			if (j >= longer.size() - 1) {
				return false;
			}
			j++;
		}
		return true;
	}

	private static boolean samePart(String a, String b) {
		return a.equals(b) || (a.length() == 1 && b.startsWith(a)) || (b.length() == 1 && a.startsWith(b));
	}

	/**
	 * A name's parts, lower case, without diacritics or punctuation, "Hagen, Margareth"
	 * turned round; "(MH)" and "(UiB)" left out; a "?" kept, it stands for a lost letter.
	 */
	static List<String> tokens(String name) {
		String text = PARENTHESES.matcher(name).replaceAll(" ");
		int comma = text.indexOf(',');
		if (comma > 0 && comma == text.lastIndexOf(',')) {
			text = text.substring(comma + 1) + " " + text.substring(0, comma);
		}
		text = text.toLowerCase(Locale.ROOT)
			.replace("ø", "o")
			.replace("æ", "ae")
			.replace("œ", "oe")
			.replace("ß", "ss")
			.replace("ð", "d")
			.replace("þ", "th");
		text = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
		List<String> tokens = new ArrayList<>();
		for (String part : text.split("[^\\p{L}?]+")) {
			if (!part.isEmpty() && !part.chars().allMatch(c -> c == '?')) {
				tokens.add(part);
			}
		}
		return tokens;
	}

	/**
	 * 1 minus the edit distance over the longer length; "?" costs nothing against a
	 * letter (it stands for æ, ø or å lost in transcription).
	 */
	static double similarity(String a, String b) {
		if (a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			char ca = a.charAt(i - 1);
			for (int j = 1; j <= b.length(); j++) {
				char cb = b.charAt(j - 1);
				int cost = ca == cb || ca == '?' || cb == '?' ? 0 : 1;
				current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return 1 - (double) previous[b.length()] / Math.max(a.length(), b.length());
	}

}
