package klynge.cluster;

import java.util.Set;
import java.util.UUID;

/**
 * What a module has entered for a cluster, as kinds ("organisations", "people",
 * "bodies"), so the start page can tell a fresh cluster what to enter first without
 * depending on those modules. Implemented by the registry modules.
 */
public interface ClusterContent {

	/** The kinds this module has at least one of in the cluster. */
	Set<String> kindsPresent(UUID clusterId);

}
