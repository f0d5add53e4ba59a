package klynge.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Clients that send their form slowly (here a POST /login trickling one byte at a time,
 * as in the finding) must not hold the places of the overload limit: with twice as many
 * of them as there are places, pages are still served, and each slow client is cut off
 * once its body is overdue. A real server on a socket: the slowness has to happen on the
 * wire.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "klynge.overload.max-concurrent=2",
		"klynge.overload.queue=2", "klynge.overload.body-timeout=3s", "server.tomcat.connection-timeout=3s" })
class SlowClientTests {

	static final int SLOW_CLIENTS = 4;

	@LocalServerPort
	int port;

	@Autowired
	HealthEndpointGroups healthGroups;

	final List<Socket> sockets = new CopyOnWriteArrayList<>();

	/**
	 * Counts the slow clients that have sent their headers and the first byte of their
	 * body.
	 */
	final CountDownLatch trickling = new CountDownLatch(SLOW_CLIENTS);

	final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@Test
	void pagesAreServedWhileTwiceAsManySlowClientsAsPlacesTrickleTheirLogins() throws Exception {
		http.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.discarding()); // warm
		try (ExecutorService slow = Executors.newVirtualThreadPerTaskExecutor()) {
			List<Future<String>> answers = new ArrayList<>();
			for (int i = 0; i < SLOW_CLIENTS; i++) {
				answers.add(slow.submit(this::trickleALogin));
			}
			try {
				servesPagesAndCutsTheSlowClientsOff(answers);
			}
			finally {
				for (Socket socket : sockets) {
					socket.close(); // so a failure does not wait for the whole trickle
				}
			}
		}
	}

	private void servesPagesAndCutsTheSlowClientsOff(List<Future<String>> answers) throws Exception {
		{
			assertThat(trickling.await(30, TimeUnit.SECONDS)).as("every slow client connected and sending").isTrue();

			long slowest = 0;
			for (int i = 0; i < 20; i++) {
				long start = System.nanoTime();
				HttpResponse<String> page = http.send(
						HttpRequest.newBuilder(uri("/login")).timeout(Duration.ofSeconds(2)).build(),
						HttpResponse.BodyHandlers.ofString());
				slowest = Math.max(slowest, System.nanoTime() - start);
				assertThat(page.statusCode()).as("page %d while slow clients hold their connections", i).isEqualTo(200);
				Thread.sleep(50);
			}
			assertThat(Duration.ofNanos(slowest)).isLessThan(Duration.ofSeconds(2));
			HttpResponse<String> readiness = http.send(
					HttpRequest.newBuilder(uri("/actuator/health/readiness")).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(readiness.statusCode()).isEqualTo(200);

			for (Future<String> answer : answers) {
				assertThat(answer.get(15, TimeUnit.SECONDS)).as("the slow client is cut off")
					.matches("(?s)(HTTP/1.1 408.*|closed)");
			}
		}
	}

	@Test
	void aFormAndAJsonBodyStillArriveWhole() throws Exception {
		String cookie;
		String csrf;
		HttpResponse<String> form = http.send(HttpRequest.newBuilder(uri("/login")).build(),
				HttpResponse.BodyHandlers.ofString());
		cookie = form.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
		Matcher token = Pattern.compile("name=\"_csrf\" (?:type=\"hidden\" )?value=\"([^\"]+)\"").matcher(form.body());
		if (!token.find()) {
			token = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(form.body());
			assertThat(token.find()).as("a CSRF token on the login page").isTrue();
		}
		csrf = token.group(1);
		HttpResponse<String> login = http.send(HttpRequest.newBuilder(uri("/login?lang=nb"))
			.header("Cookie", cookie)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=medlem&password=demo&_csrf=" + csrf))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("/login");

		String basic = "Basic "
				+ Base64.getEncoder().encodeToString("sekretariat:demo".getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> created = http.send(HttpRequest.newBuilder(uri("/api/v1/organisations"))
			.header("Authorization", basic)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Sakte Tråd AS\",\"type\":\"COMPANY\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
	}

	@Test
	void theOverloadIndicatorIsPartOfReadiness() {
		assertThat(healthGroups.get("readiness").isMember("overload")).isTrue();
		assertThat(healthGroups.get("liveness").isMember("overload")).isFalse();
	}

	/**
	 * Sends the headers of a login, then its body a byte every half second; returns what
	 * the server answered.
	 */
	private String trickleALogin() throws IOException, InterruptedException {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			sockets.add(socket);
			socket.setSoTimeout(15_000);
			OutputStream out = socket.getOutputStream();
			out.write(("POST /login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
					+ "Content-Length: 200\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			byte[] body = ("username=medlem&password=" + "x".repeat(200)).getBytes(StandardCharsets.US_ASCII);
			InputStream in = socket.getInputStream();
			for (int i = 0; i < 200; i++) {
				try {
					out.write(body[i]);
					out.flush();
				}
				catch (IOException closed) {
					break; // the server has answered and closed
				}
				finally {
					if (i == 0) {
						trickling.countDown();
					}
				}
				if (in.available() > 0) {
					break;
				}
				Thread.sleep(500);
			}
			byte[] answer = in.readNBytes(64);
			return answer.length == 0 ? "closed" : new String(answer, StandardCharsets.ISO_8859_1);
		}
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

}
