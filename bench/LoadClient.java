// A small load client for the gates in bench/: run with `java bench/LoadClient.java <mode> ...`
// (JDK 25, no dependencies). Every request is classified as 2xx, 503-with-Retry-After, or other
// (any other status, a 503 without Retry-After, a timeout or a connection error).
//
//   saturate <base> <write|page|mix> <seconds-per-step> <max-connections> <ids-file>
//       closed loop with 1, 2, 4, ... connections; prints one STEP line per step and
//       "SATURATION <best 2xx/s> <connections>" (throughput stops rising: < 5 % better twice).
//   overload <base> <write|page|mix> <requests/s> <seconds> <ids-file>
//       open loop at a fixed offered rate; prints one RESULT line.
//   invites <base> <count> <ids-file>
//       invites <count> new accounts as "admin" (each mails an invitation); "account <uuid>" lines.
//   slowclients <base> <slow-clients> <seconds> <bound-ms>
//       <slow-clients> raw connections that send the headers of POST /login and then its body one
//       byte every half second (reconnecting when the server cuts them off), while one normal client
//       asks for the login page every 100 ms; prints one SLOW line. Loopback only.
//   writes <base> <seconds> <ids-file> [stop-file]
//       one write after the other until the time is up or stop-file exists, riding out a dead
//       server (crash gate).
//
// Writes are POST /api/v1/people (and every fifth POST /api/v1/organisations) as "sekretariat"
// with HTTP Basic; the id of every acknowledged (2xx) write is appended, flushed, to <ids-file>
// as "person <uuid>" or "organisation <uuid>", the moment the response has arrived.
// The page is the seed Partnermøtet meeting, anonymous.

import java.io.FileWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

public class LoadClient {

	static final String MEETING = "/meetings/" + uuidOfMd5("meeting:pm-2023-03-27");

	static final String AUTH = "Basic " + Base64.getEncoder().encodeToString("sekretariat:demo".getBytes());

	static final HttpClient HTTP = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.executor(Executors.newVirtualThreadPerTaskExecutor())
		.build();

	/** A request without an answer in this time counts as failed (BENCH_TIMEOUT_SECONDS, default 30). */
	static final Duration TIMEOUT = Duration.ofSeconds(Long.parseLong(
			System.getenv().getOrDefault("BENCH_TIMEOUT_SECONDS", "30")));

	static final AtomicLong SEQUENCE = new AtomicLong(ThreadLocalRandom.current().nextLong(0, 200_000_000L));

	static URI base;

	static PrintWriter ids;

	public static void main(String[] args) throws Exception {
		base = URI.create(args[1]);
		switch (args[0]) {
			case "saturate" -> saturate(args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]), args[5]);
			case "overload" -> overload(args[2], Double.parseDouble(args[3]), Integer.parseInt(args[4]), args[5]);
			case "writes" -> writes(Integer.parseInt(args[2]), args[3], args.length > 4 ? args[4] : null);
			case "invites" -> invites(Integer.parseInt(args[2]), args[3]);
			case "slowclients" -> slowClients(Integer.parseInt(args[2]), Integer.parseInt(args[3]), Long.parseLong(args[4]));
			default -> throw new IllegalArgumentException("mode: saturate | overload | writes");
		}
		System.exit(0);
	}

	/** Counts of one run. */
	static final class Counts {
		final LongAdder ok = new LongAdder(), refused = new LongAdder(), other = new LongAdder(),
				errors = new LongAdder(), acked = new LongAdder(), sent = new LongAdder();
		final List<String> samples = new ArrayList<>();

		void sample(String what) {
			synchronized (samples) {
				if (samples.size() < 5) {
					samples.add(what);
				}
			}
		}
	}

	static void saturate(String kind, int seconds, int maxConnections, String idsFile) throws Exception {
		ids = new PrintWriter(new FileWriter(idsFile, true), true);
		double best = 0;
		int bestConnections = 0;
		int notBetter = 0;
		for (int connections = 1; connections <= maxConnections; connections *= 2) {
			Counts counts = new Counts();
			AtomicBoolean running = new AtomicBoolean(true);
			long start = System.nanoTime();
			try (ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor()) {
				for (int i = 0; i < connections; i++) {
					workers.submit(() -> {
						while (running.get()) {
							call(kind, counts);
						}
						return null;
					});
				}
				Thread.sleep(seconds * 1000L);
				running.set(false);
			}
			double elapsed = (System.nanoTime() - start) / 1e9;
			double rate = counts.ok.sum() / elapsed;
			System.out.printf(Locale.ROOT, "STEP kind=%s connections=%d ok_per_s=%.1f ok=%d s503=%d other=%d%s%n", kind,
					connections, rate, counts.ok.sum(), counts.refused.sum(), counts.other.sum() + counts.errors.sum(),
					counts.samples.isEmpty() ? "" : " samples=" + counts.samples);
			if (rate > best * 1.05) {
				best = rate;
				bestConnections = connections;
				notBetter = 0;
			}
			else {
				best = Math.max(best, rate);
				if (++notBetter >= 2) {
					break;
				}
			}
		}
		System.out.printf(Locale.ROOT, "SATURATION %.1f %d%n", best, bestConnections);
	}

	static void overload(String kind, double rate, int seconds, String idsFile) throws Exception {
		ids = new PrintWriter(new FileWriter(idsFile, true), true);
		Counts counts = new Counts();
		long interval = (long) (1e9 / rate);
		long start = System.nanoTime();
		long end = start + seconds * 1_000_000_000L;
		long dropped = 0;
		AtomicLong inFlight = new AtomicLong();
		try (ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor()) {
			for (long n = 0;; n++) {
				long due = start + n * interval;
				if (due >= end) {
					break;
				}
				long wait = due - System.nanoTime();
				if (wait > 0) {
					java.util.concurrent.locks.LockSupport.parkNanos(wait);
				}
				if (inFlight.get() >= 4_000) {
					dropped++; // the client cannot keep up: reported, never counted as served
					continue;
				}
				inFlight.incrementAndGet();
				workers.submit(() -> {
					try {
						call(kind, counts);
					}
					finally {
						inFlight.decrementAndGet();
					}
				});
			}
		}
		double elapsed = (System.nanoTime() - start) / 1e9;
		System.out.printf(Locale.ROOT,
				"RESULT kind=%s offered_per_s=%.1f achieved_per_s=%.1f sent=%d ok=%d s503=%d other=%d errors=%d acked_writes=%d client_dropped=%d seconds=%.1f%s%n",
				kind, rate, counts.ok.sum() / elapsed, counts.sent.sum(), counts.ok.sum(), counts.refused.sum(),
				counts.other.sum(), counts.errors.sum(), counts.acked.sum(), dropped, elapsed,
				counts.samples.isEmpty() ? "" : " samples=" + counts.samples);
	}

	static void slowClients(int slow, int seconds, long boundMillis) throws Exception {
		String host = base.getHost();
		if (!host.equals("127.0.0.1") && !host.equals("localhost") && !host.equals("::1")) {
			throw new IllegalArgumentException("slowclients only against loopback, not " + host);
		}
		int port = base.getPort();
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		LongAdder connections = new LongAdder(), cutOff = new LongAdder();
		try (ExecutorService tricklers = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int i = 0; i < slow; i++) {
				tricklers.submit(() -> {
					while (System.nanoTime() < end) {
						connections.increment();
						if (trickleOneLogin(host, port, end)) {
							cutOff.increment();
						}
					}
					return null;
				});
			}
			Thread.sleep(1000); // every slow client connected and sending
			long pages = 0, ok = 0, slowest = 0;
			List<String> samples = new ArrayList<>();
			while (System.nanoTime() < end) {
				long start = System.nanoTime();
				pages++;
				try {
					HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(base.resolve("/login"))
						.timeout(Duration.ofMillis(boundMillis * 5)).GET().build(), HttpResponse.BodyHandlers.ofString());
					if (page.statusCode() == 200) {
						ok++;
					}
					else if (samples.size() < 5) {
						samples.add(Integer.toString(page.statusCode()));
					}
				}
				catch (IOException error) {
					if (samples.size() < 5) {
						samples.add(error.getClass().getSimpleName());
					}
				}
				slowest = Math.max(slowest, (System.nanoTime() - start) / 1_000_000);
				Thread.sleep(100);
			}
			System.out.printf(Locale.ROOT,
					"SLOW slow_clients=%d seconds=%d pages=%d ok=%d max_ms=%d bound_ms=%d slow_connections=%d cut_off=%d%s%n",
					slow, seconds, pages, ok, slowest, boundMillis, connections.sum(), cutOff.sum(),
					samples.isEmpty() ? "" : " samples=" + samples);
		}
	}

	/** One slow login until the deadline; true if the server answered or closed first. */
	static boolean trickleOneLogin(String host, int port, long end) {
		try (java.net.Socket socket = new java.net.Socket(host, port)) {
			socket.setSoTimeout(1);
			var out = socket.getOutputStream();
			out.write(("POST /login HTTP/1.1\r\nHost: " + host + "\r\nContent-Type: application/x-www-form-urlencoded\r\n"
					+ "Content-Length: 100000\r\n\r\nusername=medlem&password=").getBytes(StandardCharsets.US_ASCII));
			out.flush();
			while (System.nanoTime() < end) {
				out.write('x');
				out.flush();
				try {
					socket.getInputStream().read();
					return true; // an answer (408) or the end of the stream
				}
				catch (java.net.SocketTimeoutException nothingYet) {
					// still sending
				}
				Thread.sleep(500);
			}
			return false;
		}
		catch (IOException cut) {
			return true;
		}
		catch (InterruptedException stop) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	static void writes(int seconds, String idsFile, String stopFile) throws Exception {
		ids = new PrintWriter(new FileWriter(idsFile, true), true);
		Counts counts = new Counts();
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		while (System.nanoTime() < end && (stopFile == null || !java.nio.file.Files.exists(java.nio.file.Path.of(stopFile)))) {
			long errorsBefore = counts.errors.sum() + counts.other.sum() + counts.refused.sum();
			call("write", counts);
			if (counts.errors.sum() + counts.other.sum() + counts.refused.sum() > errorsBefore) {
				Thread.sleep(100); // server down or restarting: try again shortly
			}
		}
		System.out.printf(Locale.ROOT, "WRITES sent=%d acked=%d s503=%d other=%d errors=%d%s%n", counts.sent.sum(),
				counts.acked.sum(), counts.refused.sum(), counts.other.sum(), counts.errors.sum(),
				counts.samples.isEmpty() ? "" : " samples=" + counts.samples);
	}

	static void invites(int count, String idsFile) throws Exception {
		ids = new PrintWriter(new FileWriter(idsFile, true), true);
		String admin = "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes());
		int acked = 0;
		for (int i = 0; i < count; i++) {
			long n = SEQUENCE.incrementAndGet();
			HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/v1/accounts"))
				.timeout(TIMEOUT)
				.header("Authorization", admin)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(
						"{\"email\":\"invite" + n + "@example.org\",\"username\":\"invite" + n + "\",\"language\":\"nb\"}"))
				.build();
			try {
				HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
				String location = response.headers().firstValue("Location").orElse("");
				if (response.statusCode() / 100 == 2 && location.length() >= 36) {
					acked++;
					ids.println("account " + location.substring(location.lastIndexOf('/') + 1));
				}
				else {
					System.err.println("invitation: " + response.statusCode() + " " + response.body());
				}
			}
			catch (IOException error) {
				System.err.println("invitation: " + error);
			}
		}
		System.out.printf(Locale.ROOT, "INVITES sent=%d acked=%d%n", count, acked);
	}

	/** One request of the kind ("mix": half writes, half meeting pages), classified into counts. */
	static void call(String kind, Counts counts) {
		boolean write = switch (kind) {
			case "write" -> true;
			case "page" -> false;
			default -> ThreadLocalRandom.current().nextBoolean();
		};
		String table = null;
		HttpRequest request;
		if (write) {
			long n = SEQUENCE.incrementAndGet();
			table = n % 5 == 0 ? "organisation" : "person";
			String body = table.equals("person")
					? "{\"name\":\"Last Test " + n + "\",\"code\":\"" + code(n) + "\",\"email\":\"l" + n
							+ "@example.org\"}"
					: "{\"name\":\"Lasttest AS " + n + "\",\"type\":\"COMPANY\"}";
			request = HttpRequest.newBuilder(base.resolve(table.equals("person") ? "/api/v1/people" : "/api/v1/organisations"))
				.timeout(TIMEOUT)
				.header("Authorization", AUTH)
				.header("Content-Type", "application/json")
				.header("Accept", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build();
		}
		else {
			request = HttpRequest.newBuilder(base.resolve(MEETING)).timeout(TIMEOUT).GET().build();
		}
		counts.sent.increment();
		HttpResponse<String> response;
		try {
			response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException | InterruptedException error) {
			counts.errors.increment();
			counts.sample(error.getClass().getSimpleName() + ": " + error.getMessage());
			return;
		}
		int status = response.statusCode();
		if (status >= 200 && status < 300) {
			counts.ok.increment();
			if (write) {
				String location = response.headers().firstValue("Location").orElse("");
				String id = location.substring(location.lastIndexOf('/') + 1);
				if (id.length() != 36) {
					counts.other.increment();
					counts.sample("2xx write without an id in Location: " + location);
					return;
				}
				counts.acked.increment();
				synchronized (ids) {
					ids.println(table + " " + id);
				}
			}
		}
		else if (status == 503 && response.headers().firstValue("Retry-After").isPresent()) {
			counts.refused.increment();
		}
		else {
			counts.other.increment();
			counts.sample(status + " " + request.method() + " " + request.uri().getPath() + " "
					+ response.body().substring(0, Math.min(120, response.body().length())).replace('\n', ' '));
		}
	}

	/** A unique six-letter initials code per number (the codes are [A-ZÆØÅ]{2,6}). */
	static String code(long n) {
		char[] letters = new char[6];
		for (int i = 5; i >= 0; i--) {
			letters[i] = (char) ('A' + (n % 26));
			n /= 26;
		}
		return new String(letters);
	}

	static String uuidOfMd5(String text) {
		try {
			byte[] md5 = java.security.MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
			String hex = java.util.HexFormat.of().formatHex(md5);
			return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
					+ hex.substring(16, 20) + "-" + hex.substring(20);
		}
		catch (java.security.NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}
}
