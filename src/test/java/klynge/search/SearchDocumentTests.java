package klynge.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import klynge.KlyngeIntegrationTest;
import klynge.shared.TestYears;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Documents are found by the text inside an uploaded PDF or DOCX, and keep their item's
 * access: an attachment of a members-only item is found by the body's members, not the
 * public.
 */
@KlyngeIntegrationTest
class SearchDocumentTests {

	static final UUID ALREK = UUID.fromString("a1ec0000-0000-4000-8000-000000000001");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SearchIndex index;

	@Test
	void pdfAndDocxTextIsFoundWithTheItemsAccess() throws Exception {
		LocalDate day = TestYears.uniqueDay();
		PlannedMeeting planned = PlannedMeeting.of(jdbc, day);
		UUID body = planned.body();
		UUID meeting = planned.meeting();
		UUID open = item(meeting, body, day, 1, "PUBLIC");
		UUID members = item(meeting, body, day, 2, "MEMBERS");
		document(open, "Vedlegg PDF", "vedlegg.pdf", "application/pdf",
				pdf("Handlingsplanen for pdfordet helseklynge"));
		document(members, "Vedlegg Word", "vedlegg.docx",
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
				docx("Utkast til docxordet strategi"));
		index.rebuild(ALREK);

		assertThat(total(null, "pdfordet")).isEqualTo(1);
		assertThat(snippet(null, "pdfordet")).contains("<mark>pdfordet</mark>");
		assertThat(total(null, "docxordet")).as("a members-only item's attachment").isZero();
		assertThat(total("medlem", "docxordet")).isEqualTo(1);
		assertThat(total("sekretariat", "docxordet")).isEqualTo(1);
		assertThat(total("nord", "pdfordet")).isZero();
	}

	UUID item(UUID meeting, UUID body, LocalDate day, int position, String access) {
		return jdbc
			.sql("""
					insert into agenda_item (cluster_id, meeting_id, body_id, position, case_year, case_seq, type, title, access)
					values (?, ?, ?, ?, ?, ?, 'DISCUSSION', 'Sak med vedlegg', ?) returning id""")
			.params(ALREK, meeting, body, position, day.getYear(), position, access)
			.query(UUID.class)
			.single();
	}

	void document(UUID item, String title, String fileName, String contentType, byte[] bytes) throws Exception {
		UUID document = jdbc.sql("""
				insert into item_document (cluster_id, item_id, title, url) values (?, ?, ?, 'pending') returning id""")
			.params(ALREK, item, title)
			.query(UUID.class)
			.single();
		UUID file = jdbc
			.sql("""
					insert into item_document_file (cluster_id, document_id, file_name, content_type, size_bytes, sha256, content)
					values (?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(ALREK, document, fileName, contentType, bytes.length,
					HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes)), bytes)
			.query(UUID.class)
			.single();
		jdbc.sql("update item_document set url = ? where id = ?").params("/item-files/" + file, document).update();
	}

	static byte[] pdf(String text) throws Exception {
		try (PDDocument document = new PDDocument(); var out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage();
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				content.newLineAtOffset(72, 700);
				content.showText(text);
				content.endText();
			}
			document.save(out);
			return out.toByteArray();
		}
	}

	static byte[] docx(String text) throws Exception {
		try (XWPFDocument document = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
			document.createParagraph().createRun().setText(text);
			document.write(out);
			return out.toByteArray();
		}
	}

	String json(String user, String q) throws Exception {
		var request = get("/api/v1/search").param("q", q).accept(MediaType.APPLICATION_JSON);
		if (user != null) {
			request.with(httpBasic(user, "demo"));
		}
		return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	int total(String user, String q) throws Exception {
		return JsonPath.read(json(user, q), "$.total");
	}

	String snippet(String user, String q) throws Exception {
		return JsonPath.read(json(user, q), "$.hits[0].snippetHtml");
	}

}
