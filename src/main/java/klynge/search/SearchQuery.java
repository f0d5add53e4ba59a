package klynge.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a reader typed, read for search: a case number ("22-21", "sak 05-23", "Sak 3-23")
 * jumps to its item. Plain words ({@code words}) must all be found, each also as the
 * start of a longer word: Norwegian joins words into compounds, so "budsjett" finds
 * "Budsjettforslag" and "budsj" finds "budsjett". Text with web-search syntax (quotes,
 * "or", -word) goes to {@code websearch_to_tsquery} ({@code leading}), its last word also
 * as a prefix unless the text ends with a space or quote.
 */
record SearchQuery(String text, Optional<CaseNo> caseNumber, String leading, String prefix, List<String> words) {

	static final int MAX_LENGTH = 200;

	private static final Pattern CASE = Pattern
		.compile("(?iu)^(?:sak(?:\\s*nr\\.?)?\\s*)?(\\d{1,3})\\s*[-/]\\s*(\\d{2}|20\\d{2})$");

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

	private static final Pattern SYNTAX = Pattern.compile("(?iu)\"|(^|\\s)-\\S|\\sor\\s");

	static final int MAX_WORDS = 8;

	private static final Pattern LAST_WORD = Pattern.compile("(?U)^(.*?)([\\p{L}\\p{N}]+)$", Pattern.DOTALL);

	/** A case number: sequence within the body's year, and the year (2021). */
	record CaseNo(int sequence, int year) {
	}

	static SearchQuery of(String raw) {
		String text = raw == null ? "" : raw.strip();
		if (text.length() > MAX_LENGTH) {
			text = text.substring(0, MAX_LENGTH);
		}
		Matcher number = CASE.matcher(text);
		if (number.matches()) {
			int year = Integer.parseInt(number.group(2));
			return new SearchQuery(text,
					Optional.of(new CaseNo(Integer.parseInt(number.group(1)), year < 100 ? 2000 + year : year)), "", "",
					List.of());
		}
		if (!SYNTAX.matcher(text).find()) {
			List<String> words = new ArrayList<>();
			Matcher word = WORD.matcher(text);
			while (word.find() && words.size() < MAX_WORDS) {
				words.add(word.group());
			}
			return new SearchQuery(text, Optional.empty(), "", "", words);
		}
		boolean open = raw != null && !raw.isEmpty() && !Character.isWhitespace(raw.charAt(raw.length() - 1));
		Matcher last = LAST_WORD.matcher(text);
		// a word after a minus is one to leave out, not to complete
		if (open && last.matches() && !last.group(1).endsWith("-")) {
			return new SearchQuery(text, Optional.empty(), last.group(1), last.group(2), List.of());
		}
		return new SearchQuery(text, Optional.empty(), text, "", List.of());
	}

	boolean isBlank() {
		return text.isBlank() || caseNumber.isEmpty() && words.isEmpty() && leading.isBlank() && prefix.isEmpty();
	}

}
