package klynge.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The overload limit ({@link OverloadFilter}). {@code maxConcurrent} 0 means four per CPU core
 * (at least 8): more requests at once than that only wait for database connections. Queued
 * requests wait at most {@code maxWait}; the rest get 503 with Retry-After at once.
 */
@ConfigurationProperties("klynge.overload")
record OverloadProperties(@DefaultValue("true") boolean enabled, @DefaultValue("0") int maxConcurrent,
		@DefaultValue("64") int queue, @DefaultValue("250ms") Duration maxWait) {

	int effectiveMaxConcurrent() {
		return maxConcurrent > 0 ? maxConcurrent : Math.max(8, 4 * Runtime.getRuntime().availableProcessors());
	}
}
