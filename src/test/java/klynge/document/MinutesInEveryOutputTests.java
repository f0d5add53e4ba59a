package klynge.document;

import static klynge.document.SeedMeetings.PARTNERMOTET;
import static klynge.document.SeedMeetings.STAFF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import klynge.KlyngeIntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 11.1: every part of the minutes is in the page, the PDF and the Word file, in the
 * order of the minutes. Sak 02-23 of 27.03.2023 ends with sub-item c's notes "… skal
 * fortsette drøftingen;" and then the referral "Oversendt til Styringsgruppen: …" that
 * was decided there, once.
 */
@KlyngeIntegrationTest
class MinutesInEveryOutputTests {

	static final String NOTES_END = "skal fortsette drøftingen;";

	static final String REFERRAL = "Oversendt til Styringsgruppen: Styringsgruppen bes drøfte";

	@Autowired
	MeetingDocuments documents;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	static final UUID ALREK = UUID.fromString("a1ec0000-0000-4000-8000-000000000001");

	@Test
	void thePdfHasTheReferralAfterTheItemsNotes() throws Exception {
		// the seed minutes are a draft: staff and the body's members read them
		try (var pdf = Loader.loadPDF(documents.minutesPdf(PARTNERMOTET, STAFF))) {
			assertInOrder(oneLine(new PDFTextStripper().getText(pdf)));
		}
	}

	@Test
	void theWordFileHasTheReferralAfterTheItemsNotes() throws Exception {
		try (XWPFDocument doc = new XWPFDocument(
				new ByteArrayInputStream(documents.minutesDocx(PARTNERMOTET, STAFF)))) {
			assertInOrder(oneLine(
					doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"))));
		}
	}

	@Test
	void thePageHasTheReferralOnceWhereItWasDecided() throws Exception {
		String html = mvc.perform(get("/meetings/{id}", PARTNERMOTET).with(httpBasic("medlem", "demo")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertInOrder(oneLine(html.replaceAll("<[^>]+>", " ")));
	}

	/**
	 * A meeting made today: an item with a sub-item whose notes end the discussion, and a
	 * referral from the item; PDF, Word file and page have the referral after the notes,
	 * once.
	 */
	@Test
	void aNewMeetingsReferralIsInEveryOutputAfterTheNotes() throws Exception {
		UUID pm = jdbc.sql(
				"select body_id from body_name where cluster_id = ? and name = 'Partnermøtet' order by valid_from desc limit 1")
			.param(ALREK)
			.query(UUID.class)
			.single();
		UUID meeting = jdbc.sql(
				"insert into meeting (cluster_id, body_id, meeting_date, status) values (?, ?, '2151-03-01', 'HELD') returning id")
			.params(ALREK, pm)
			.query(UUID.class)
			.single();
		UUID item = jdbc
			.sql("""
					insert into agenda_item (cluster_id, meeting_id, body_id, position, case_year, case_seq, type, title, access)
					values (?, ?, ?, 1, 2151, 1, 'INFORMATION', 'Orienteringer', 'PUBLIC') returning id""")
			.params(ALREK, meeting, pm)
			.query(UUID.class)
			.single();
		UUID sub = jdbc.sql("""
				insert into agenda_item (cluster_id, meeting_id, body_id, parent_id, position, type, title, access)
				values (?, ?, ?, ?, 1, 'INFORMATION', 'Drøfting av rollen', 'PUBLIC') returning id""")
			.params(ALREK, meeting, pm, item)
			.query(UUID.class)
			.single();
		mvc.perform(post("/items/" + sub + "/minutes").with(httpBasic("sekretariat", "demo"))
			.with(csrf())
			.param("notes", "Partnermøtet ønsker at Styringsgruppen skal fortsette drøftingen;")
			.param("version", "0")).andExpect(status().is3xxRedirection());
		UUID sg = jdbc.sql(
				"select body_id from body_name where cluster_id = ? and name = 'Styringsgruppen' order by valid_from desc limit 1")
			.param(ALREK)
			.query(UUID.class)
			.single();
		mvc.perform(post("/api/v1/referrals").with(httpBasic("sekretariat", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"fromItemId":"%s","referral":{"toBodyId":"%s","description":"Styringsgruppen bes drøfte saken (oktober 2023).","expectedReturn":"oktober 2023"}}"""
						.formatted(item, sg)))
			.andExpect(status().isCreated());

		String pdfText;
		try (var pdf = Loader.loadPDF(documents.minutesPdf(meeting, STAFF))) {
			pdfText = oneLine(new PDFTextStripper().getText(pdf));
		}
		String docxText;
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(documents.minutesDocx(meeting, STAFF)))) {
			docxText = oneLine(
					doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n")));
		}
		String page = oneLine(mvc.perform(get("/meetings/{id}", meeting).with(httpBasic("sekretariat", "demo")))
			.andReturn()
			.getResponse()
			.getContentAsString()
			.replaceAll("<[^>]+>", " "));
		for (String text : List.of(pdfText, docxText, page)) {
			String section = text.substring(text.indexOf("Sak 01-51"));
			assertThat(section).contains(NOTES_END).contains(REFERRAL);
			assertThat(section.indexOf(REFERRAL)).isGreaterThan(section.indexOf(NOTES_END));
			assertThat(section.split(REFERRAL, -1)).hasSize(2);
			assertThat(section.split("oktober 2023", -1)).hasSize(2);
		}
	}

	/**
	 * From "Sak 02-23" to "Sak 03-23": the notes, then the referral once, "oktober 2023"
	 * once.
	 */
	static void assertInOrder(String text) {
		int item = text.indexOf("Sak 02-23");
		int next = text.indexOf("Sak 03-23", item);
		assertThat(item).isNotNegative();
		assertThat(next).isGreaterThan(item);
		String section = text.substring(item, next);
		assertThat(section).contains(NOTES_END).contains(REFERRAL);
		assertThat(section.indexOf(REFERRAL)).as("the referral follows the notes it was decided in")
			.isGreaterThan(section.indexOf(NOTES_END));
		assertThat(section.split(REFERRAL, -1)).as("the referral once").hasSize(2);
		assertThat(section.split("oktober 2023", -1)).as("'oktober 2023' once").hasSize(2);
	}

	static String oneLine(String text) {
		return text.replace("&nbsp;", " ").replaceAll("\\s+", " ");
	}

}
