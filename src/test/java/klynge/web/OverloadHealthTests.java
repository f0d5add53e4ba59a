package klynge.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;

class OverloadHealthTests {

	final OverloadStats stats = new OverloadStats();

	final OverloadHealth health = new OverloadHealth(stats);

	@Test
	void upWhileBusyButServing() {
		for (int i = 0; i < 100; i++) {
			stats.admitted();
			stats.refused();
		}
		assertThat(health.health().getStatus()).isEqualTo(Status.UP);
	}

	@Test
	void outOfServiceWhileRefusingNearlyEverything() {
		assertThat(health.health().getStatus()).isEqualTo(Status.UP);
		stats.admitted();
		for (int i = 0; i < 20; i++) {
			stats.refused();
		}
		assertThat(health.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
		assertThat(health.health().getDetails()).containsEntry("refused10s", 20L);
	}

}
