package klynge.search;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import klynge.cluster.CurrentCluster;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A successful write (POST, PUT, PATCH, DELETE) in a cluster marks its index for a
 * rebuild a few seconds later: every module's writes come through requests, so no module
 * needs to tell search what changed, and a burst of edits costs one rebuild.
 */
@Configuration
class IndexAfterWrites implements WebMvcConfigurer, HandlerInterceptor {

	private final SearchIndex index;

	private final CurrentCluster cluster;

	IndexAfterWrites(SearchIndex index, CurrentCluster cluster) {
		this.index = index;
		this.cluster = cluster;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		String method = request.getMethod();
		boolean write = !method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS");
		if (write && ex == null && response.getStatus() < 400) {
			try {
				index.markStale(cluster.id());
			}
			catch (RuntimeException noCluster) {
				// before the first cluster exists (setup) there is nothing to index
			}
		}
	}

}
