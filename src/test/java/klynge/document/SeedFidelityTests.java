package klynge.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import klynge.KlyngeIntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The documents say what the meeting said: the seed minutes of both seed meetings (the
 * demo data reproduces them, see docs/demo-data.md) against the text of the meeting page,
 * the minutes PDF (PDFBox) and the Word file (POI), line by line. Only the differences
 * listed under "Seed fidelity" in docs/demo-data.md are allowed, and every row of that
 * list must still be needed. The reader is the facilitator ({@code observator}), an
 * observer of both bodies: she may read the members-only links and the minutes still out
 * for comment, and has no editing controls.
 */
@KlyngeIntegrationTest
// A context (and database) of its own: the demo data as loaded, without the follow-ups,
// comments and
// minutes other test classes write into the seed meetings of the shared context.
@TestPropertySource(properties = "klynge.test.context=seed-fidelity")
class SeedFidelityTests {

	static final List<String> CHANNELS = List.of("page", "pdf", "docx");

	@Autowired
	MockMvc mvc;

	@Test
	void partnermotetOf27March2023ReadsLikeSeed000() throws Exception {
		compare("000", "seed-000-partnermotet-2023-03-27.txt", SeedMeetings.PARTNERMOTET);
	}

	@Test
	void arbeidsgruppenOf3June2021ReadsLikeSeed001() throws Exception {
		compare("001", "seed-001-arbeidsgruppen-2021-06-03.txt", SeedMeetings.ARBEIDSGRUPPEN);
	}

	/**
	 * Issue 11.2: "Vedtak:" is plain, as in the seed; only the vedtak itself is in
	 * italics (page and PDF; Word in DocxTests).
	 */
	@Test
	void vedtakLabelIsPlainAndOnlyTheVedtakItalic() throws Exception {
		assertThat(page(SeedMeetings.ARBEIDSGRUPPEN))
			.contains("<p class=\"decision\"><span>Vedtak:</span> <em>Arbeidsgruppen støtter")
			.doesNotContain("<strong>Vedtak:</strong>");
		List<String> fonts = new ArrayList<>();
		try (PDDocument pdf = Loader.loadPDF(download(SeedMeetings.ARBEIDSGRUPPEN, "minutes.pdf"))) {
			PDFTextStripper stripper = new PDFTextStripper() {
				@Override
				protected void writeString(String text, List<TextPosition> positions) {
					if (text.startsWith("Vedtak:")) {
						fonts.add(positions.getFirst().getFont().getName() + " | "
								+ positions.getLast().getFont().getName());
					}
				}
			};
			stripper.setSortByPosition(true);
			stripper.getText(pdf);
		}
		assertThat(fonts).isNotEmpty().allSatisfy(f -> {
			String[] labelAndText = f.split(" \\| ");
			assertThat(labelAndText[0]).doesNotContain("Bold", "Oblique");
			assertThat(labelAndText[1]).contains("Oblique").doesNotContain("Bold");
		});
	}

	private void compare(String seedKey, String file, UUID meeting) throws Exception {
		List<String> seed = seed(file);
		SeedComparison comparison = new SeedComparison(SeedComparison.fromDocs(Path.of("docs/demo-data.md")));
		Set<String> expectedLines = new HashSet<>(comparison.expected(seedKey, "pdf", seed));
		List<String> report = new ArrayList<>();
		for (String channel : CHANNELS) {
			List<String> shown = switch (channel) {
				case "page" -> PageText.lines(page(meeting));
				case "pdf" -> PdfLines.paragraphs(download(meeting, "minutes.pdf"), SeedFidelityTests::pdfFurniture,
						joined -> expectedLines.contains(SeedComparison.norm(joined)));
				default -> docx(download(meeting, "minutes.docx"));
			};
			Path dump = Path.of("target", "seed-fidelity", seedKey + "-" + channel + ".txt");
			Files.createDirectories(dump.getParent());
			Files.write(dump, shown);
			if (!channel.equals("page")) {
				Files.write(dump.resolveSibling(seedKey + "." + channel), download(meeting, "minutes." + channel));
			}
			comparison.differences(seedKey, channel, seed, shown).forEach(d -> report.add(channel + " " + d));
		}
		comparison.unused(seedKey, CHANNELS).forEach(u -> report.add("list row not needed: " + u));
		assertThat(report)
			.as("differences from seed %s not listed in docs/demo-data.md (texts in target/seed-fidelity)", seedKey)
			.isEmpty();
	}

	private static boolean pdfFurniture(String line) {
		return line.matches("Referat .* \\d{2}\\.\\d{2}\\.\\d{4} Side \\d+ av \\d+")
				|| line.matches("Side \\d+ av \\d+");
	}

	private String page(UUID meeting) throws Exception {
		return mvc.perform(get("/meetings/{id}", meeting).with(httpBasic("observator", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private byte[] download(UUID meeting, String file) throws Exception {
		return mvc.perform(get("/meetings/{id}/" + file, meeting).with(httpBasic("observator", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	/**
	 * The Word file's body in order: paragraphs, and table rows with their cells joined
	 * by tabs.
	 */
	private static List<String> docx(byte[] bytes) throws IOException {
		List<String> lines = new ArrayList<>();
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
			for (IBodyElement element : doc.getBodyElements()) {
				if (element instanceof XWPFParagraph p) {
					lines.add(p.getText());
				}
				else if (element instanceof XWPFTable table) {
					for (XWPFTableRow row : table.getRows()) {
						lines.add(String.join("\t", row.getTableCells().stream().map(XWPFTableCell::getText).toList()));
					}
				}
			}
		}
		return lines;
	}

	private static List<String> seed(String file) throws IOException {
		try (InputStream in = SeedFidelityTests.class.getResourceAsStream("/importing/" + file)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
		}
	}

}
