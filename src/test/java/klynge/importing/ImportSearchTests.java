package klynge.importing;

import static klynge.search.SearchProbe.ALREK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import klynge.KlyngeIntegrationTest;
import klynge.search.SearchIndex;
import klynge.search.SearchProbe;
import klynge.shared.Eventually;
import klynge.shared.TestYears;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Imported minutes are searchable like any others: the import makes items and their
 * minutes (title, decision, notes), which the item and minutes sources index; the other
 * cluster finds none of it.
 */
@KlyngeIntegrationTest
class ImportSearchTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SearchIndex index;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theTextOfImportedMinutesIsFound() throws Exception {
		String tag = SearchProbe.uniqueWord();
		LocalDate day = TestYears.uniqueDay();
		String text = "Referat fra Partnermøtet\nDato: " + day.format(DateTimeFormatter.ofPattern("dd.MM.yyyy"))
				+ "\n\nSak 1/" + (day.getYear() % 100) + " Oppstart " + tag + "tittel\n\nDrøftet " + tag
				+ "referat i møtet.\n\nVedtak: Godkjent " + tag + "vedtak.\n";
		String created = mvc
			.perform(post("/api/v1/imports").param("name", "sok-" + tag + ".txt")
				.contentType("text/plain;charset=UTF-8")
				.content(text.getBytes(StandardCharsets.UTF_8))
				.with(httpBasic("sekretariat", "demo")))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = JsonPath.read(created, "$.id");
		UUID body = jdbc.sql("select body_id from body_name where cluster_id = ? and name = 'Partnermøtet' limit 1")
			.param(ALREK)
			.query(UUID.class)
			.single();
		mvc.perform(post("/api/v1/imports/" + id + "/commit").contentType("application/json")
			.content("""
					{"files": [{"fileName": "sok-%s.txt", "date": "%s", "bodyId": "%s"}]}""".formatted(tag, day, body))
			.with(httpBasic("sekretariat", "demo"))).andExpect(status().isAccepted());
		Eventually.value("the import",
				() -> mvc.perform(get("/api/v1/imports/" + id).with(httpBasic("sekretariat", "demo")))
					.andReturn()
					.getResponse()
					.getContentAsString(),
				json -> "done".equals(JsonPath.read(json, "$.status")));
		SearchProbe search = SearchProbe.rebuilt(mvc, index);
		for (String word : new String[] { "tittel", "referat", "vedtak" }) {
			assertThat(search.titles("sekretariat", tag + word, "ITEM")).as(word)
				.singleElement()
				.satisfies(title -> assertThat(title).contains(tag + "tittel"));
			assertThat(search.json("nord", tag + word, null)).as(word).contains("\"total\":0");
		}
	}

}
