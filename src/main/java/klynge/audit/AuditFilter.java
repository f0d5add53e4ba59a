package klynge.audit;

import java.time.LocalDate;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * What an administrator filters the log by; every field optional. Dates are days in the
 * cluster's time zone.
 */
public record AuditFilter(@Size(max = 120) String actor, @Size(max = 63) String table,
		@Pattern(regexp = "(?i)(INSERT|UPDATE|DELETE)?") String operation,
		@DateTimeFormat(iso = ISO.DATE) LocalDate from, @DateTimeFormat(iso = ISO.DATE) LocalDate to,
		@Size(max = 64) String rowId) {

	public static AuditFilter none() {
		return new AuditFilter(null, null, null, null, null, null);
	}
}
