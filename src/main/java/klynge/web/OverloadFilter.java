package klynge.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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
 * The first filter: bounds how many requests run at once ({@link ConcurrencyLimiter}). A
 * refused request gets 503 with {@code Retry-After: 1} and a tiny body — problem JSON
 * under /api, a short page in the visitor's language otherwise — without touching the
 * session, security or the database. Health probes are never refused.
 * <p>
 * A request body is read before the request takes its place, so clients that send slowly
 * cannot hold the places (the finding was eight slow logins taking the whole site down):
 * bodies up to {@code maxBody} are copied into memory ({@link BufferedRequest}) within
 * {@code bodyTimeout}, else 408 (413 if larger); uploads (multipart) are parsed — spooled
 * to disk by the container — under a small limit of their own, so slow uploads can only
 * keep other uploads waiting.
 */
class OverloadFilter extends OncePerRequestFilter {

	static final String RETRY_AFTER_SECONDS = "1";

	private final ConcurrencyLimiter limiter;

	private final ConcurrencyLimiter uploads;

	private final long maxBody;

	private final long bodyTimeoutNanos;

	private final OverloadStats stats;

	private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

	OverloadFilter(ConcurrencyLimiter limiter) {
		this(limiter, new ConcurrencyLimiter(4, 0, Duration.ZERO), 2 * 1024 * 1024, Duration.ofSeconds(10),
				new OverloadStats());
	}

	OverloadFilter(ConcurrencyLimiter limiter, ConcurrencyLimiter uploads, long maxBody, Duration bodyTimeout,
			OverloadStats stats) {
		this.limiter = limiter;
		this.uploads = uploads;
		this.maxBody = maxBody;
		this.bodyTimeoutNanos = bodyTimeout.toNanos();
		this.stats = stats;
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
		HttpServletRequest admitted = request;
		boolean upload = false;
		if (BufferedRequest.wanted(request)) {
			try {
				admitted = BufferedRequest.read(request, maxBody, bodyTimeoutNanos);
			}
			catch (BufferedRequest.BodyTooLarge tooLarge) {
				answer(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "overload.tooLarge",
						"too-large");
				return;
			}
			catch (IOException slowOrBroken) {
				answer(request, response, HttpServletResponse.SC_REQUEST_TIMEOUT, "overload.slow", "request-timeout");
				return;
			}
		}
		else if (multipart(request)) {
			if (!uploads.tryAcquire()) {
				answer(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "overload", "overloaded");
				return;
			}
			upload = true;
			try {
				// parsed here, before the encoding filter: text parts are UTF-8 (as the
				// pages are), not the container's ISO-8859-1
				if (request.getCharacterEncoding() == null) {
					request.setCharacterEncoding(java.nio.charset.StandardCharsets.UTF_8.name());
				}
				request.getParts();
			}
			catch (IOException | ServletException | IllegalStateException failed) {
				// The container keeps the failure; the multipart handling reports it as
				// before.
			}
		}
		try {
			if (!limiter.tryAcquire()) {
				stats.refused();
				answer(admitted, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "overload", "overloaded");
				return;
			}
			stats.admitted();
			try {
				chain.doFilter(admitted, response);
			}
			finally {
				limiter.release();
			}
		}
		finally {
			if (upload) {
				uploads.release();
			}
		}
	}

	/**
	 * 503 (with Retry-After), 408 or 413 (closing the connection), in the visitor's
	 * language.
	 */
	private void answer(HttpServletRequest request, HttpServletResponse response, int status, String key,
			String problem) throws IOException {
		Locale locale = locale(request);
		String title = messages.getMessage(key + ".title", null, locale);
		String detail = messages.getMessage(key + ".detail", null, locale);
		response.setStatus(status);
		if (status == HttpServletResponse.SC_SERVICE_UNAVAILABLE) {
			response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
		}
		else {
			response.setHeader("Connection", "close");
		}
		response.setHeader("Cache-Control", "no-store");
		String body;
		if (path(request).startsWith("/api/")) {
			response.setContentType("application/problem+json");
			body = "{\"type\":\"urn:klynge:problem:" + problem + "\",\"title\":\"" + json(title) + "\",\"status\":"
					+ status + ",\"detail\":\"" + json(detail) + "\"}";
		}
		else {
			response.setContentType("text/html;charset=UTF-8");
			String lang = locale.getLanguage();
			body = "<!DOCTYPE html><html lang=\"" + lang + "\"><head><meta charset=\"utf-8\"><title>"
					+ HtmlUtils.htmlEscape(title, "UTF-8") + "</title></head><body><main><h1>"
					+ HtmlUtils.htmlEscape(title, "UTF-8") + "</h1><p>" + HtmlUtils.htmlEscape(detail, "UTF-8")
					+ "</p></main></body></html>";
		}
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		response.setContentLength(bytes.length);
		response.getOutputStream().write(bytes);
	}

	/**
	 * ?lang=, then the language cookie, then Accept-Language, else bokmål; never the
	 * database.
	 */
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

	private static boolean multipart(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	private static String json(String text) {
		return text.replace("\\", "\\\\").replace("\"", "\\\"");
	}

}
