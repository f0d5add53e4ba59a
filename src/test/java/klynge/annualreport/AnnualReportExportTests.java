package klynge.annualreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import klynge.KlyngeIntegrationTest;
import klynge.document.VeraProfiles;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;

/**
 * Exports run outside the request with a progress page that reaches 100 %: the 2022
 * report's PDF/A passes veraPDF (PDF/A-2b, 0 failed rules) with its charts as opaque
 * images, the DOCX opens in POI with a described picture and a figures table per chart;
 * an edit on a stale version answers 409 and keeps the typed text.
 */
@KlyngeIntegrationTest
class AnnualReportExportTests {

	static final UUID ALREK = UUID.fromString("a1ec0000-0000-4000-8000-000000000001");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	static void veraPdf() {
		VeraGreenfieldFoundryProvider.initialise();
	}

	@Test
	void the2022ReportExportsAsPdfAThatVeraPdfAccepts() throws Exception {
		byte[] pdf = export(2022, "PDF");
		java.nio.file.Files.write(java.nio.file.Path.of("target", "arsmelding-2022.pdf"), pdf);
		assertThat(failedRules(pdf)).as("veraPDF PDF/A-2b failed rules").isEmpty();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Årsmelding 2022", "Organer og medlemmer", "Møter og vedtak per organ",
					"Organene har møttes jevnlig");
			int images = 0;
			for (var page : document.getPages()) {
				for (var name : page.getResources().getXObjectNames()) {
					if (page.getResources()
						.getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject image) {
						assertThat(image.getImage().getColorModel().hasAlpha()).isFalse();
						images++;
					}
				}
			}
			assertThat(images).isEqualTo(charts(2022));
		}
	}

	@Test
	void the2023ReportExportsAsDocxWithEveryChartAsADescribedPictureAndItsFigures() throws Exception {
		generate(2023);
		byte[] docx = export(2023, "DOCX");
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			int charts = charts(2023);
			assertThat(charts).as("meetings, funding and events charts").isGreaterThanOrEqualTo(3);
			assertThat(document.getAllPictures()).hasSize(charts);
			for (var picture : document.getAllPictures()) {
				var image = ImageIO.read(new ByteArrayInputStream(picture.getData()));
				assertThat(image.getColorModel().hasAlpha()).isFalse();
			}
			List<String> descriptions = new ArrayList<>();
			for (var paragraph : document.getParagraphs()) {
				for (XWPFRun run : paragraph.getRuns()) {
					for (var drawing : run.getCTR().getDrawingList()) {
						drawing.getInlineList().forEach(inline -> descriptions.add(inline.getDocPr().getDescr()));
					}
				}
			}
			assertThat(descriptions).hasSize(charts)
				.anySatisfy(d -> assertThat(d).startsWith("Stolpediagram: Tildelt og utløste midler"))
				.anySatisfy(d -> assertThat(d).startsWith("Stolpediagram: Deltakere per arrangement"))
				.anySatisfy(d -> assertThat(d).startsWith("Stolpediagram: Møter og vedtak per organ"));
			String tables = String.join("\n", document.getTables().stream().map(t -> t.getText()).toList());
			assertThat(tables).contains("Alrekdagene 2023", "Digital hjemmeoppfølging etter utskriving");
			long meetings = jdbc.sql("""
					select count(*) from meeting where cluster_id = ? and extract(year from meeting_date) = 2023
					  and status in ('HELD', 'MINUTES_FOR_COMMENT', 'MINUTES_APPROVED')""")
				.param(ALREK)
				.query(Long.class)
				.single();
			assertThat(document.getTables().size()).isGreaterThanOrEqualTo(charts * 2);
			assertThat(meetings).isPositive();
		}
	}

	/**
	 * WCAG 1.3.1 in Word: the title and the chapter titles are real headings (the styles
	 * Heading1 and Heading2, defined in styles.xml with outline levels), not merely bold
	 * large text, so the navigation pane and a screen reader list them.
	 */
	@Test
	void theDocxHeadingsAreWordHeadingStyles() throws Exception {
		generate(2023);
		byte[] docx = export(2023, "DOCX");
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			var styles = document.getStyles();
			assertThat(styles.styleExist("Heading1")).as("Heading1 in styles.xml").isTrue();
			assertThat(styles.styleExist("Heading2")).as("Heading2 in styles.xml").isTrue();
			assertThat(styles.getStyle("Heading1").getCTStyle().getPPr().getOutlineLvl().getVal()).isZero();
			assertThat(styles.getStyle("Heading2").getCTStyle().getPPr().getOutlineLvl().getVal()).isOne();
			String stylesXml = new String(document.getPackage()
				.getPartsByName(Pattern.compile("/word/styles.xml"))
				.getFirst()
				.getInputStream()
				.readAllBytes(), StandardCharsets.UTF_8);
			assertThat(stylesXml).contains("w:styleId=\"Heading1\"", "w:styleId=\"Heading2\"", "nb-NO");

			List<String> h1 = headings(document, "Heading1");
			List<String> h2 = headings(document, "Heading2");
			assertThat(h1).singleElement().asString().startsWith("Årsmelding 2023 – ");
			assertThat(h2).contains("Organer og medlemmer").hasSizeGreaterThanOrEqualTo(3);
			assertThat(document.getParagraphs().getFirst().getStyle()).isEqualTo("Heading1");
		}
	}

	private static List<String> headings(XWPFDocument document, String style) {
		return document.getParagraphs().stream().filter(p -> style.equals(p.getStyle())).map(p -> p.getText()).toList();
	}

	@Test
	void anEditOnAStaleVersionIs409AndKeepsTheTypedText() throws Exception {
		generate(2023);
		int version = version(2023);
		MockHttpServletResponse first = edit(2023, version, "Første innledning");
		assertThat(first.getStatus()).isEqualTo(302);
		MockHttpServletResponse stale = edit(2023, version, "Min tekst som ikke må gå tapt");
		assertThat(stale.getStatus()).isEqualTo(409);
		String page = stale.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Min tekst som ikke må gå tapt", "Noen andre har endret årsmeldingen");
		assertThat(jdbc.sql("select introduction from annual_report where cluster_id = ? and year = 2023")
			.param(ALREK)
			.query(String.class)
			.single()).isEqualTo("Første innledning");
		var api = mvc
			.perform(get("/api/v1/annual-reports/2023").with(httpBasic("sekretariat", "demo"))
				.accept(MediaType.APPLICATION_JSON))
			.andReturn()
			.getResponse();
		assertThat(api.getStatus()).isEqualTo(200);
		assertThat(api.getContentAsString(StandardCharsets.UTF_8)).contains("\"introduction\":\"Første innledning\"",
				"\"key\":\"meetings\"");
	}

	@Test
	void theProgressPageSaysWhereTheBuildIsAndOffersTheFileAt100Percent() throws Exception {
		String location = mvc
			.perform(post("/arsmelding/2022/eksport").param("format", "PDF")
				.with(httpBasic("sekretariat", "demo"))
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).startsWith("/arsmelding/eksport/");
		String page = "";
		for (int i = 0; i < 120 && !page.contains("export-download"); i++) {
			page = mvc.perform(get(location).with(httpBasic("sekretariat", "demo")).header("HX-Request", "true"))
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			assertThat(page).contains("role=\"status\"", "aria-live=\"polite\"", "%");
			Thread.sleep(500);
		}
		assertThat(page).contains("100 % – ferdig", "arsmelding-2022.pdf");
	}

	private byte[] export(int year, String format) throws Exception {
		var started = mvc
			.perform(post("/api/v1/annual-reports/" + year + "/exports").param("format", format)
				.with(httpBasic("sekretariat", "demo"))
				.with(csrf())
				.accept(MediaType.APPLICATION_JSON))
			.andReturn()
			.getResponse();
		assertThat(started.getStatus()).isEqualTo(202);
		Matcher id = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(started.getContentAsString());
		assertThat(id.find()).isTrue();
		String status = "";
		List<Integer> seen = new ArrayList<>();
		for (int i = 0; i < 240 && !status.contains("\"DONE\""); i++) {
			status = mvc
				.perform(get("/api/v1/annual-reports/exports/" + id.group(1)).with(httpBasic("sekretariat", "demo"))
					.accept(MediaType.APPLICATION_JSON))
				.andReturn()
				.getResponse()
				.getContentAsString();
			Matcher percent = Pattern.compile("\"percent\":(\\d+)").matcher(status);
			assertThat(percent.find()).isTrue();
			seen.add(Integer.valueOf(percent.group(1)));
			assertThat(status).doesNotContain("\"FAILED\"");
			Thread.sleep(250);
		}
		assertThat(seen).isSorted().last().isEqualTo(100);
		var file = mvc
			.perform(get("/api/v1/annual-reports/exports/" + id.group(1) + "/file")
				.with(httpBasic("sekretariat", "demo")))
			.andReturn()
			.getResponse();
		assertThat(file.getStatus()).isEqualTo(200);
		return file.getContentAsByteArray();
	}

	private void generate(int year) throws Exception {
		var response = mvc
			.perform(post("/arsmelding").param("year", String.valueOf(year))
				.with(httpBasic("sekretariat", "demo"))
				.with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(302);
	}

	private MockHttpServletResponse edit(int year, int version, String introduction) throws Exception {
		return mvc
			.perform(post("/arsmelding/" + year + "/rediger").param("version", String.valueOf(version))
				.param("introduction", introduction)
				.param("key", "meetings")
				.param("before", "")
				.param("after", "Etter møtene")
				.with(httpBasic("sekretariat", "demo"))
				.with(csrf()))
			.andReturn()
			.getResponse();
	}

	private int version(int year) {
		return jdbc.sql("select version from annual_report where cluster_id = ? and year = ?")
			.params(ALREK, year)
			.query(Integer.class)
			.single();
	}

	private int charts(int year) {
		return jdbc.sql("""
				select coalesce(sum(jsonb_array_length(c -> 'charts')), 0)::int
				from annual_report r, jsonb_array_elements(r.chapters) c where r.cluster_id = ? and r.year = ?""")
			.params(ALREK, year)
			.query(Integer.class)
			.single();
	}

	static List<String> failedRules(byte[] pdf) throws Exception {
		try (PDFAParser parser = Foundries.defaultInstance()
			.createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_2_B);
				PDFAValidator validator = Foundries.defaultInstance().createValidator(VeraProfiles.pdfa2b(), false)) {
			List<String> failed = new ArrayList<>();
			for (TestAssertion assertion : validator.validate(parser).getTestAssertions()) {
				if (assertion.getStatus() == TestAssertion.Status.FAILED) {
					failed.add(assertion.getRuleId() + " " + assertion.getMessage());
				}
			}
			return failed;
		}
	}

}
