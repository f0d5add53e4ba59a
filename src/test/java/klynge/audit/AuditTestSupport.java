package klynge.audit;

import java.util.List;
import java.util.UUID;

import klynge.cluster.ClusterSettings;
import klynge.cluster.Clusters;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Writes to the log on behalf of a named actor, the way a request would, and undoes the
 * change.
 */
final class AuditTestSupport {

	static final UUID ALREK = UUID.fromString("a1ec0000-0000-4000-8000-000000000001");

	static final UUID NORD = UUID.fromString("40d00000-0000-4000-8000-000000000002");

	private AuditTestSupport() {
	}

	/**
	 * Changes the cluster's secondary colour as {@code actor} and sets it back (as
	 * "system").
	 */
	static void changeSecondaryColourAs(Clusters clusters, UUID clusterId, String actor, String colour) {
		ClusterSettings original = ClusterSettings.of(clusters.get(clusterId));
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(actor, null, List.of()));
		try {
			clusters.update(clusterId, new ClusterSettings(original.name(), original.primaryColour(), colour,
					original.defaultLanguage(), original.version()));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		clusters.update(clusterId, new ClusterSettings(original.name(), original.primaryColour(),
				original.secondaryColour(), original.defaultLanguage(), original.version() + 1));
	}

}
