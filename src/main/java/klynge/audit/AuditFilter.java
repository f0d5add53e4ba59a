package klynge.audit;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

/** What an administrator filters the log by; every field optional. */
public record AuditFilter(@Size(max = 120) String actor, @Size(max = 63) String table,
		@Size(max = 6) String operation, LocalDate from, LocalDate to, @Size(max = 64) String rowId) {

	public static AuditFilter none() {
		return new AuditFilter(null, null, null, null, null, null);
	}
}
