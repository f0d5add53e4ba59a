package klynge.audit;

import java.time.OffsetDateTime;

/** One logged write. Before/after are the row's JSON, without secrets. */
public record AuditEntry(long id, OffsetDateTime occurredAt, String actor, String tableName, String operation,
		String rowId, String before, String after) {
}
