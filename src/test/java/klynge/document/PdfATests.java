package klynge.document;

import static klynge.document.SeedMeetings.ANONYMOUS;
import static klynge.document.SeedMeetings.ARBEIDSGRUPPEN;
import static klynge.document.SeedMeetings.PARTNERMOTET;
import static klynge.document.SeedMeetings.STAFF;
import static klynge.document.SeedMeetings.STYRINGSGRUPPEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import klynge.KlyngeIntegrationTest;
import klynge.shared.CiRule;
import klynge.shared.NotFoundException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Every PDF the exporter makes is PDF/A-2b by veraPDF (0 failed rules), embeds its fonts
 * and says what the seed minutes say; exempt content stays out of the public version.
 */
@KlyngeIntegrationTest
class PdfATests {

	@Autowired
	MeetingDocuments documents;

	@BeforeAll
	static void veraPdf() {
		VeraGreenfieldFoundryProvider.initialise();
		assertThat(VeraProfiles.pdfa2b().getRules()).hasSizeGreaterThan(100)
			.anySatisfy(rule -> assertThat(rule.getTest())
				.isEqualTo("headerOffset == 0 && /^%PDF-1\\.[0-7]$/.test(header)"));
	}

	@Test
	void partnermotetMinutesForStaffAreCompliantAndReadLikeTheSeed() throws IOException {
		byte[] pdf = documents.minutesPdf(PARTNERMOTET, STAFF);
		String text = checked(pdf);
		assertThat(text).contains("REFERAT PARTNERMØTE – ALREK HELSEKLYNGE", "Sak 01-23", "Sak 02-23", "Sak 03-23",
				"Sak 04-23", "Sak 05-23", "Årsmelding 2022 – utkast fra Styringsgruppen", "Vedtak:",
				"Partnermøtet tar årsmeldingen for 2022 til etterretning", "GG følger opp saken",
				"Vararepresentant Ingvild Eide Graff (FHI) deltok i møtet.",
				"Gottfried Greve (UiB) ledet møtet som vara for Margareth Hagen.", "Mandag 27.03.2023", "14:00–16:00",
				"Faste observatører:", "Sekretariat", "v/ prosjektleder Frøydis Kristine Bruvik", "Side 1 av",
				"Saken ble behandlet i Styringsgruppen 20. mars");
		for (String code : List.of("MH", "GG", "GY", "EH", "KAW", "KF", "JHK", "GPK", "BM", "LM", "PB", "KS", "BA",
				"KW")) {
			assertThat(text).containsPattern("\\b" + code + "\\b");
		}
		assertThat(text).contains("vara", "teams");
	}

	@Test
	void draftMinutesAreNotMadeForTheAnonymousPublic() {
		assertThatThrownBy(() -> documents.minutesPdf(PARTNERMOTET, ANONYMOUS)).isInstanceOf(NotFoundException.class);
	}

	@Test
	void partnermotetSummonsForStaffAndPublicAreCompliant() throws IOException {
		for (var viewer : List.of(STAFF, ANONYMOUS)) {
			String text = checked(documents.summonsPdf(PARTNERMOTET, viewer));
			assertThat(text)
				.contains("INNKALLING PARTNERMØTE – ALREK HELSEKLYNGE", "Saksliste", "Sak 03-23",
						"Årsmelding 2022 – utkast", "ettersendt 21.03.2023")
				.doesNotContain("Vedtak:");
		}
	}

	@Test
	void arbeidsgruppenMinutesAndSummonsAreCompliantForStaffAndPublic() throws IOException {
		for (var viewer : List.of(STAFF, ANONYMOUS)) {
			String minutes = checked(documents.minutesPdf(ARBEIDSGRUPPEN, viewer));
			assertThat(minutes).contains("Sak 19-21", "Sak 22-21", "Vedtak:", "alternativ B",
					"Vararepresentant Elena Sandgathe (HDS) deltok i møtet.", "Byggetrinn 4", "Faste observatører:");
			String summons = checked(documents.summonsPdf(ARBEIDSGRUPPEN, viewer));
			assertThat(summons).contains("Sak 19-21", "Sak 26-21");
		}
		// the members-only document links are left out of the public version
		assertThat(checked(documents.summonsPdf(ARBEIDSGRUPPEN, STAFF))).contains("Lenke via Sharepoint");
		assertThat(checked(documents.summonsPdf(ARBEIDSGRUPPEN, ANONYMOUS))).doesNotContain("Lenke via Sharepoint");
	}

	@Test
	void exemptItemIsOnlyPublicTitleAndLegalBasisForThePublic() throws IOException {
		String staff = checked(documents.summonsPdf(STYRINGSGRUPPEN, STAFF));
		assertThat(staff).contains("Tilsetting i sekretariatet");
		String anonymous = checked(documents.summonsPdf(STYRINGSGRUPPEN, ANONYMOUS));
		assertThat(anonymous).contains("Personalsak", "Unntatt offentlighet, Offl. § 25")
			.doesNotContain("Tilsetting i sekretariatet");
		String minutes = checked(documents.minutesPdf(STYRINGSGRUPPEN, ANONYMOUS));
		assertThat(minutes).contains("Personalsak").doesNotContain("Tilsetting i sekretariatet");
	}

	@Test
	void firstPageOfThePartnermotetMinutesRendersAsAnImage() throws Exception {
		CiRule.require(pdftoppmInstalled(), "pdftoppm (poppler-utils) not installed: run bin/test");
		Path pdf = Files.createTempFile("referat", ".pdf");
		Files.write(pdf, documents.minutesPdf(PARTNERMOTET, STAFF));
		// Tests write only under target/; the picture in docs/images is committed by hand
		// from here.
		Path images = Path.of("target/images");
		Files.createDirectories(images);
		Path prefix = Files.createTempDirectory("page").resolve("side");
		Process process = new ProcessBuilder("pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile",
				pdf.toString(), prefix.toString())
			.redirectErrorStream(true)
			.start();
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).isZero();
		Path png = Path.of(prefix + ".png");
		assertThat(Files.size(png)).isGreaterThan(10_000);
		Files.copy(png, images.resolve("referat-partnermote-2023-03-27-side1.png"),
				StandardCopyOption.REPLACE_EXISTING);
	}

	static boolean pdftoppmInstalled() {
		return Files.isExecutable(Path.of("/usr/bin/pdftoppm"));
	}

	/** veraPDF PDF/A-2b with 0 failed rules, fonts embedded; returns the text. */
	static String checked(byte[] pdf) throws IOException {
		assertThat(failedRules(pdf)).as("veraPDF PDF/A-2b failed rules").isEmpty();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			for (PDPage page : document.getPages()) {
				for (COSName name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					assertThat(font.isEmbedded()).as("font %s embedded", font.getName()).isTrue();
				}
			}
			assertThat(document.getDocumentInformation().getTitle()).isNotBlank();
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

	static List<String> failedRules(byte[] pdf) {
		try (PDFAParser parser = Foundries.defaultInstance()
			.createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_2_B);
				PDFAValidator validator = Foundries.defaultInstance().createValidator(VeraProfiles.pdfa2b(), false)) {
			ValidationResult result = validator.validate(parser);
			List<String> failed = new ArrayList<>();
			for (TestAssertion assertion : result.getTestAssertions()) {
				if (assertion.getStatus() == TestAssertion.Status.FAILED) {
					failed.add(assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber() + ": "
							+ assertion.getMessage() + " (" + assertion.getLocation().getContext() + ")");
				}
			}
			if (!result.isCompliant() && failed.isEmpty()) {
				failed.add("not compliant");
			}
			return failed;
		}
		catch (Exception ex) {
			return List.of("veraPDF could not validate: " + ex);
		}
	}

}
