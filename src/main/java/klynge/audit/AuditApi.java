package klynge.audit;

import java.time.OffsetDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import klynge.cluster.Cluster;
import klynge.cluster.CurrentCluster;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * The audit log as JSON for administrators. Read only: there is no way to change the log.
 */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit log", description = "Who changed what, when; administrators only")
class AuditApi {

	private final AuditLog log;

	private final CurrentCluster current;

	AuditApi(AuditLog log, CurrentCluster current) {
		this.log = log;
		this.current = current;
	}

	record Entry(long id, OffsetDateTime occurredAt, String actor, String table, String operation, String rowId,
			List<String> changedFields, JsonNode before, JsonNode after) {

		static Entry of(AuditEntry entry) {
			List<String> changed = "UPDATE".equals(entry.operation())
					? AuditFields.changedNames(entry.before(), entry.after()) : List.of();
			return new Entry(entry.id(), entry.occurredAt(), entry.actor(), entry.tableName(), entry.operation(),
					entry.rowId(), changed, AuditFields.tree(entry.before()), AuditFields.tree(entry.after()));
		}
	}

	record Page(int page, int pageSize, boolean hasNext, List<Entry> entries) {
	}

	@GetMapping
	@Operation(summary = "Entries of the log, newest first, filtered; page counts from 0")
	Page list(@Valid @ModelAttribute AuditFilter filter, @RequestParam(defaultValue = "0") int page) {
		Cluster cluster = current.get();
		AuditPage found = log.page(cluster.id(), filter, cluster.zone(), page);
		return new Page(found.page(), AuditLog.PAGE_SIZE, found.hasNext(),
				found.entries().stream().map(Entry::of).toList());
	}

	@GetMapping("/{id}")
	@Operation(summary = "One entry of the log, with the row before and after")
	Entry entry(@PathVariable long id) {
		return Entry.of(log.entry(current.id(), id));
	}

}
