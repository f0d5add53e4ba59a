package klynge.web;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A request whose body has been read completely, into memory, before it takes a place
 * under the overload limit ({@link OverloadFilter}): so a client that sends its body
 * slowly holds a connection, never one of the few places. Form parameters are parsed from
 * the copy, after those of the query string (as the servlet container orders them).
 */
final class BufferedRequest extends HttpServletRequestWrapper {

	/** Why a body could not be read. */
	static final class BodyTooSlow extends IOException {

		BodyTooSlow() {
			super("request body not complete in time", null);
		}

	}

	static final class BodyTooLarge extends IOException {

		BodyTooLarge() {
			super("request body too large", null);
		}

	}

	private final byte[] body;

	private Map<String, String[]> parameters;

	private BufferedRequest(HttpServletRequest request, byte[] body) {
		super(request);
		this.body = body;
	}

	/**
	 * True for a body we copy: any but multipart (uploads are parsed, and spooled, by the
	 * container).
	 */
	static boolean wanted(HttpServletRequest request) {
		boolean hasBody = request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
		String type = request.getContentType();
		return hasBody && (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/"));
	}

	/**
	 * Reads the body, failing once it is larger than {@code maxBytes} or has taken longer
	 * than {@code maxNanos} (checked after each read; a read that gets nothing at all
	 * ends with the connector's connection-timeout).
	 */
	static BufferedRequest read(HttpServletRequest request, long maxBytes, long maxNanos) throws IOException {
		long declared = request.getContentLengthLong();
		if (declared > maxBytes) {
			throw new BodyTooLarge();
		}
		long deadline = System.nanoTime() + maxNanos;
		ByteArrayOutputStream copy = new ByteArrayOutputStream(declared > 0 ? (int) declared : 1024);
		byte[] chunk = new byte[8192];
		InputStream in = request.getInputStream();
		for (int n; (n = in.read(chunk)) != -1;) {
			copy.write(chunk, 0, n);
			if (copy.size() > maxBytes) {
				throw new BodyTooLarge();
			}
			if (System.nanoTime() - deadline > 0) {
				throw new BodyTooSlow();
			}
		}
		return new BufferedRequest(request, copy.toByteArray());
	}

	@Override
	public ServletInputStream getInputStream() {
		ByteArrayInputStream in = new ByteArrayInputStream(body);
		return new ServletInputStream() {
			@Override
			public int read() {
				return in.read();
			}

			@Override
			public int read(byte[] b, int off, int len) {
				return in.read(b, off, len);
			}

			@Override
			public boolean isFinished() {
				return in.available() == 0;
			}

			@Override
			public boolean isReady() {
				return true;
			}

			@Override
			public void setReadListener(ReadListener listener) {
				throw new UnsupportedOperationException("the body is already read");
			}
		};
	}

	@Override
	public BufferedReader getReader() {
		return new BufferedReader(new InputStreamReader(getInputStream(), charset()));
	}

	@Override
	public int getContentLength() {
		return body.length;
	}

	@Override
	public long getContentLengthLong() {
		return body.length;
	}

	@Override
	public String getParameter(String name) {
		String[] values = parameters().get(name);
		return values == null ? null : values[0];
	}

	@Override
	public Map<String, String[]> getParameterMap() {
		return parameters();
	}

	@Override
	public Enumeration<String> getParameterNames() {
		return Collections.enumeration(parameters().keySet());
	}

	@Override
	public String[] getParameterValues(String name) {
		String[] values = parameters().get(name);
		return values == null ? null : values.clone();
	}

	/**
	 * Parsed on first use, so a character encoding set by a later filter still counts.
	 */
	private synchronized Map<String, String[]> parameters() {
		if (parameters == null) {
			// The container, having seen the body read as a stream, parses only the query
			// string.
			Map<String, List<String>> all = new LinkedHashMap<>();
			super.getParameterMap().forEach((name, values) -> all.put(name, new ArrayList<>(List.of(values))));
			// Body parameters of POST only, as the container does (FormContentFilter
			// handles PUT and PATCH).
			String type = getContentType();
			if ("POST".equals(getMethod()) && type != null
					&& type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
				parse(new String(body, StandardCharsets.ISO_8859_1), charset(), all);
			}
			Map<String, String[]> result = new LinkedHashMap<>();
			all.forEach((name, values) -> result.put(name, values.toArray(String[]::new)));
			parameters = Collections.unmodifiableMap(result);
		}
		return parameters;
	}

	private Charset charset() {
		String encoding = getCharacterEncoding();
		try {
			return encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
		}
		catch (IllegalArgumentException unknown) {
			return StandardCharsets.UTF_8;
		}
	}

	/**
	 * {@code a=1&b=2}: the bytes are carried in ISO-8859-1 so percent-decoding can use
	 * the real charset.
	 */
	private static void parse(String text, Charset charset, Map<String, List<String>> into) {
		if (text == null || text.isEmpty()) {
			return;
		}
		for (String pair : text.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int equals = pair.indexOf('=');
			String name = decode(equals < 0 ? pair : pair.substring(0, equals), charset);
			String value = equals < 0 ? "" : decode(pair.substring(equals + 1), charset);
			into.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
		}
	}

	private static String decode(String text, Charset charset) {
		try {
			String raw = new String(text.getBytes(StandardCharsets.ISO_8859_1), charset);
			return URLDecoder.decode(raw, charset);
		}
		catch (IllegalArgumentException malformed) {
			return text; // a broken %-escape: keep it as it came, like a lenient
							// container
		}
	}

}
