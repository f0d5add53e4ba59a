package klynge.audit;

import java.util.List;

/** One page of the log, newest first; {@code page} counts from 0. */
public record AuditPage(List<AuditEntry> entries, int page, boolean hasNext) {

	public boolean hasPrevious() {
		return page > 0;
	}
}
