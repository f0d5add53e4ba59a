package klynge.web;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * "overload", in the readiness group: OUT_OF_SERVICE while the instance refuses nearly
 * everything (at least {@value #MIN_REFUSED} refused and nine in ten or more in the last
 * ten seconds), so a load balancer sends the traffic elsewhere; a busy instance that
 * still serves stays UP. Liveness is untouched: a restart would not help.
 */
@Component("overload")
class OverloadHealth implements HealthIndicator {

	static final int MIN_REFUSED = 5;

	private final OverloadStats stats;

	OverloadHealth(OverloadStats stats) {
		this.stats = stats;
	}

	@Override
	public Health health() {
		OverloadStats.Window window = stats.lastSeconds();
		boolean refusing = window.refused() >= MIN_REFUSED && window.refused() >= 9 * window.admitted();
		return (refusing ? Health.outOfService() : Health.up()).withDetail("admitted10s", window.admitted())
			.withDetail("refused10s", window.refused())
			.build();
	}

}
