package klynge.document;

import static klynge.document.SeedMeetings.ANONYMOUS;
import static klynge.document.SeedMeetings.ARBEIDSGRUPPEN;
import static klynge.document.SeedMeetings.PARTNERMOTET;
import static klynge.document.SeedMeetings.STAFF;
import static klynge.document.SeedMeetings.STYRINGSGRUPPEN;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import klynge.KlyngeIntegrationTest;
import klynge.shared.CiRule;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Word files: real heading styles, tables, numbering and hyperlinks read back with
 * POI, and LibreOffice opens and converts every one of them with the same text.
 */
@KlyngeIntegrationTest
class DocxTests {

	static final List<String> PARTNERMOTET_ITEMS = List.of("Sak 01-23 Godkjenning av innkalling og sakliste.",
			"Sak 02-23 Orienteringer om faglig aktivitet og utvikling av klyngen",
			"Sak 03-23 Årsmelding 2022 – utkast fra Styringsgruppen",
			"Sak 04-23 Leder for Styringsgruppen 2024-2026, aktuell prosess", "Sak 05-23 Eventuelt");

	@Autowired
	MeetingDocuments documents;

	@TempDir
	Path tmp;

	@Test
	void minutesHaveHeadingStylesTablesListsLinksAndItalicVedtak() throws Exception {
		try (XWPFDocument doc = new XWPFDocument(
				new ByteArrayInputStream(documents.minutesDocx(PARTNERMOTET, STAFF)))) {
			assertThat(doc.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
			assertThat(doc.getStyles().getStyle("Heading2").getCTStyle().getPPr().getOutlineLvl().getVal())
				.isEqualTo(1);
			List<String> h1 = texts(doc, "Heading1");
			List<String> h2 = texts(doc, "Heading2");
			List<String> h3 = texts(doc, "Heading3");
			assertThat(h1).containsExactly("REFERAT PARTNERMØTE – ALREK HELSEKLYNGE");
			assertThat(h2).containsExactlyElementsOf(PARTNERMOTET_ITEMS);
			assertThat(h3).contains("a. Presentasjon av Alrek-prosjekt", "b. Orienteringer fra Styringsgruppen");

			List<XWPFTable> tables = doc.getTables();
			assertThat(tables).hasSize(2);
			assertThat(tables.get(0).getText()).contains("Sted:", "Mandag 27.03.2023", "14:00–16:00");
			XWPFTable attendance = tables.get(1);
			assertThat(attendance.getRow(0).getTableCells()).extracting(c -> c.getText())
				.containsExactly("Organisasjon", "Navn", "Kode", "Innkalt", "Forfall");
			assertThat(attendance.getText()).contains("Margareth Hagen", "GPK", "vara", "teams", "Faste observatører:",
					"Sekretariat:");

			assertThat(doc.getParagraphs()).anySatisfy(p -> assertThat(p.getNumID()).isNotNull());
			assertThat(doc.getParagraphs().stream().flatMap(p -> p.getRuns().stream()))
				.anySatisfy(run -> assertThat(run).isInstanceOf(XWPFHyperlinkRun.class));
			XWPFParagraph vedtakParagraph = doc.getParagraphs()
				.stream()
				.filter(p -> p.getText().startsWith("Vedtak:"))
				.findFirst()
				.orElseThrow();
			XWPFRun vedtak = vedtakParagraph.getRuns().getLast();
			assertThat(vedtak.isItalic()).isTrue();
			assertThat(vedtak.text()).startsWith("Partnermøtet tar årsmeldingen for 2022 til etterretning");
			// issue 11.2: as the seed, the label is plain (neither bold nor italic), only
			// the vedtak in italics
			XWPFRun label = vedtakParagraph.getRuns().getFirst();
			assertThat(label.text()).isEqualTo("Vedtak: ");
			assertThat(label.isBold()).isFalse();
			assertThat(label.isItalic()).isFalse();
			// issue 11.2: the follow-up closes the notes' paragraph in italics, as the
			// seed writes it
			XWPFParagraph followUp = doc.getParagraphs()
				.stream()
				.filter(p -> p.getText().contains("GG følger opp saken."))
				.findFirst()
				.orElseThrow();
			assertThat(followUp.getText()).startsWith("Det ble kort drøftet").endsWith("GG følger opp saken.");
			assertThat(followUp.getRuns().getLast().isItalic()).isTrue();
			assertThat(followUp.getRuns().getFirst().isItalic()).isFalse();
			// issue 11.2: a document list is a list of its own, not a run-in of the
			// notes' bullets
			List<java.math.BigInteger> lists = doc.getParagraphs()
				.stream()
				.map(XWPFParagraph::getNumID)
				.filter(java.util.Objects::nonNull)
				.distinct()
				.toList();
			assertThat(lists).hasSizeGreaterThan(4);
			assertThat(doc.getProperties().getCoreProperties().getTitle()).isEqualTo("Referat Partnermøtet 27.03.2023");
		}
	}

	/**
	 * Issue 11.2: the Teams address is the link behind "Teams", not printed raw over
	 * three lines.
	 */
	@Test
	void anOnlineMeetingsAddressIsALinkCalledTeams() throws Exception {
		try (XWPFDocument doc = new XWPFDocument(
				new ByteArrayInputStream(documents.minutesDocx(ARBEIDSGRUPPEN, STAFF)))) {
			XWPFTable facts = doc.getTables().getFirst();
			XWPFParagraph place = facts.getRow(0).getCell(1).getParagraphs().getFirst();
			assertThat(place.getText()).isEqualTo("Teams");
			XWPFRun link = place.getRuns().stream().filter(r -> !r.text().isEmpty()).findFirst().orElseThrow();
			assertThat(link).isInstanceOf(XWPFHyperlinkRun.class);
			assertThat(link.text()).isEqualTo("Teams");
			assertThat(((XWPFHyperlinkRun) link).getHyperlink(doc).getURL()).startsWith("https://teams.microsoft.com/");
			assertThat(allText(doc)).doesNotContain("teams.microsoft.com", "Nettmøte");
		}
	}

	@Test
	void exemptItemIsOnlyPublicTitleAndBasisInThePublicWordFile() throws Exception {
		try (XWPFDocument doc = new XWPFDocument(
				new ByteArrayInputStream(documents.summonsDocx(STYRINGSGRUPPEN, ANONYMOUS)))) {
			String text = allText(doc);
			assertThat(text).contains("Personalsak", "Unntatt offentlighet, Offl. § 25")
				.doesNotContain("Tilsetting i sekretariatet");
		}
		try (XWPFDocument doc = new XWPFDocument(
				new ByteArrayInputStream(documents.summonsDocx(STYRINGSGRUPPEN, STAFF)))) {
			assertThat(allText(doc)).contains("Tilsetting i sekretariatet");
		}
	}

	@Test
	void libreOfficeConvertsEveryWordFileWithTheSameText() throws Exception {
		Path soffice = Path.of("/usr/bin/soffice");
		CiRule.require(Files.isExecutable(soffice), "LibreOffice not installed: run bin/test");
		record Case(String name, byte[] docx, List<String> expected) {
		}
		List<Case> cases = List
			.of(new Case("referat-pm", documents.minutesDocx(PARTNERMOTET, STAFF), concat(PARTNERMOTET_ITEMS, List.of(
					"Vedtak: Partnermøtet tar årsmeldingen for 2022 til etterretning, og takker Styringsgruppen for arbeidet.",
					"GG følger opp saken.", "Vararepresentant Ingvild Eide Graff (FHI) deltok i møtet."))),
					new Case("innkalling-pm", documents.summonsDocx(PARTNERMOTET, ANONYMOUS), PARTNERMOTET_ITEMS),
					new Case("referat-ag", documents.minutesDocx(ARBEIDSGRUPPEN, ANONYMOUS),
							List.of("Sak 19-21", "Sak 20-21 Orienteringssaker",
									"Sak 21-21 Rapportering fra strategiarbeidet", "Sak 22-21 Budsjettforslag 2022",
									"Sak 26-21", "Vedtak: Arbeidsgruppen støtter forslag til budsjett")),
					new Case("innkalling-ag", documents.summonsDocx(ARBEIDSGRUPPEN, STAFF),
							List.of("Sak 19-21", "Sak 26-21")));
		for (Case c : cases) {
			Path docx = tmp.resolve(c.name() + ".docx");
			Files.write(docx, c.docx());
			convert(soffice, docx, "pdf");
			assertThat(Files.size(tmp.resolve(c.name() + ".pdf"))).isGreaterThan(5_000);
			convert(soffice, docx, "txt:Text");
			String text = Files.readString(tmp.resolve(c.name() + ".txt"), StandardCharsets.UTF_8)
				.replaceAll("\\s+", " ");
			assertThat(text).as(c.name()).contains(c.expected());
		}
	}

	private void convert(Path soffice, Path docx, String format) throws Exception {
		Process process = new ProcessBuilder(soffice.toString(),
				"-env:UserInstallation=file://" + tmp.resolve("lo-profile"), "--headless", "--convert-to", format,
				"--outdir", tmp.toString(), docx.toString())
			.redirectErrorStream(true)
			.redirectOutput(tmp.resolve("soffice.log").toFile())
			.start();
		boolean done = process.waitFor(120, TimeUnit.SECONDS);
		if (!done) {
			process.destroyForcibly();
		}
		assertThat(done).as("soffice finished within 120 s").isTrue();
		assertThat(process.exitValue()).as(Files.readString(tmp.resolve("soffice.log"))).isZero();
	}

	private static List<String> concat(List<String> a, List<String> b) {
		return Stream.concat(a.stream(), b.stream()).toList();
	}

	private static List<String> texts(XWPFDocument doc, String style) {
		return doc.getParagraphs()
			.stream()
			.filter(p -> style.equals(p.getStyle()))
			.map(XWPFParagraph::getText)
			.toList();
	}

	private static String allText(XWPFDocument doc) {
		StringBuilder text = new StringBuilder();
		doc.getParagraphs().forEach(p -> text.append(p.getText()).append('\n'));
		doc.getTables().forEach(t -> text.append(t.getText()).append('\n'));
		return text.toString();
	}

}
