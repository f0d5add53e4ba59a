package klynge.archive.noark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import klynge.document.VeraProfiles;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;

/** Starting an extraction through the API, waiting for it, and reading the ZIP. */
final class NoarkTesting {

	private NoarkTesting() {
	}

	static MockHttpServletResponse start(MockMvc mvc, String user, String from, String to) throws Exception {
		return mvc
			.perform(post("/api/v1/noark").param("from", from)
				.param("to", to)
				.with(httpBasic(user, "demo"))
				.with(csrf())
				.accept(MediaType.APPLICATION_JSON))
			.andReturn()
			.getResponse();
	}

	/** The job's id from a 202 answer. */
	static String id(MockHttpServletResponse started) throws Exception {
		assertThat(started.getStatus()).as(started.getContentAsString()).isEqualTo(202);
		Matcher id = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(started.getContentAsString());
		assertThat(id.find()).isTrue();
		return id.group(1);
	}

	/** Waits for the job (percent never going back) and downloads its ZIP. */
	static byte[] await(MockMvc mvc, String user, String id) throws Exception {
		String status = "";
		List<Integer> seen = new ArrayList<>();
		for (int i = 0; i < 1200 && !status.contains("\"DONE\""); i++) {
			status = mvc
				.perform(get("/api/v1/noark/" + id).with(httpBasic(user, "demo")).accept(MediaType.APPLICATION_JSON))
				.andReturn()
				.getResponse()
				.getContentAsString();
			Matcher percent = Pattern.compile("\"percent\":(\\d+)").matcher(status);
			assertThat(percent.find()).as(status).isTrue();
			seen.add(Integer.valueOf(percent.group(1)));
			assertThat(status).doesNotContain("\"FAILED\"");
			Thread.sleep(250);
		}
		assertThat(seen).isSorted().last().isEqualTo(100);
		MockHttpServletResponse file = mvc.perform(get("/api/v1/noark/" + id + "/file").with(httpBasic(user, "demo")))
			.andReturn()
			.getResponse();
		assertThat(file.getStatus()).isEqualTo(200);
		assertThat(file.getContentType()).isEqualTo("application/zip");
		return file.getContentAsByteArray();
	}

	static Map<String, byte[]> unzip(byte[] zip) throws IOException {
		Map<String, byte[]> files = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				files.put(entry.getName(), in.readAllBytes());
			}
		}
		return files;
	}

	static List<String> failedPdfaRules(byte[] pdf) throws Exception {
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
