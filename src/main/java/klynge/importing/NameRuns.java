package klynge.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names run together without a separator, as a flattened PDF leaves a column of names
 * ("Kari Li Nilsen Ola Berg (til kl. 12) Eva Ås AP"): a new name starts at a common first
 * name once the name before it has a first name and a surname; a remark in parentheses or
 * an all-capital code (party, faculty) ends the name before it and is kept as its seat.
 */
final class NameRuns {

	private static final Set<String> FIRST_NAMES = load();

	/** "Kari", "Tove-Lise", "L.", "S": a word a name is made of. */
	private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}(?:\\p{Ll}[\\p{L}'-]*|\\.)?");

	/** "AP", "SV", "IME/AU", "FTR-IME": a party's or a unit's code after a name. */
	private static final Pattern CODE = Pattern.compile("\\p{Lu}{2,6}(?:[/-]\\p{Lu}{1,6})?");

	/**
	 * A role between names ("Rådgjevar", "Møtesekretær", "Leder"): it ends the name
	 * before it and is no part of the next.
	 */
	private static final Pattern ROLE = Pattern.compile(
			"\\p{Lu}\\p{Ll}*(?:sekretær|leiar|leder|medlem|rådgjevar|rådgiver|konsulent|sjef|direktør|rådmann|ordfører|ordførar)"
					+ "|Leiar|Leder|Sekretær|Medlem|Vara|Varamedlem|Referent|Revisor|Rektor|Rådgjevar|Rådgiver|Konsulent");

	private NameRuns() {
	}

	/** "Styremedlem", "Leder", "rådgiver": a role, not part of a name. */
	static boolean role(String word) {
		return ROLE.matcher(word).matches() || ROLE.matcher(capitalised(word)).matches();
	}

	private static String capitalised(String word) {
		return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}

	static boolean firstName(String word) {
		String bare = word.toLowerCase(Locale.ROOT);
		int hyphen = bare.indexOf('-');
		return FIRST_NAMES.contains(bare) || (hyphen > 0 && FIRST_NAMES.contains(bare.substring(0, hyphen)));
	}

	/** The names of a run and the text after them ("" if none). */
	record Run(List<String> names, String rest) {
	}

	private static final Run NONE = new Run(List.of(), "");

	/** The names of a run; an empty list when it is not two names or more. */
	static List<String> split(String run) {
		Run read = read(run);
		return read.rest.isEmpty() ? read.names : List.of();
	}

	/**
	 * The names at the start of a run, each as "Name" or "Name (remark)", and the text
	 * after them (prose run in after the list: "… Eva Ås (vara) Ingen merknader."); no
	 * names when there are fewer than two.
	 */
	static Run read(String run) {
		return read(run, 2);
	}

	/** As {@link #read(String)}, with the fewest names that make a run. */
	static Run read(String run, int least) {
		List<String> names = new ArrayList<>();
		List<String> current = new ArrayList<>();
		String[] words = run.strip().split("\\s+");
		for (int i = 0; i < words.length; i++) {
			String word = words[i];
			if (word.startsWith("(")) {
				StringBuilder remark = new StringBuilder(word);
				while (remark.indexOf(")") < 0 && i + 1 < words.length) {
					remark.append(' ').append(words[++i]);
				}
				if (current.size() < 2) {
					return NONE;
				}
				names.add(String.join(" ", current) + " " + remark);
				current.clear();
				continue;
			}
			if (CODE.matcher(word).matches()) {
				if (current.size() >= 2) {
					names.add(String.join(" ", current) + " (" + word + ")");
					current.clear();
				}
				else if (!current.isEmpty() || names.isEmpty()) {
					return NONE;
				}
				continue; // a second code of the same name's row
			}
			if (role(word)) {
				if (current.size() >= 2) {
					names.add(String.join(" ", current));
				}
				else if (!current.isEmpty()) {
					return NONE;
				}
				current.clear();
				continue;
			}
			if (!NAME_WORD.matcher(word).matches()) {
				// prose after the names starts with a capital ("… Marte Lund Ingen
				// merknader"), an upper-case heading does not
				boolean heading = word.chars().noneMatch(Character::isLowerCase);
				int kept = heading && current.size() != 1 ? current.size()
						: current.size() >= 3 ? current.size() - 1 : 0;
				if (kept > 0) {
					names.add(String.join(" ", current.subList(0, kept)));
				}
				if (names.size() < (heading ? Math.min(1, least) : least)) {
					return NONE;
				}
				String rest = String.join(" ", List.of(words).subList(i - current.size() + kept, words.length));
				return new Run(names, rest);
			}
			if (current.size() == 1 && firstName(word) && !firstName(current.getFirst())
					&& current.getFirst().length() <= 3) {
				current.clear(); // "Ja Kari Li": a short value before the first name
			}
			String last = current.isEmpty() ? null : current.getLast();
			if (current.size() >= 2 && firstName(word) && !firstName(last) && !last.endsWith(".")
					&& last.length() > 1) {
				names.add(String.join(" ", current));
				current.clear();
			}
			current.add(word);
		}
		if (current.size() == 1) {
			return least == 1 && !names.isEmpty() ? new Run(names, current.getFirst()) : NONE;
		}
		if (!current.isEmpty()) {
			names.add(String.join(" ", current));
		}
		return names.size() >= least ? new Run(names, "") : NONE;
	}

	private static Set<String> load() {
		try (InputStream in = NameRuns.class.getResourceAsStream("/importing/first-names.txt")) {
			Set<String> names = new HashSet<>();
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (!line.startsWith("#")) {
					for (String name : line.strip().split("\\s+")) {
						if (!name.isEmpty()) {
							names.add(name.toLowerCase(Locale.ROOT));
						}
					}
				}
			}
			return Set.copyOf(names);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
