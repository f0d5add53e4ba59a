package klynge.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * The first filter: bounds how many requests run at once ({@link ConcurrencyLimiter}). A refused
 * request gets 503 with {@code Retry-After: 1} and a tiny body — problem JSON under /api, a short
 * page in the visitor's language otherwise — without touching the session, security or the
 * database. Health probes are never refused.
 */
class OverloadFilter extends OncePerRequestFilter {

	static final String RETRY_AFTER_SECONDS = "1";

	private final ConcurrencyLimiter limiter;

	private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

	OverloadFilter(ConcurrencyLimiter limiter) {
		this.limiter = limiter;
		messages.setBasename("i18n/overload");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = path(request);
		return path.equals("/actuator/health") || path.startsWith("/actuator/health/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!limiter.tryAcquire()) {
			refuse(request, response);
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			limiter.release();
		}
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
		Locale locale = locale(request);
		String title = messages.getMessage("overload.title", null, locale);
		String detail = messages.getMessage("overload.detail", null, locale);
		response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
		response.setHeader("Cache-Control", "no-store");
		String body;
		if (path(request).startsWith("/api/")) {
			response.setContentType("application/problem+json");
			body = "{\"type\":\"urn:klynge:problem:overloaded\",\"title\":\"" + json(title)
					+ "\",\"status\":503,\"detail\":\"" + json(detail) + "\"}";
		}
		else {
			response.setContentType("text/html;charset=UTF-8");
			String lang = locale.getLanguage();
			body = "<!DOCTYPE html><html lang=\"" + lang + "\"><head><meta charset=\"utf-8\"><title>"
					+ HtmlUtils.htmlEscape(title, "UTF-8") + "</title></head><body><main><h1>" + HtmlUtils.htmlEscape(title, "UTF-8")
					+ "</h1><p>" + HtmlUtils.htmlEscape(detail, "UTF-8") + "</p></main></body></html>";
		}
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		response.setContentLength(bytes.length);
		response.getOutputStream().write(bytes);
	}

	/** ?lang=, then the language cookie, then Accept-Language, else bokmål; never the database. */
	static Locale locale(HttpServletRequest request) {
		String lang = request.getParameter("lang");
		if (lang == null && request.getCookies() != null) {
			for (Cookie cookie : request.getCookies()) {
				if ("klynge-lang".equals(cookie.getName())) {
					lang = cookie.getValue();
				}
			}
		}
		if (lang == null) {
			String accept = request.getHeader("Accept-Language");
			lang = accept == null ? "nb" : accept;
		}
		String language = lang.trim().toLowerCase(Locale.ROOT);
		if (language.startsWith("nn")) {
			return Locale.forLanguageTag("nn");
		}
		if (language.startsWith("en")) {
			return Locale.ENGLISH;
		}
		return WebConfiguration.BOKMAL;
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	private static String json(String text) {
		return text.replace("\\", "\\\\").replace("\"", "\\\"");
	}
}
