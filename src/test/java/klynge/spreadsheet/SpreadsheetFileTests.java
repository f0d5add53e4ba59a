package klynge.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import klynge.KlyngeIntegrationTest;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Files that are not the lists get a clear message above the form (422), never a 500: not
 * a spreadsheet, no known columns, too large, password-protected, a zip bomb, empty, and
 * a commit without a preview. CSV as Norwegian Excel saves it is read.
 */
@KlyngeIntegrationTest
class SpreadsheetFileTests {

	@Autowired
	MockMvc mvc;

	String refused(String name, byte[] content) throws Exception {
		return mvc
			.perform(multipart("/spreadsheets/preview").file(new MockMultipartFile("file", name, "text/csv", content))
				.with(httpBasic("admin", "demo"))
				.with(csrf()))
			.andExpect(status().is(422))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void aBadFileGetsAClearMessage() throws Exception {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13 };
		assertThat(refused("bilde.png", png)).contains("verken et Excel-regneark (.xlsx) eller en CSV-fil");
		assertThat(refused("tom.csv", new byte[0])).contains("Velg en fil.");
		assertThat(refused("feil.csv", "Foo;Bar\r\n1;2\r\n".getBytes(StandardCharsets.UTF_8)))
			.contains("Fant ingen av listene i filen.");
		byte[] big = new byte[SpreadsheetReader.MAX_BYTES + 1];
		java.util.Arrays.fill(big, (byte) 'a');
		assertThat(refused("stor.csv", big)).contains("Filen er for stor (høyst 5 MB).");
		assertThat(refused("passord.xlsx", encrypted())).contains("passordbeskyttet");
		assertThat(refused("bombe.xlsx", bomb())).contains("pakker seg ut til mer enn 40 MB");
		assertThat(refused("ødelagt.xlsx", new byte[] { 'P', 'K', 3, 4, 1, 2, 3 }))
			.contains("verken et Excel-regneark");
		byte[] notAWorkbook = zip("hello.txt", "hei".getBytes(StandardCharsets.UTF_8));
		assertThat(refused("zip.xlsx", notAWorkbook)).contains("verken et Excel-regneark");
		assertThat(mvc.perform(multipart("/spreadsheets/preview").with(httpBasic("admin", "demo")).with(csrf()))
			.andExpect(status().is(422))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains("Velg en fil.");
		assertThat(mvc.perform(post("/spreadsheets/commit").with(httpBasic("admin", "demo")).with(csrf()))
			.andExpect(status().is(422))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains("Last inn filen på nytt.");
		mvc.perform(multipart("/api/v1/spreadsheets/preview")
			.file(new MockMultipartFile("file", "b.xlsx", "application/octet-stream", bomb()))
			.with(httpBasic("admin", "demo"))).andExpect(status().is(422));
	}

	@Test
	void aMissingColumnIsSaidBesideEveryRow() throws Exception {
		byte[] csv = "Navn;E-post\r\nPer;per@example.org\r\n".getBytes(StandardCharsets.UTF_8);
		String page = mvc
			.perform(multipart("/spreadsheets/preview")
				.file(new MockMultipartFile("file", "personer.csv", "text/csv", csv))
				.with(httpBasic("admin", "demo"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Listen mangler kolonnen: Kode").contains("0 nye, 0 uendret, 1 kan ikke tas inn.");
	}

	@Test
	void csvAsNorwegianExcelSavesItIsRead() throws Exception {
		// Windows-1252 without BOM, semicolons, quoted cells with the separator, English
		// headers
		String text = "Name;Type;Parent;Partner since\r\n\"Høgskule; Vest\";University college;;01.03.2024\r\n";
		byte[] ansi = text.getBytes(java.nio.charset.Charset.forName("windows-1252"));
		String page = mvc
			.perform(
					multipart("/spreadsheets/preview").file(new MockMultipartFile("file", "orgs.csv", "text/csv", ansi))
						.with(httpBasic("admin", "demo"))
						.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Høgskule; Vest").contains("1 nye, 0 uendret, 0 kan ikke tas inn.");
	}

	static byte[] encrypted() throws Exception {
		byte[] plain = Sheets.workbook().sheet("Organisasjoner", "Navn", "Type").row("Hemmelig", "annet").xlsx();
		try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
			Encryptor encryptor = info.getEncryptor();
			encryptor.confirmPassword("hemmelig");
			try (OutputStream stream = encryptor.getDataStream(fs)) {
				stream.write(plain);
			}
			fs.writeFilesystem(out);
			return out.toByteArray();
		}
	}

	/** A workbook whose one sheet inflates to 100 MB of blanks. */
	static byte[] bomb() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			byte[] blanks = new byte[1024 * 1024];
			java.util.Arrays.fill(blanks, (byte) ' ');
			for (int i = 0; i < 100; i++) {
				zip.write(blanks);
			}
			zip.closeEntry();
		}
		return out.toByteArray();
	}

	static byte[] zip(String name, byte[] content) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry(name));
			zip.write(content);
			zip.closeEntry();
		}
		return out.toByteArray();
	}

}
