package klynge.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import klynge.KlyngeIntegrationTest;
import klynge.shared.Eventually;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A substitute the minutes name ("Ola Berg (vara for Per Dal)") shows in the preview and
 * the JSON API, and is stored as the meeting's attendance stores a deputy: the member's
 * row "vara" with the deputy person.
 */
@KlyngeIntegrationTest
class ImportSubstituteCommitTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private static MockMultipartFile minutes(String fileName, int year) {
		return new MockMultipartFile("files", fileName, "text/plain",
				("Referat fra styremøte 3. februar " + year + "\n\nTil stede: Kari Vikanes, Ola Brekkhus "
						+ "(vara for Per Tjeldstø), Eva Salhus\n\nForfall: Siri Hjelmås\n\nSak 1/" + (year % 100)
						+ " Budsjett\nVedtak: Godkjent.\n")
					.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void theSubstituteGoesFromThePreviewToTheMeetingsAttendance() throws Exception {
		UUID body = jdbc.sql("select id from body where cluster_id = 'a1ec0000-0000-4000-8000-000000000001' limit 1")
			.query(UUID.class)
			.single();
		String batch = mvc
			.perform(multipart("/imports").file(minutes("vara-2041.txt", 2041))
				.with(httpBasic("sekretariat", "demo"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String preview = mvc.perform(get(batch).with(httpBasic("sekretariat", "demo")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(preview).containsPattern("Per Tjeldstø</th>(?s:.*?)vara</td><td>Ola Brekkhus</td>");
		Matcher bodyField = Pattern.compile("name=\"(body:[0-9a-f]+)\"").matcher(preview);
		// the deputy and the member become people of the register, as the seed's "vara"
		// rows name them
		String form = (bodyField.find() ? bodyField.group(1) + "=" + body + "&" : "")
				+ "person:Per Tjeldstø=new&person:Ola Brekkhus=new";
		String progress = mvc
			.perform(post(batch + "/commit").contentType("application/x-www-form-urlencoded")
				.content(form)
				.with(httpBasic("sekretariat", "demo"))
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		Eventually.value("the page import",
				() -> mvc.perform(get(progress).with(httpBasic("sekretariat", "demo")))
					.andReturn()
					.getResponse()
					.getContentAsString(),
				page -> page.contains("Ferdig."));
		assertThat(attendance("vara-2041.txt")).containsExactly("Kari Vikanes | present | ", "Eva Salhus | present | ",
				"Siri Hjelmås | absent | ", "Per Tjeldstø | deputy | Ola Brekkhus");

		// the API shows the same before it commits
		String created = mvc
			.perform(multipart("/api/v1/imports").file(minutes("vara-2042.txt", 2042))
				.with(httpBasic("sekretariat", "demo")))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<List<String>>read(created,
				"$.files[0].meeting.attendance[?(@.name == 'Per Tjeldstø')].deputyName"))
			.containsExactly("Ola Brekkhus");
		assertThat(JsonPath.<List<String>>read(created,
				"$.files[0].meeting.attendance[?(@.name == 'Per Tjeldstø')].status"))
			.containsExactly("DEPUTY");
	}

	/** Who the meeting a file became lists: name, status, deputy. */
	private List<String> attendance(String fileName) {
		UUID meeting = jdbc.sql("select meeting_id from imported_document where file_name = ?")
			.param(fileName)
			.query(UUID.class)
			.single();
		return jdbc.sql("""
				select concat_ws(' | ', coalesce(p.name, a.guest_name), lower(a.status), coalesce(d.name, ''))
				from attendance a left join person p on p.id = a.person_id
				left join person d on d.id = a.deputy_person_id where a.meeting_id = ? order by a.sort_order""")
			.param(meeting)
			.query(String.class)
			.list();
	}

}
