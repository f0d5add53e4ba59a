package klynge.funding.review;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.UUID;

import klynge.KlyngeIntegrationTest;
import klynge.shared.TestYears;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Scoring through the API (versions, range, locking on submit), the ranking the committee
 * reads (a recused committee member sees no score), and the committee's proposal as a
 * table under the deciding body's agenda item in the page, the summons PDF and the Word
 * file, with no applicant's text and no reviewer's comment.
 */
@KlyngeIntegrationTest
class ReviewScoringTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	ReviewFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new ReviewFixtures(jdbc);
	}

	@Test
	void scoresAreSavedWithTheirVersionCheckedAndLockedOnSubmit() throws Exception {
		UUID call = fixtures.newCall();
		UUID application = fixtures.newApplication(call, "Skåres", "Sammendrag", "Helse Bergen");
		fixtures.assign(call, application, "fagfelle");
		List<UUID> criteria = fixtures.criteria(call);
		String url = "/api/v1/funding/review/" + application + "/scores";

		mvc.perform(put(url).with(httpBasic("fagfelle", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(criteria, 7, 6, 5))).andExpect(status().isPreconditionRequired());
		mvc.perform(put(url).with(httpBasic("fagfelle", "demo"))
			.header("If-Match", "\"0\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(criteria, 9, 6, 5))).andExpect(status().isUnprocessableContent());
		String saved = mvc
			.perform(put(url).with(httpBasic("fagfelle", "demo"))
				.header("If-Match", "\"0\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content(body(criteria, 7, 6, 5)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		// (7·40 + 6·35 + 5·25) / 100
		assertThat(saved).contains("\"weighted\":6.15", "\"version\":1", "\"submitted\":false");
		mvc.perform(put(url).with(httpBasic("fagfelle", "demo"))
			.header("If-Match", "\"0\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(criteria, 1, 1, 1))).andExpect(status().isConflict());
		mvc.perform(post("/api/v1/funding/review/" + application + "/submit").with(httpBasic("fagfelle", "demo"))
			.header("If-Match", "\"1\"")).andExpect(status().isOk());
		mvc.perform(put(url).with(httpBasic("fagfelle", "demo"))
			.header("If-Match", "\"2\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(criteria, 1, 1, 1))).andExpect(status().isUnprocessableContent());
		assertThat(mvc.perform(get(url).with(httpBasic("fagfelle", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("\"weighted\":6.15", "\"submitted\":true");
	}

	@Test
	void anIncompleteReviewCannotBeSubmittedAndThePageSaysWhy() throws Exception {
		UUID call = fixtures.newCall();
		UUID application = fixtures.newApplication(call, "Halvferdig", "Sammendrag", "Helse Bergen");
		fixtures.assign(call, application, "fagfelle");
		List<UUID> criteria = fixtures.criteria(call);
		String page = mvc
			.perform(post("/funding/review/" + application + "/scores").with(httpBasic("fagfelle", "demo"))
				.with(csrf())
				.param("version", "0")
				.param("score_" + criteria.get(0), "5")
				.param("comment_" + criteria.get(0), "Bra relevans")
				.param("action", "submit"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Gi skår på alle kriteriene før du leverer.", "Bra relevans");
		mvc.perform(post("/funding/review/" + application + "/scores").with(httpBasic("fagfelle", "demo"))
			.with(csrf())
			.param("version", "1")
			.param("score_" + criteria.get(0), "åtte")).andExpect(status().isUnprocessableContent());
	}

	@Test
	void theRankingAndTheProposalUnderTheAgendaItemShowNoTextsAndNoScoreToTheRecused() throws Exception {
		UUID call = fixtures.newCall();
		UUID first = fixtures.newApplication(call, "Førsteplass-prosjekt", "Hemmelig sammendrag en", "Helse Bergen",
				"Bergen kommune");
		UUID uib = fixtures.newApplication(call, "UiB-prosjekt", "Hemmelig sammendrag to", "Universitetet i Bergen");
		UUID third = fixtures.newApplication(call, "Tredjeplass-prosjekt", "Hemmelig sammendrag tre", "NORCE");
		List<UUID> criteria = fixtures.criteria(call);
		score(call, first, criteria, 7, 6, 5); // 6,15
		score(call, uib, criteria, 5, 5, 5); // 5,00
		score(call, third, criteria, 4, 4, 4); // 4,00

		String staff = ranking(call, "sekretariat");
		assertThat(staff)
			.contains("\"frame\":300000.00", "\"score\":6.15", "\"score\":5.00", "\"score\":4.00", "\"fit\":\"FITS\"")
			.doesNotContain("Hemmelig", "kommentar");
		// leder (Universitetet i Bergen) chairs the committee but is recused from the UiB
		// application
		String leder = ranking(call, "leder");
		assertThat(leder).contains("\"score\":6.15", "\"score\":4.00", "\"hidden\":true").doesNotContain("5.00");
		assertThat(fixtures.conflicts(uib, "leder", "ORGANISATION")).isEqualTo(1);

		UUID styringsgruppen = jdbc.sql("select deciding_body_id from funding_call where id = ?")
			.param(call)
			.query(UUID.class)
			.single();
		UUID meeting = jdbc.sql(
				"insert into meeting (cluster_id, body_id, meeting_date, status) values (?, ?, ?, 'PLANNED') returning id")
			.params(ReviewFixtures.ALREK, styringsgruppen, TestYears.uniqueDay())
			.query(UUID.class)
			.single();
		mvc.perform(post("/funding/review-calls/" + call + "/proposal").with(httpBasic("medlem", "demo"))
			.with(csrf())
			.param("meetingId", meeting.toString())).andExpect(status().isForbidden());
		mvc.perform(post("/funding/review-calls/" + call + "/proposal").with(httpBasic("leder", "demo"))
			.with(csrf())
			.param("meetingId", UUID.randomUUID().toString())).andExpect(status().isUnprocessableContent());
		mvc.perform(post("/funding/review-calls/" + call + "/proposal").with(httpBasic("leder", "demo"))
			.with(csrf())
			.param("meetingId", meeting.toString())).andExpect(status().is3xxRedirection());

		String page = mvc.perform(get("/meetings/" + meeting).with(httpBasic("sekretariat", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page)
			.contains("Tildeling: Testutlysning", "Vurderingskomiteens forslag", "Førsteplass-prosjekt", "Helse Bergen",
					"6,15", "kr\u00a0100\u00a0000", "kr\u00a0300\u00a0000", "Ansvarlig organisasjon", "Søkt beløp",
					"Foreslått beløp", "Ramme")
			.doesNotContain("Hemmelig", "kommentar til", "Helse Bergen, Bergen kommune");
		String ledersPage = mvc.perform(get("/meetings/" + meeting).with(httpBasic("leder", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(ledersPage).contains("UiB-prosjekt", "Inhabil", "6,15").doesNotContain("5,00");
		// an applicant who may read the meeting sees the proposal without any score (nor
		// does anyone who is not staff or the body's member by name: the summons mail,
		// anonymous readers)
		var sokersPage = mvc.perform(get("/meetings/" + meeting).with(httpBasic("soker", "demo"))).andReturn();
		assertThat(sokersPage.getResponse().getStatus()).isEqualTo(200);
		assertThat(sokersPage.getResponse().getContentAsString()).contains("Førsteplass-prosjekt")
			.doesNotContain("6,15", "4,00", "Inhabil");
		var anonymous = mvc.perform(get("/meetings/" + meeting)).andReturn();
		assertThat(anonymous.getResponse().getStatus()).isEqualTo(200);
		assertThat(anonymous.getResponse().getContentAsString()).contains("Førsteplass-prosjekt")
			.doesNotContain("6,15", "4,00", "Inhabil");

		byte[] pdf = mvc.perform(get("/meetings/" + meeting + "/summons.pdf").with(httpBasic("sekretariat", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		// the summons prints the proposal as a table (the figures the item is based on),
		// and nothing of the applicants' texts or the reviewers' comments
		String[] cells = { "Tildeling: Testutlysning", "Vurderingskomiteens forslag", "Førsteplass-prosjekt",
				"Tredjeplass-prosjekt", "Helse Bergen", "NORCE", "6,15 (1 vurd.)", "4,00 (1 vurd.)", "Søkt",
				"Foreslått", "kr 100 000", "kr 300 000", "Ramme" };
		try (var document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replace('\u00a0', ' ');
			assertThat(text).contains(cells).doesNotContain("Hemmelig", "kommentar til");
		}
		byte[] docx = mvc.perform(get("/meetings/" + meeting + "/summons.docx").with(httpBasic("sekretariat", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			String text;
			try (var extractor = new XWPFWordExtractor(document)) {
				text = extractor.getText().replace('\u00a0', ' ');
			}
			assertThat(text).contains(cells)
				.contains("Søkt beløp", "Foreslått beløp")
				.doesNotContain("Hemmelig", "kommentar til");
			// a real table: the project's row has its own cells
			var rows = document.getTables()
				.stream()
				.flatMap(t -> t.getRows().stream())
				.map(r -> r.getTableCells().stream().map(c -> c.getText().replace('\u00a0', ' ')).toList())
				.toList();
			assertThat(rows).anySatisfy(
					r -> assertThat(r).startsWith("1.", "Førsteplass-prosjekt", "Helse Bergen", "6,15 (1 vurd.)"));
		}
	}

	@Test
	void anOverBudgetAwardIsRefusedWithBothFiguresAndNothingIsSaved() throws Exception {
		UUID call = fixtures.newCall();
		UUID a = fixtures.newApplication(call, "Tildeling A", "Sammendrag", "Helse Bergen");
		UUID b = fixtures.newApplication(call, "Tildeling B", "Sammendrag", "Bergen kommune");
		String url = "/api/v1/funding/review-calls/" + call + "/awards";
		String refused = mvc
			.perform(put(url).with(httpBasic("sekretariat", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(awards(a, "250000", b, "100000")))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("kr\u00a0350\u00a0000", "kr\u00a0300\u00a0000", "kr\u00a050\u00a0000",
				"Ingenting er lagret");
		assertThat(mvc.perform(get(url).with(httpBasic("sekretariat", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).isEqualTo("[]");
		mvc.perform(put(url).with(httpBasic("leder", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(awards(a, "200000", b, "100000"))).andExpect(status().isForbidden());
		mvc.perform(put(url).with(httpBasic("sekretariat", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(awards(a, "200000", b, "100000"))).andExpect(status().isOk());
		assertThat(mvc.perform(get(url).with(httpBasic("leder", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains(a.toString(), b.toString(), "200000");
	}

	private static String awards(UUID a, String amountA, UUID b, String amountB) {
		return "{\"awards\":[{\"applicationId\":\"" + a + "\",\"amount\":" + amountA + "},{\"applicationId\":\"" + b
				+ "\",\"amount\":" + amountB + "}]}";
	}

	private void score(UUID call, UUID application, List<UUID> criteria, int... scores) throws Exception {
		fixtures.assign(call, application, "fagfelle");
		StringBuilder json = new StringBuilder("{\"version\":0,\"scores\":[");
		for (int i = 0; i < criteria.size(); i++) {
			json.append(i == 0 ? "" : ",")
				.append("{\"criterionId\":\"")
				.append(criteria.get(i))
				.append("\",\"score\":")
				.append(scores[i])
				.append(",\"comment\":\"Hemmelig kommentar til ")
				.append(i)
				.append("\"}");
		}
		json.append("]}");
		mvc.perform(put("/api/v1/funding/review/" + application + "/scores").with(httpBasic("fagfelle", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.toString())).andExpect(status().isOk());
		mvc.perform(post("/api/v1/funding/review/" + application + "/submit").with(httpBasic("fagfelle", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\":1}")).andExpect(status().isOk());
	}

	private String ranking(UUID call, String username) throws Exception {
		return mvc.perform(get("/api/v1/funding/review-calls/" + call + "/ranking").with(httpBasic(username, "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static String body(List<UUID> criteria, int... scores) {
		StringBuilder json = new StringBuilder("{\"scores\":[");
		for (int i = 0; i < criteria.size(); i++) {
			json.append(i == 0 ? "" : ",")
				.append("{\"criterionId\":\"")
				.append(criteria.get(i))
				.append("\",\"score\":")
				.append(scores[i])
				.append("}");
		}
		return json.append("]}").toString();
	}

}
