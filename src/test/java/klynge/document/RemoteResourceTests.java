package klynge.document;

import static klynge.document.SeedMeetings.ARBEIDSGRUPPEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import klynge.KlyngeIntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Images in minutes never make the server fetch anything (issue 9, finding 5): a local
 * server that counts requests and never answers sees no request while the minutes with a
 * Markdown image pointing at it are downloaded as PDF and Word, by anonymous visitors and
 * staff, and each download is fast.
 */
@KlyngeIntegrationTest
class RemoteResourceTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PdfDocuments pdf;

	HttpServer server;

	final AtomicInteger hits = new AtomicInteger();

	UUID itemMinutes;

	String notesBefore;

	@BeforeEach
	void trap() throws Exception {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/", exchange -> {
			hits.incrementAndGet();
			try {
				Thread.sleep(120_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			exchange.close();
		});
		server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
		server.start();
		itemMinutes = jdbc
			.sql("""
					select im.id from item_minutes im join minutes m on m.cluster_id = im.cluster_id and m.id = im.minutes_id
					where m.meeting_id = ? and im.notes is not null order by im.id limit 1""")
			.param(ARBEIDSGRUPPEN)
			.query(UUID.class)
			.single();
		notesBefore = jdbc.sql("select notes from item_minutes where id = ?")
			.param(itemMinutes)
			.query(String.class)
			.single();
		jdbc.sql("update item_minutes set notes = ? where id = ?")
			.params(notesBefore + "\n\nSe ![Kart over lokalet](" + trapUrl() + "/kart.png) og ![](" + trapUrl()
					+ "/tom.png).\n", itemMinutes)
			.update();
	}

	@AfterEach
	void release() {
		jdbc.sql("update item_minutes set notes = ? where id = ?").params(notesBefore, itemMinutes).update();
		server.stop(0);
	}

	String trapUrl() {
		return "http://127.0.0.1:" + server.getAddress().getPort();
	}

	@Test
	void downloadsOfMinutesWithARemoteImageFetchNothing() throws Exception {
		for (MockHttpServletRequestBuilder request : List.of(get("/meetings/{id}/minutes.pdf", ARBEIDSGRUPPEN),
				get("/meetings/{id}/minutes.docx", ARBEIDSGRUPPEN),
				get("/meetings/{id}/minutes.pdf", ARBEIDSGRUPPEN).with(httpBasic("sekretariat", "demo")),
				get("/meetings/{id}/minutes.docx", ARBEIDSGRUPPEN).with(httpBasic("sekretariat", "demo")))) {
			long start = System.nanoTime();
			byte[] body = mvc.perform(request)
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			// a fetch would wait on the trap for minutes; a cold first rendering on a
			// busy machine takes seconds
			assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds for one download").isLessThan(30_000);
			assertThat(text(body)).as("the image's alt text stays readable").contains("Kart over lokalet");
		}
		assertThat(hits.get()).as("requests the server made to the image's host").isZero();
		String page = mvc.perform(get("/meetings/{id}", ARBEIDSGRUPPEN))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).as("the meeting page links the image instead of showing it")
			.contains("href=\"" + trapUrl() + "/kart.png\">Kart over lokalet</a>")
			.doesNotContain("<img src=\"" + trapUrl());
	}

	@Test
	void theRendererRefusesEveryAddressButDataUris() {
		String html = "<p>Bilde: <img src=\"" + trapUrl()
				+ "/a.png\" alt=\"a\"/> <img src=\"file:///etc/passwd\" alt=\"b\"/>"
				+ " <img src=\"ftp://127.0.0.1/c.png\" alt=\"c\"/></p>";
		MeetingDocument.Item item = new MeetingDocument.Item("Sak 01-99", "sak-01-99", "Tittel", null, null, null,
				List.of(), null, List.of(new MeetingDocument.Html("notes", html)), List.of(), List.of());
		MeetingDocument document = new MeetingDocument(MeetingDocument.Kind.MINUTES, Locale.forLanguageTag("nb"),
				"REFERAT", "Referat", "Klynge", "#005a6e", "#e4f1f4", null, "Logo", "Bergen", null, null, "Mandag",
				"14:00", List.of(), List.of(), null, List.of(item));
		long start = System.nanoTime();
		assertThat(pdf.render(document, "Side", "av")).startsWith("%PDF-".getBytes());
		assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(30_000);
		assertThat(hits.get()).isZero();
	}

	private static String text(byte[] body) throws Exception {
		if (body[0] == '%') {
			try (var document = Loader.loadPDF(body)) {
				return new PDFTextStripper().getText(document);
			}
		}
		try (var document = new XWPFDocument(new ByteArrayInputStream(body));
				var extractor = new XWPFWordExtractor(document)) {
			return extractor.getText();
		}
	}

}
