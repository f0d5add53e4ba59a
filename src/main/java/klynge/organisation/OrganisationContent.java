package klynge.organisation;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import klynge.cluster.ClusterContent;
import org.springframework.stereotype.Component;

/**
 * Whether the cluster has organisations and people yet (for the start page of a fresh
 * cluster).
 */
@Component
class OrganisationContent implements ClusterContent {

	private final OrganisationDirectory directory;

	OrganisationContent(OrganisationDirectory directory) {
		this.directory = directory;
	}

	@Override
	public Set<String> kindsPresent(UUID clusterId) {
		Set<String> kinds = new HashSet<>();
		if (!directory.organisations(clusterId).isEmpty()) {
			kinds.add("organisations");
		}
		if (!directory.people(clusterId).isEmpty()) {
			kinds.add("people");
		}
		return kinds;
	}

}
