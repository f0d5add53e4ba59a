package klynge.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The overload limit ({@link OverloadFilter}). {@code maxConcurrent} 0 means four per CPU
 * core (at least 8): more requests at once than that only wait for database connections.
 * Queued requests wait at most {@code maxWait}; the rest get 503 with Retry-After at
 * once. A body must have arrived within {@code bodyTimeout} and be at most
 * {@code maxBody} (uploads excepted: {@code maxUploads} of them at once) before its
 * request may take a place.
 */
@ConfigurationProperties("klynge.overload")
record OverloadProperties(@DefaultValue("true") boolean enabled, @DefaultValue("0") int maxConcurrent,
		@DefaultValue("64") int queue, @DefaultValue("250ms") Duration maxWait,
		@DefaultValue("10s") Duration bodyTimeout, @DefaultValue("2MB") DataSize maxBody,
		@DefaultValue("4") int maxUploads) {

	int effectiveMaxConcurrent() {
		return maxConcurrent > 0 ? maxConcurrent : Math.max(8, 4 * Runtime.getRuntime().availableProcessors());
	}
}
