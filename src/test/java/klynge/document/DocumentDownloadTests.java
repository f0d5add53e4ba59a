package klynge.document;

import static klynge.document.SeedMeetings.ARBEIDSGRUPPEN;
import static klynge.document.SeedMeetings.PARTNERMOTET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import klynge.KlyngeIntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The downloads on the meeting page: types, file names, who gets what, and other
 * clusters' 404.
 */
@KlyngeIntegrationTest
class DocumentDownloadTests {

	@Autowired
	MockMvc mvc;

	@Test
	void staffDownloadsTheDraftMinutesAsPdfWithAGoodFileName() throws Exception {
		MvcResult result = mvc
			.perform(get("/meetings/{id}/minutes.pdf", PARTNERMOTET).with(httpBasic("sekretariat", "demo")))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andReturn();
		assertThat(result.getResponse().getContentAsByteArray()).startsWith("%PDF-".getBytes());
		assertThat(result.getResponse().getHeader("Content-Disposition")).startsWith("attachment")
			.contains("Referat%20Partnerm%C3%B8tet%202023-03-27.pdf");
	}

	@Test
	void anonymousGetsNoDraftMinutesButTheSummons() throws Exception {
		mvc.perform(get("/meetings/{id}/minutes.pdf", PARTNERMOTET)).andExpect(status().isNotFound());
		mvc.perform(get("/meetings/{id}/minutes.docx", PARTNERMOTET)).andExpect(status().isNotFound());
		mvc.perform(get("/meetings/{id}/summons.pdf", PARTNERMOTET))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"));
	}

	@Test
	void approvedMinutesAreForEveryoneAsWord() throws Exception {
		mvc.perform(get("/meetings/{id}/minutes.docx", ARBEIDSGRUPPEN))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
			.andExpect(header().string("Content-Disposition", Matchers.containsString(".docx")));
		mvc.perform(get("/meetings/{id}/summons.docx", ARBEIDSGRUPPEN).with(httpBasic("medlem", "demo")))
			.andExpect(status().isOk());
	}

	@Test
	void anotherClusterAndUnknownMeetingsGet404() throws Exception {
		mvc.perform(get("/meetings/{id}/summons.pdf", PARTNERMOTET).with(httpBasic("nord", "demo")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/meetings/{id}/minutes.docx", ARBEIDSGRUPPEN).with(httpBasic("nord", "demo")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/meetings/{id}/minutes.pdf", UUID.randomUUID())).andExpect(status().isNotFound());
		mvc.perform(get("/meetings/not-a-uuid/minutes.pdf")).andExpect(status().is4xxClientError());
	}

	@Test
	void meetingPageOffersTheDownloads() throws Exception {
		String page = mvc.perform(get("/meetings/{id}", PARTNERMOTET).with(httpBasic("sekretariat", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("/meetings/" + PARTNERMOTET + "/minutes.pdf",
				"/meetings/" + PARTNERMOTET + "/summons.docx");
		String anonymous = mvc.perform(get("/meetings/{id}", PARTNERMOTET))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(anonymous).contains("/summons.pdf").doesNotContain("/minutes.pdf");
	}

}
