package klynge.search;

import java.util.List;
import java.util.UUID;

import klynge.search.SearchRepository.Filters;

/**
 * The filters as typed in the address: anything unknown or malformed is ignored (a
 * bookmark with an old filter still searches).
 */
public record SearchFilters(Filters filters, int page) {

	static final List<String> KINDS = List.of("ITEM", "CASE", "FOLLOWUP", "DOCUMENT", "PERSON", "ORGANISATION", "CALL",
			"PROJECT", "EVENT", "POSTER", "IDEA", "STRATEGY", "PARTNER", "PANEL", "POSITION", "REPORT");

	static SearchFilters of(String type, String year, String body, String status, String page) {
		String kind = type != null && KINDS.contains(type) ? type : null;
		Integer y = number(year);
		UUID bodyId = null;
		try {
			bodyId = body == null || body.isBlank() ? null : UUID.fromString(body);
		}
		catch (IllegalArgumentException ignored) {
			// not a body id: no body filter
		}
		String s = status != null && status.matches("[A-Z_]{1,40}") ? status : null;
		Integer p = number(page);
		return new SearchFilters(new Filters(kind, y, bodyId, s), p == null ? 1 : Math.max(1, p));
	}

	private static Integer number(String text) {
		return text != null && text.matches("\\d{1,4}") ? Integer.valueOf(text) : null;
	}

	public String kind() {
		return filters.kind();
	}

	public Integer year() {
		return filters.year();
	}

	public UUID body() {
		return filters.bodyId();
	}

	public String status() {
		return filters.status();
	}

}
