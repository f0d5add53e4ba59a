package klynge.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import klynge.KlyngeIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The scheduled jobs' walk over the clusters: a cluster whose work fails does not stop
 * the others, and the failure does not reach the job (its lock is released as after a
 * run).
 */
@KlyngeIntegrationTest
class ClustersEachTests {

	@Autowired
	Clusters clusters;

	@Test
	void aFailingClusterLeavesTheOthersToRun() {
		List<UUID> all = clusters.all().stream().map(Cluster::id).toList();
		assertThat(all).hasSizeGreaterThanOrEqualTo(2);
		List<UUID> reached = new ArrayList<>();
		List<UUID> done = new ArrayList<>();
		clusters.each("Test job", cluster -> {
			reached.add(cluster.id());
			if (cluster.id().equals(all.get(0))) {
				throw new IllegalStateException("the first cluster fails");
			}
			done.add(cluster.id());
		});
		assertThat(reached).isEqualTo(all);
		assertThat(done).isEqualTo(all.subList(1, all.size()));
	}

}
