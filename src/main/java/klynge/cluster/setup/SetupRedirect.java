package klynge.cluster.setup;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Before first-run setup every page leads to the setup page instead of failing for want
 * of a cluster (login included): HTML is redirected to {@code /setup}, the JSON API
 * answers 503 with a problem. Static files, health probes, the version
 * ({@code /actuator/info}) and the error page pass. Runs before Spring Security, so
 * nobody is asked to log in to an installation without accounts. After setup it only
 * reads a flag.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class SetupRedirect extends OncePerRequestFilter {

	private static final List<String> PASSING = List.of("/setup", "/css/", "/js/", "/vendor/", "/webjars/",
			"/favicon.ico", "/actuator/health", "/actuator/info", "/error");

	private final FirstRun firstRun;

	SetupRedirect(FirstRun firstRun) {
		this.firstRun = firstRun;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (PASSING.stream().anyMatch(path::startsWith) || !firstRun.needed()) {
			chain.doFilter(request, response);
			return;
		}
		if (path.startsWith("/api/")) {
			response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.getWriter().write("""
					{"type":"urn:klynge:problem:setup-required","title":"Klynge is not set up yet",\
					"status":503,"detail":"Open /setup with the setup code from the log."}""");
			return;
		}
		response.sendRedirect(request.getContextPath() + "/setup");
	}

}
