package klynge.notification;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import klynge.cluster.ClusterMember;
import klynge.cluster.CurrentCluster;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Runs work for one cluster as "the system": listeners, scheduled jobs and token feeds have no
 * logged-in user. Other modules then scope their queries to this cluster, and since the principal
 * is no account, meetings are seen as the public sees them ({@code Viewer.ANONYMOUS}): nothing
 * exempt or members-only ends up in a calendar file.
 */
final class ClusterContext {

	private static final String CACHED_CLUSTER = CurrentCluster.class.getName();

	private ClusterContext() {
	}

	record SystemPrincipal(UUID clusterId) implements ClusterMember {

		@Override
		public String toString() {
			return "system:notification";
		}
	}

	static <T> T as(UUID clusterId, Supplier<T> work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(new SystemPrincipal(clusterId), null,
				List.of()));
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		Object cached = request == null ? null : request.getAttribute(CACHED_CLUSTER, RequestAttributes.SCOPE_REQUEST);
		if (request != null) {
			request.removeAttribute(CACHED_CLUSTER, RequestAttributes.SCOPE_REQUEST);
		}
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
			if (request != null) {
				request.removeAttribute(CACHED_CLUSTER, RequestAttributes.SCOPE_REQUEST);
				if (cached != null) {
					request.setAttribute(CACHED_CLUSTER, cached, RequestAttributes.SCOPE_REQUEST);
				}
			}
		}
	}

	static void run(UUID clusterId, Runnable work) {
		as(clusterId, () -> {
			work.run();
			return null;
		});
	}
}
