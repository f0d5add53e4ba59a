package klynge.search;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Search as JSON, for anyone: each caller (anonymous, or HTTP Basic) gets the hits they
 * may read, as on {@code /sok}. {@code title} is plain text (escape it like any text);
 * {@code titleHtml} and {@code snippetHtml} are HTML: escaped text with {@code <mark>}
 * around the matched words.
 */
@Tag(name = "Search")
@RestController
@RequestMapping("/api/v1/search")
class SearchApi {

	record HitJson(String type, UUID id, String url, String title, String titleHtml, String snippetHtml,
			String caseNumber, UUID bodyId, String body, LocalDate date, Integer year, String status,
			boolean publicTitleOnly, double rank) {

		static HitJson of(Hit h) {
			return new HitJson(h.kind(), h.refId(), h.url(), h.title(), h.titleHtml(), h.snippetHtml(), h.caseNumber(),
					h.bodyId(), h.bodyName(), h.date(), h.year(), h.status(), h.publicTitleOnly(), h.rank());
		}
	}

	record ResultsJson(String query, int total, int page, int pages, String jumpTo, List<HitJson> hits) {
	}

	private final Searcher searcher;

	SearchApi(Searcher searcher) {
		this.searcher = searcher;
	}

	@Operation(summary = "Full-text search (Norwegian stemming, unaccented, last word as prefix) over what the caller "
			+ "may read; a case number (\"22-21\", \"sak 05-23\") gives jumpTo when one visible item has it")
	@GetMapping
	ResultsJson search(@RequestParam(name = "q", required = false) String q, @Parameter(
			description = "ITEM, CASE, FOLLOWUP, DOCUMENT, PERSON, ORGANISATION, CALL, PROJECT, EVENT, POSTER, IDEA, "
					+ "STRATEGY, PARTNER, PANEL, POSITION or REPORT") @RequestParam(name = "type",
							required = false) String type,
			@RequestParam(name = "year", required = false) String year,
			@RequestParam(name = "body", required = false) String body,
			@RequestParam(name = "status", required = false) String status,
			@RequestParam(name = "page", required = false) String page) {
		SearchFilters filters = SearchFilters.of(type, year, body, status, page);
		SearchResults results = searcher.search(q, filters.filters(), filters.page());
		return new ResultsJson(results.query(), results.total(), results.page(), results.pages(), results.jumpTo(),
				results.hits().stream().map(HitJson::of).toList());
	}

}
