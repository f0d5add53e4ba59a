package klynge.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.UUID;

import klynge.KlyngeIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Issue 11, requirement 10: a person's e-mail and phone are for staff and the person;
 * another member reads them on no page, in no JSON and in no search result unless the
 * person chose to show them — a choice the person (or staff) makes, nobody else.
 */
@KlyngeIntegrationTest
class ContactDetailsPrivacyTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anotherMemberSeesNoContactDetailsStaffAndThePersonDo() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		String email = "kontakt-" + tag + "@example.org";
		String phone = "+47 99 " + Math.abs(tag.hashCode() % 900000 + 100000);
		String name = "Kontakt Søkersen " + tag;
		MockHttpServletResponse created = mvc
			.perform(post("/api/v1/people").with(httpBasic("sekretariat", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"name":"%s","code":"%s","email":"%s","phone":"%s"}""".formatted(name, code(tag), email,
						phone)))
			.andReturn()
			.getResponse();
		assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
		String location = created.getHeader("Location");
		UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));

		List<String> reads = List.of("/people/" + id, "/api/v1/people/" + id, "/api/v1/people",
				"/api/v1/people?q=" + tag, "/people?q=" + tag);
		for (String uri : reads) {
			for (String other : List.of("medlem", "observator", "leder")) {
				String text = fetch(get(uri), other);
				assertThat(text).as(uri + " as " + other).doesNotContain(email).doesNotContain(phone);
			}
		}
		for (String staff : List.of("sekretariat", "admin")) {
			assertThat(fetch(get("/people/" + id), staff)).as("page as " + staff).contains(email, phone);
			assertThat(fetch(get("/api/v1/people/" + id), staff)).as("JSON as " + staff).contains(email, phone);
		}
		// the htmx search-as-you-type answer too
		assertThat(fetch(get("/people").param("q", tag).header("HX-Request", "true"), "medlem")).contains(name)
			.doesNotContain(email);
	}

	@Test
	void thePersonSeesTheirOwnAndChoosesToShowThem() throws Exception {
		UUID gy = jdbc
			.sql("select id from person where code = 'GY' and cluster_id = 'a1ec0000-0000-4000-8000-000000000001'")
			.query(UUID.class)
			.single();
		String tag = UUID.randomUUID().toString().substring(0, 6);
		String email = "gy-" + tag + "@example.org";
		String phone = "+47 98 " + Math.abs(tag.hashCode() % 900000 + 100000);
		String demoEmail = jdbc.sql("select email from person where id = ?").param(gy).query(String.class).single();
		jdbc.sql("update person set email = ?, phone = ?, show_email = false, show_phone = false where id = ?")
			.params(email, phone, gy)
			.update();
		try {
			choose(gy, email, phone);
		}
		finally {
			jdbc.sql("update person set email = ?, phone = null, show_email = false, show_phone = false where id = ?")
				.params(demoEmail, gy)
				.update();
		}
	}

	private void choose(UUID gy, String email, String phone) throws Exception {

		assertThat(fetch(get("/people/" + gy), "medlem")).as("medlem is GY").contains(email, phone, "contact-choice");
		assertThat(fetch(get("/api/v1/people/" + gy), "medlem")).contains(email, phone);
		assertThat(fetch(get("/people/" + gy), "observator")).doesNotContain(email)
			.doesNotContain(phone)
			.doesNotContain("contact-choice");

		// nobody else chooses for GY
		int version = jdbc.sql("select version from person where id = ?").param(gy).query(Integer.class).single();
		assertThat(mvc
			.perform(post("/people/" + gy + "/contact-choice").param("showEmail", "true")
				.param("version", String.valueOf(version))
				.with(csrf())
				.with(httpBasic("observator", "demo")))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);

		// GY shows the e-mail, not the phone
		MockHttpServletResponse chosen = mvc
			.perform(post("/people/" + gy + "/contact-choice").param("showEmail", "true")
				.param("version", String.valueOf(version))
				.with(csrf())
				.with(httpBasic("medlem", "demo")))
			.andReturn()
			.getResponse();
		assertThat(chosen.getStatus()).isEqualTo(302);
		for (String uri : List.of("/people/" + gy, "/api/v1/people/" + gy)) {
			assertThat(fetch(get(uri), "observator")).as(uri).contains(email).doesNotContain(phone);
		}
		// staff take it back on GY's behalf
		version = jdbc.sql("select version from person where id = ?").param(gy).query(Integer.class).single();
		assertThat(mvc
			.perform(post("/people/" + gy + "/contact-choice").param("version", String.valueOf(version))
				.with(csrf())
				.with(httpBasic("sekretariat", "demo")))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(302);
		assertThat(fetch(get("/people/" + gy), "observator")).doesNotContain(email);
	}

	private static String code(String tag) {
		StringBuilder code = new StringBuilder("K");
		for (char c : tag.toCharArray()) {
			code.append((char) ('A' + Character.digit(c, 16) % 26));
		}
		return code.substring(0, 6);
	}

	private String fetch(MockHttpServletRequestBuilder request, String username) throws Exception {
		MockHttpServletResponse response = mvc.perform(request.with(httpBasic(username, "demo")))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(username).isEqualTo(200);
		return response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

}
