package klynge.cluster;

import java.util.UUID;

/**
 * Implemented by the logged-in principal, so the cluster of a request follows the
 * account.
 */
public interface ClusterMember {

	UUID clusterId();

}
