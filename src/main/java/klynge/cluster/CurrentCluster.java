package klynge.cluster;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The cluster the current work is for: the cluster bound by {@link ClusterScope} (jobs,
 * listeners, background imports), otherwise the logged-in account's cluster, otherwise
 * the cluster mapped to the request's host name, otherwise the configured default (or the
 * first cluster set up, see {@link Clusters#byDefault}). Before first-run setup there is
 * none ({@code setup.SetupRedirect} sends every page to the setup page). Queries of every
 * module filter on {@link #id()}, so one cluster never sees another's rows.
 */
@Component
public class CurrentCluster {

	private static final String ATTRIBUTE = CurrentCluster.class.getName();

	private final Clusters clusters;

	private final ClusterProperties properties;

	CurrentCluster(Clusters clusters, ClusterProperties properties) {
		this.clusters = clusters;
		this.properties = properties;
	}

	public UUID id() {
		return get().id();
	}

	public Cluster get() {
		var scoped = ClusterScope.current();
		if (scoped.isPresent()) {
			return clusters.get(scoped.get().clusterId());
		}
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes != null) {
			Object cached = attributes.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
			if (cached instanceof Cluster cluster) {
				return cluster;
			}
		}
		Cluster cluster = resolve(attributes);
		if (attributes != null) {
			attributes.setAttribute(ATTRIBUTE, cluster, RequestAttributes.SCOPE_REQUEST);
		}
		return cluster;
	}

	private Cluster resolve(RequestAttributes attributes) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof ClusterMember member) {
			return clusters.get(member.clusterId());
		}
		if (attributes instanceof ServletRequestAttributes servlet) {
			HttpServletRequest request = servlet.getRequest();
			return clusters.byHostNameOrShortName(request.getServerName(), properties.defaultShortName())
				.or(() -> clusters.byDefault(properties.defaultShortName()))
				.orElseThrow(() -> new ClusterNotFoundException(properties.defaultShortName()));
		}
		return clusters.byDefault(properties.defaultShortName())
			.orElseThrow(() -> new ClusterNotFoundException(properties.defaultShortName()));
	}

}
