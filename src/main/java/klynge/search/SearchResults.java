package klynge.search;

import java.util.List;

/**
 * A page of results: the hits the reader may see, how many there are in all, and where a
 * case number leads when exactly one visible item has it ({@code jumpTo}).
 */
public record SearchResults(String query, List<Hit> hits, int total, int page, int pages, String jumpTo) {

	static final int PAGE_SIZE = 20;

	static SearchResults empty(String query) {
		return new SearchResults(query, List.of(), 0, 1, 0, null);
	}

}
