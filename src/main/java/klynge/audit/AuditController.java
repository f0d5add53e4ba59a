package klynge.audit;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import klynge.cluster.Cluster;
import klynge.cluster.CurrentCluster;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The audit log for administrators: a filtered, paged list and one entry's before and
 * after. Read only.
 */
@Controller
class AuditController {

	static final List<String> OPERATIONS = List.of("INSERT", "UPDATE", "DELETE");

	private final AuditLog log;

	private final CurrentCluster current;

	private final AuditNames names;

	AuditController(AuditLog log, CurrentCluster current, AuditNames names) {
		this.log = log;
		this.current = current;
		this.names = names;
	}

	@GetMapping("/audit")
	String list(@Valid @ModelAttribute("filter") AuditFilter filter, BindingResult errors,
			@RequestParam(defaultValue = "0") int page, Model model, HttpServletResponse response) {
		Cluster cluster = current.get();
		model.addAttribute("tables", log.tables(cluster.id()));
		model.addAttribute("operations", OPERATIONS);
		if (errors.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("rows", List.of());
			return "audit/list";
		}
		AuditPage found = log.page(cluster.id(), filter, cluster.zone(), page);
		Map<String, String> actors = names.actors(cluster.id(),
				found.entries().stream().map(AuditEntry::actor).distinct().toList());
		model.addAttribute("rows",
				found.entries()
					.stream()
					.map(entry -> AuditRow.of(entry, cluster.zone(), actors.get(entry.actor()), names.record(entry)))
					.toList());
		model.addAttribute("page", found.page());
		if (found.hasPrevious()) {
			model.addAttribute("previousUrl", link(filter, found.page() - 1));
		}
		if (found.hasNext()) {
			model.addAttribute("nextUrl", link(filter, found.page() + 1));
		}
		return "audit/list";
	}

	@GetMapping("/audit/{id}")
	String detail(@PathVariable long id, Model model) {
		Cluster cluster = current.get();
		AuditEntry entry = log.entry(cluster.id(), id);
		model.addAttribute("entry", AuditRow.of(entry, cluster.zone(),
				names.actors(cluster.id(), List.of(entry.actor())).get(entry.actor()), names.record(entry)));
		return "audit/detail";
	}

	/** The list with the same filter on another page. */
	static String link(AuditFilter filter, int page) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/audit");
		param(uri, "actor", filter.actor());
		param(uri, "table", filter.table());
		param(uri, "operation", filter.operation());
		param(uri, "from", filter.from() == null ? null : filter.from().toString());
		param(uri, "to", filter.to() == null ? null : filter.to().toString());
		param(uri, "rowId", filter.rowId());
		uri.queryParam("page", page);
		return uri.encode().build().toUriString();
	}

	private static void param(UriComponentsBuilder uri, String name, String value) {
		if (value != null && !value.isBlank()) {
			uri.queryParam(name, value);
		}
	}

}
