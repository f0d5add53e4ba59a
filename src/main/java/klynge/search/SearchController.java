package klynge.search;

import java.util.UUID;

import klynge.body.BodyDirectory;
import klynge.cluster.CurrentCluster;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The results page {@code /sok?q=}: a GET form with filters (works without JavaScript),
 * the count in a live region, and a case number that one visible item has goes straight
 * to it.
 */
@Controller
class SearchController {

	private final Searcher searcher;

	private final SearchIndex index;

	private final SearchRepository repository;

	private final BodyDirectory bodies;

	private final CurrentCluster cluster;

	SearchController(Searcher searcher, SearchIndex index, SearchRepository repository, BodyDirectory bodies,
			CurrentCluster cluster) {
		this.searcher = searcher;
		this.index = index;
		this.repository = repository;
		this.bodies = bodies;
		this.cluster = cluster;
	}

	@GetMapping("/sok")
	String search(@RequestParam(name = "q", required = false) String q,
			@RequestParam(name = "type", required = false) String type,
			@RequestParam(name = "year", required = false) String year,
			@RequestParam(name = "body", required = false) String body,
			@RequestParam(name = "status", required = false) String status,
			@RequestParam(name = "page", required = false) String page, Model model) {
		SearchFilters filters = SearchFilters.of(type, year, body, status, page);
		SearchResults results = searcher.search(q, filters.filters(), filters.page());
		if (results.jumpTo() != null) {
			return "redirect:" + results.jumpTo();
		}
		UUID clusterId = cluster.id();
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("results", results);
		model.addAttribute("selected", filters);
		model.addAttribute("kinds", SearchFilters.KINDS);
		model.addAttribute("years", repository.years(clusterId));
		model.addAttribute("statuses", repository.statuses(clusterId));
		model.addAttribute("bodies", bodies.bodies(clusterId));
		return "search/results";
	}

	@PostMapping("/sok/indeks")
	String rebuild(RedirectAttributes redirect) {
		index.rebuild(cluster.id());
		redirect.addFlashAttribute("flash", "search.rebuilt");
		return "redirect:/sok";
	}

}
