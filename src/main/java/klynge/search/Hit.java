package klynge.search;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One result: a page the reader may open. {@code titleHtml} and {@code snippetHtml} are
 * escaped text with {@code <mark>} around the matched words; an exempt item found by its
 * public title ({@code publicTitleOnly}) has no snippet.
 */
public record Hit(String kind, UUID refId, String url, String title, String titleHtml, String snippetHtml,
		String caseNumber, UUID bodyId, String bodyName, LocalDate date, Integer year, String status,
		boolean publicTitleOnly, double rank) {
}
