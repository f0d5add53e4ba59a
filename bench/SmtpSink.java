// A tiny SMTP sink for bench/crash: `java bench/SmtpSink.java <port> <file>` accepts every message
// (no TLS, no auth) and appends one line per received message to <file>:
// "<Message-ID>\t<recipients>\t<Subject>", flushed at once. No dependencies (JDK 25).

import java.io.BufferedReader;
import java.io.FileWriter;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

public class SmtpSink {

	static PrintWriter out;

	public static void main(String[] args) throws Exception {
		out = new PrintWriter(new FileWriter(args[1], true), true);
		try (ServerSocket server = new ServerSocket(Integer.parseInt(args[0]), 50, InetAddress.getLoopbackAddress())) {
			System.err.println("SMTP sink on " + server.getLocalPort());
			while (true) {
				Socket socket = server.accept();
				Thread.ofVirtual().start(() -> session(socket));
			}
		}
	}

	static void session(Socket socket) {
		try (socket;
				BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
				OutputStream os = socket.getOutputStream()) {
			reply(os, "220 sink ESMTP");
			List<String> recipients = new ArrayList<>();
			String line;
			while ((line = in.readLine()) != null) {
				String command = line.toUpperCase(Locale.ROOT);
				if (command.startsWith("EHLO") || command.startsWith("HELO")) {
					reply(os, "250 sink");
				}
				else if (command.startsWith("MAIL FROM")) {
					recipients.clear();
					reply(os, "250 ok");
				}
				else if (command.startsWith("RCPT TO")) {
					recipients.add(line.substring(line.indexOf(':') + 1).trim());
					reply(os, "250 ok");
				}
				else if (command.equals("DATA")) {
					reply(os, "354 end with <CRLF>.<CRLF>");
					String messageId = "(none)";
					String subject = "";
					boolean headers = true;
					String data;
					while ((data = in.readLine()) != null && !data.equals(".")) {
						if (data.isEmpty()) {
							headers = false;
						}
						String lower = data.toLowerCase(Locale.ROOT);
						if (headers && lower.startsWith("message-id:")) {
							messageId = data.substring(11).trim();
						}
						if (headers && lower.startsWith("subject:")) {
							subject = data.substring(8).trim();
						}
					}
					synchronized (out) {
						out.println(messageId + "\t" + String.join(",", recipients) + "\t" + subject);
					}
					reply(os, "250 queued");
				}
				else if (command.equals("QUIT")) {
					reply(os, "221 bye");
					return;
				}
				else {
					reply(os, "250 ok"); // RSET, NOOP and the rest
				}
			}
		}
		catch (Exception ignored) {
			// the client went away (a killed application): its message, if any, was not accepted
		}
	}

	static void reply(OutputStream os, String text) throws java.io.IOException {
		os.write((text + "\r\n").getBytes(StandardCharsets.US_ASCII));
		os.flush();
	}
}
