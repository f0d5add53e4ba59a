package klynge.budget;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import klynge.KlyngeIntegrationTest;
import klynge.cluster.ClusterScope;
import klynge.shared.TestYears;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 15, budget: the demo budget of seed 001 (sak 22-21) in every output, who may read
 * budgets, the lock after adoption and its revisions, bad input, follow-through and
 * exports, and the other cluster.
 */
@KlyngeIntegrationTest
class BudgetWebTests {

	static final UUID ALREK = UUID.fromString("a1ec0000-0000-4000-8000-000000000001");

	static final String DEMO = "b0d90000-0000-4000-8000-000000002022";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Budgets budgets;

	UUID demoMeeting() {
		return jdbc.sql("select md5('meeting:ag-2021-06-03')::uuid").query(UUID.class).single();
	}

	static String text(String html) {
		return html.replaceAll("<[^>]+>", " ").replace('\u00a0', ' ').replaceAll("\\s+", " ");
	}

	String page(String path, String user) throws Exception {
		var request = get(path);
		if (user != null) {
			request.with(httpBasic(user, "demo"));
		}
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	@Test
	void theDemoBudgetReproducesBothAlternativesOfSak2221AndTheDecisionForB() throws Exception {
		String json = page("/api/v1/budgets/" + DEMO, "sekretariat");
		assertThat(JsonPath.<List<String>>read(json, "$.alternatives[*].letter")).containsExactly("A", "B");
		assertThat(new BigDecimal(JsonPath.read(json, "$.alternatives[0].collaborationFunds").toString()))
			.isEqualByComparingTo("650000");
		assertThat(new BigDecimal(JsonPath.read(json, "$.alternatives[0].sharePerUnit").toString()))
			.isEqualByComparingTo("110000");
		assertThat(new BigDecimal(JsonPath.read(json, "$.alternatives[1].collaborationFunds").toString()))
			.isEqualByComparingTo("800000");
		assertThat(new BigDecimal(JsonPath.read(json, "$.alternatives[1].sharePerUnit").toString()))
			.isEqualByComparingTo("125000");
		assertThat(JsonPath.<List<Object>>read(json, "$.partners")).hasSize(10);
		assertThat(JsonPath.<String>read(json, "$.adoption.letter")).isEqualTo("B");
		assertThat(JsonPath.<String>read(json, "$.adoption.conditions"))
			.isEqualTo("Forutsatt forankring hos alle partnere");
		UUID item = jdbc.sql("select md5('item:ag-2021-06-03/22')::uuid").query(UUID.class).single();
		assertThat(JsonPath.<String>read(json, "$.adoption.itemId")).isEqualTo(item.toString());
		assertThat(ClusterScope.call(ALREK, () -> budgets.collaborationFunds(2022)))
			.hasValueSatisfying(funds -> assertThat(funds).isEqualByComparingTo("800000"));
		assertThat(ClusterScope.call(ALREK, () -> budgets.collaborationFunds(1999))).isEmpty();

		String html = text(page("/budgets/" + DEMO, "sekretariat"));
		assertThat(html).contains("Alternativ A", "Alternativ B", "650 000", "800 000", "110 000", "125 000",
				"Vedtatt: alternativ B (samarbeidsmidler kr 800 000) i sak 22-21 Budsjettforslag 2022",
				"Forutsatt forankring hos alle partnere", "Forankring hos partnerne");
	}

	@Test
	void theMeetingPageSummonsAndMinutesShowTheAlternativesUnderTheItem() throws Exception {
		UUID meeting = demoMeeting();
		String html = text(page("/meetings/" + meeting, null));
		assertThat(html).contains("Budsjett for fellesmidler 2022 (kr)", "Alternativ A", "Alternativ B",
				"Samarbeidsmidler 650 000 800 000", "Andel per partner 110 000 125 000",
				"Valgt budsjettalternativ: alternativ B. Vilkår: Forutsatt forankring hos alle partnere.");
		// the table stands under sak 22-21, before sak 23-21
		assertThat(html.indexOf("Andel per partner 110 000")).isGreaterThan(html.indexOf("Budsjettforslag 2022"))
			.isLessThan(html.indexOf("Utlysning av samarbeidsmidler for 2022 - forslag"));

		for (String pdf : List.of("summons.pdf", "minutes.pdf")) {
			byte[] bytes = mvc.perform(get("/meetings/" + meeting + "/" + pdf).with(httpBasic("sekretariat", "demo")))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			try (var document = Loader.loadPDF(bytes)) {
				String text = new PDFTextStripper().getText(document).replace('\u00a0', ' ').replaceAll("\\s+", " ");
				assertThat(text).as(pdf).contains("Alternativ A", "Alternativ B", "650 000", "125 000");
			}
		}
		byte[] docx = mvc.perform(get("/meetings/" + meeting + "/minutes.docx").with(httpBasic("sekretariat", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var doc = new XWPFDocument(new ByteArrayInputStream(docx)); var extractor = new XWPFWordExtractor(doc)) {
			String text = extractor.getText().replace('\u00a0', ' ').replaceAll("\\s+", " ");
			assertThat(text).contains("Budsjett for fellesmidler 2022 (kr)", "Alternativ B", "800 000", "125 000",
					"Valgt budsjettalternativ: alternativ B.");
		}
	}

	@Test
	void membersReadAdoptedBudgetsOnlyAndTheOtherClusterNone() throws Exception {
		String draft = create(TestYears.uniqueDay().getYear());
		mvc.perform(get("/budgets/" + draft).with(httpBasic("medlem", "demo"))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/budgets/" + draft).with(httpBasic("observator", "demo")))
			.andExpect(status().isNotFound());
		assertThat(page("/budgets", "medlem")).contains("Budsjett for fellesmidler 2022").doesNotContain(draft);
		page("/budgets/" + draft, "leder");
		page("/budgets/" + DEMO, "medlem");
		page("/budgets/" + DEMO + "/follow-up", "medlem");
		assertThat(mvc.perform(get("/budgets/" + DEMO)).andReturn().getResponse().getStatus()).isIn(302, 401);
		mvc.perform(get("/budgets/" + DEMO).with(httpBasic("soker", "demo"))).andExpect(status().isForbidden());
		for (String path : List.of("/budgets/" + DEMO, "/budgets/" + DEMO + "/follow-up",
				"/budgets/" + DEMO + "/export.csv", "/budgets/" + DEMO + "/export.xlsx", "/api/v1/budgets/" + DEMO)) {
			mvc.perform(get(path).with(httpBasic("nord", "demo"))).andExpect(status().isNotFound());
		}
		assertThat(page("/api/v1/budgets", "nord")).doesNotContain(DEMO);
		mvc.perform(post("/budgets/" + DEMO + "/lines").with(httpBasic("nord", "demo"))
			.with(csrf())
			.param("name", "Nord")
			.param("kind", "OTHER")
			.param("direction", "EXPENSE")
			.param("amount", "1")).andExpect(status().isNotFound());
	}

	@Test
	void anAdoptedBudgetIsLockedExceptThroughARecordedRevision() throws Exception {
		LocalDate day = TestYears.uniqueDay();
		String id = create(day.getYear());
		String a = alternative(id, "A", "650 000");
		alternative(id, "B", "800000");
		String json = page("/api/v1/budgets/" + id, "sekretariat");
		String line = JsonPath.read(json, "$.lines[?(@.kind == 'COORDINATOR')].id")
			.toString()
			.replaceAll("[\\[\\]\"]", "");
		UUID item = itemOnADay(jdbc, day);
		mvc.perform(post("/api/v1/budgets/" + id + "/agenda").with(httpBasic("sekretariat", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"itemId\":\"" + item + "\"}")).andExpect(status().isOk());
		String b = JsonPath.read(page("/api/v1/budgets/" + id, "sekretariat"), "$.alternatives[1].id");
		mvc.perform(
				post("/api/v1/budgets/" + id + "/adoption").with(httpBasic("sekretariat", "demo"))
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"alternativeId\":\"" + b + "\",\"itemId\":\"" + item
							+ "\",\"conditions\":\"forutsatt forankring hos alle partnere\"}"))
			.andExpect(status().isOk());

		// refused: the form and the API, without a reason
		String refused = mvc
			.perform(post("/budgets/" + id + "/alternatives/" + a).with(httpBasic("sekretariat", "demo"))
				.with(csrf())
				.param("collaborationFunds", "700000")
				.param("version", "0"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(text(refused)).contains("Budsjettet er vedtatt og låst. En endring må gjøres som en revisjon");
		mvc.perform(put("/api/v1/budgets/" + id + "/lines/" + line).with(httpBasic("sekretariat", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"COORDINATOR\",\"direction\":\"EXPENSE\",\"name\":\"Koordinator\",\"amount\":400000,"
					+ "\"version\":0}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(result -> assertThat(result.getResponse().getContentAsString())
				.contains("urn:klynge:problem:budget.locked", "Budsjettet er vedtatt og låst"));
		assertThat(JsonPath.<Integer>read(page("/api/v1/budgets/" + id, "sekretariat"), "$.revisions.length()"))
			.isZero();

		// a revision: who, when, why and what
		mvc.perform(put("/api/v1/budgets/" + id + "/lines/" + line).with(httpBasic("sekretariat", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"COORDINATOR\",\"direction\":\"EXPENSE\",\"name\":\"Koordinator\",\"amount\":400000,"
					+ "\"version\":0,\"revisionReason\":\"Ny avtale om koordinatorstillingen\"}"))
			.andExpect(status().isOk());
		String after = page("/api/v1/budgets/" + id, "sekretariat");
		assertThat(JsonPath.<String>read(after, "$.revisions[0].reason"))
			.isEqualTo("Ny avtale om koordinatorstillingen");
		assertThat(JsonPath.<String>read(after, "$.revisions[0].revisedBy")).isEqualTo("Kristin Walter");
		assertThat(JsonPath.<String>read(after, "$.revisions[0].changes").replace('\u00a0', ' ')).contains("kr 0",
				"kr 400 000", "name → Koordinator");
		assertThat(JsonPath.<String>read(after, "$.revisions[0].revisedAt")).isNotNull();
		assertThat(text(page("/budgets/" + id, "sekretariat"))).contains("Ny avtale om koordinatorstillingen",
				"Kristin Walter");
		// every write is in the audit log
		assertThat(jdbc
			.sql("select count(*) from audit_log where table_name in ('budget', 'budget_revision', 'budget_line') "
					+ "and coalesce(after, before)::text like ? and actor = 'sekretariat'")
			.param("%" + id + "%")
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(3);
		// adopted once
		mvc.perform(post("/budgets/" + id + "/adopt").with(httpBasic("sekretariat", "demo"))
			.with(csrf())
			.param("alternativeId", a)
			.param("itemId", item.toString())).andExpect(status().isUnprocessableContent());
	}

	@Test
	void badInputGetsAClearMessageAndA4xx() throws Exception {
		String id = create(TestYears.uniqueDay().getYear());
		alternative(id, "A", "650000");
		// duplicate letter, negative amount, text in an amount field
		assertThat(text(form("/budgets/" + id + "/alternatives", Map.of("letter", "a", "collaborationFunds", "1"))))
			.contains("Budsjettet har allerede et alternativ A.");
		assertThat(text(form("/budgets/" + id + "/alternatives", Map.of("letter", "C", "collaborationFunds", "-5"))))
			.contains("Beløpet kan ikke være negativt.");
		assertThat(text(form("/budgets/" + id + "/lines",
				Map.of("name", "Reise", "kind", "OTHER", "direction", "EXPENSE", "amount", "tusen kroner"))))
			.contains("Beløpet må være et tall");
		assertThat(text(form("/budgets", Map.of("year", "tjue-tjueto")))).contains("Skriv et årstall");
		mvc.perform(post("/api/v1/budgets/" + id + "/alternatives").with(httpBasic("sekretariat", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"letter\":\"D\",\"collaborationFunds\":\"mye\"}")).andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/budgets/" + id + "/alternatives").with(httpBasic("sekretariat", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"letter\":\"A\",\"collaborationFunds\":5}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(result -> assertThat(result.getResponse().getContentAsString())
				.contains("urn:klynge:problem:budget.alternative.letterTaken"));
		mvc.perform(post("/api/v1/budgets").with(httpBasic("sekretariat", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"year\":2022}")).andExpect(status().isUnprocessableContent());
		// nothing of it was saved
		assertThat(
				JsonPath.<List<String>>read(page("/api/v1/budgets/" + id, "sekretariat"), "$.alternatives[*].letter"))
			.containsExactly("A");
	}

	@Test
	void followThroughInvoicesActualsAndExports() throws Exception {
		String html = text(page("/budgets/" + DEMO + "/follow-up", "sekretariat"));
		assertThat(html).contains("Fakturaer per partner", "kr 125 000", "Regnskap mot budsjett", "kr 342 500",
				"Tallene bak figuren");
		String raw = page("/budgets/" + DEMO + "/follow-up", "sekretariat");
		assertThat(raw).contains("<svg", "role=\"img\"", "aria-labelledby=\"budget-chart-title budget-chart-desc\"");

		String csv = page("/budgets/" + DEMO + "/export.csv", "sekretariat");
		assertThat(csv).contains("Samarbeidsmidler;650000;800000", "Andel per partner;110000;125000",
				"Drift klyngekoordinator;350000;342500;-7500");
		byte[] xlsx = mvc.perform(get("/budgets/" + DEMO + "/export.xlsx").with(httpBasic("medlem", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			var partners = workbook.getSheet("Partnere");
			boolean found = false;
			for (var row : partners) {
				if ("Universitetet i Bergen".equals(row.getCell(0).getStringCellValue())) {
					assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(110000.0);
					assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(125000.0);
					assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(125000.0);
					found = true;
				}
			}
			assertThat(found).isTrue();
		}

		// a formula typed as a line name stays text in the CSV
		String id = create(TestYears.uniqueDay().getYear());
		form("/budgets/" + id + "/lines",
				Map.of("name", "=HYPERLINK(\"http://evil\")", "kind", "OTHER", "direction", "EXPENSE", "amount", "1"),
				302);
		assertThat(page("/budgets/" + id + "/export.csv", "sekretariat"))
			.contains("\"'=HYPERLINK(\"\"http://evil\"\")\"");
	}

	@Test
	void invoicesAreRecordedOnAnAdoptedBudget() throws Exception {
		LocalDate day = TestYears.uniqueDay();
		String id = create(day.getYear());
		String a = alternative(id, "A", "100000");
		UUID item = itemOnADay(jdbc, day);
		mvc.perform(post("/budgets/" + id + "/agenda").with(httpBasic("sekretariat", "demo"))
			.with(csrf())
			.param("target", "item:" + item)).andExpect(status().is3xxRedirection());
		mvc.perform(post("/budgets/" + id + "/adopt").with(httpBasic("sekretariat", "demo"))
			.with(csrf())
			.param("alternativeId", a)
			.param("itemId", item.toString())).andExpect(status().is3xxRedirection());
		String partner = JsonPath.read(page("/api/v1/budgets/" + id, "sekretariat"), "$.partners[0].id");
		assertThat(text(form("/budgets/" + id + "/invoices/" + partner,
				Map.of("invoicedOn", "2030-03-01", "paidOn", "2030-02-01", "version", "0"))))
			.contains("Betalingsdatoen kan ikke være før fakturadatoen.");
		form("/budgets/" + id + "/invoices/" + partner,
				Map.of("invoicedOn", "2030-02-01", "paidOn", "2030-03-01", "version", "0"), 302);
		assertThat(JsonPath.<String>read(page("/api/v1/budgets/" + id, "sekretariat"), "$.partners[0].paidOn"))
			.isEqualTo("2030-03-01");
	}

	// helpers

	String create(int year) throws Exception {
		MvcResult result = mvc
			.perform(post("/api/v1/budgets").with(httpBasic("sekretariat", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"year\":" + year + "}"))
			.andExpect(status().isCreated())
			.andReturn();
		return JsonPath.read(result.getResponse().getContentAsString(), "$.id");
	}

	String alternative(String id, String letter, String funds) throws Exception {
		form("/budgets/" + id + "/alternatives", Map.of("letter", letter, "collaborationFunds", funds), 302);
		String json = page("/api/v1/budgets/" + id, "sekretariat");
		return JsonPath.read(json, "$.alternatives[?(@.letter == '" + letter + "')].id")
			.toString()
			.replaceAll("[\\[\\]\"]", "");
	}

	String form(String path, Map<String, String> params) throws Exception {
		return form(path, params, 422);
	}

	String form(String path, Map<String, String> params, int expected) throws Exception {
		var request = post(path).with(httpBasic("sekretariat", "demo")).with(csrf());
		params.forEach(request::param);
		return mvc.perform(request).andExpect(status().is(expected)).andReturn().getResponse().getContentAsString();
	}

	/** A meeting of the Styringsgruppen in a year of its own, with one decision item. */
	/** A planned Styringsgruppen meeting on the day with one decision item "Budsjett". */
	static UUID itemOnADay(JdbcClient jdbc, LocalDate day) {
		UUID body = jdbc.sql("select body_id from body_name where cluster_id = ? and name = 'Styringsgruppen' limit 1")
			.param(ALREK)
			.query(UUID.class)
			.single();
		UUID meeting = jdbc.sql(
				"insert into meeting (cluster_id, body_id, meeting_date, status) values (?, ?, ?, 'PLANNED') returning id")
			.params(ALREK, body, day)
			.query(UUID.class)
			.single();
		return jdbc.sql("""
				insert into agenda_item (cluster_id, meeting_id, body_id, position, case_year, case_seq, type, title)
				values (?, ?, ?, 1, ?, 1, 'DECISION', 'Budsjett') returning id""")
			.params(ALREK, meeting, body, day.getYear())
			.query(UUID.class)
			.single();
	}

}
