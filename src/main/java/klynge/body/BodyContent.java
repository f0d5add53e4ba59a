package klynge.body;

import java.util.Set;
import java.util.UUID;

import klynge.cluster.ClusterContent;
import org.springframework.stereotype.Component;

/** Whether the cluster has bodies yet (for the start page of a fresh cluster). */
@Component
class BodyContent implements ClusterContent {

	private final BodyDirectory directory;

	BodyContent(BodyDirectory directory) {
		this.directory = directory;
	}

	@Override
	public Set<String> kindsPresent(UUID clusterId) {
		return directory.bodies(clusterId).isEmpty() ? Set.of() : Set.of("bodies");
	}

}
