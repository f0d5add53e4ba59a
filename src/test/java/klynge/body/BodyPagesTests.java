package klynge.body;

import static klynge.body.BodyFixtures.ALREK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import klynge.KlyngeIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@KlyngeIntegrationTest
class BodyPagesTests {

	private static final Pattern CODE_CELL = Pattern.compile("<td class=\"code\">([^<]*)</td>");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	BodyDirectory directory;

	String page(String url) throws Exception {
		return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	static List<String> codes(String html) {
		String table = html.substring(html.indexOf("<div id=\"members\">"));
		table = table.substring(0, table.indexOf("</table>"));
		List<String> codes = new ArrayList<>();
		Matcher matcher = CODE_CELL.matcher(table);
		while (matcher.find()) {
			codes.add(matcher.group(1));
		}
		return codes;
	}

	@Test
	void partnermotetOn27March2023ListsTheSeedTableInOrder() throws Exception {
		UUID id = BodyFixtures.body(jdbc, ALREK, "Partnermøtet");
		String html = page("/bodies/" + id + "?date=2023-03-27");
		assertThat(codes(html)).containsExactly("MH", "GG", "GY", "EH", "KAW", "KF", "JHK", "GPK", "BM", "LM", "PB",
				"IEG", "KS", "BA", "KW");
		assertThat(html).contains("<h1>Partnermøtet</h1>")
			.contains(">Organisasjon</th>", ">Navn</th>", ">Kode</th>")
			.contains("Universitetet i Bergen, leder", "Margareth Hagen", "Vestland fylkeskommune/ Tannhelsetjenesten")
			.contains("vara for Gun Peggy Knudsen")
			.doesNotContain("Universitetet i Bergen, leder, leder");
		assertThat(html.indexOf("Per Bakke")).isLessThan(html.indexOf("Faste observatører"));
		assertThat(html.indexOf("Faste observatører")).isLessThan(html.indexOf("Karsten Specht"));
		assertThat(html.indexOf("Berit Angelskår")).isLessThan(html.indexOf(">Sekretariat<"));
		assertThat(html.indexOf(">Sekretariat<")).isLessThan(html.indexOf("Kristin Walter"));
		assertThat(html).contains("Het Styringsgruppen fram til 31.08.2022");
	}

	@Test
	void styringsgruppenOn3June2021IsHeadedArbeidsgruppenWithTheSeedRows() throws Exception {
		UUID id = BodyFixtures.body(jdbc, ALREK, "Styringsgruppen");
		String html = page("/bodies/" + id + "?date=2021-06-03");
		assertThat(html).contains("<h1>Arbeidsgruppen</h1>").contains("Arbeidsgruppen – medlemmer torsdag 03.06.2021");
		assertThat(codes(html)).containsExactly("NL", "RB", "BW", "PB", "TEH", "RS", "PBG", "HR", "RLM", "RL", "ØV",
				"EB", "AL", "PBG", "ES", "OVK", "BA", "KW");
		assertThat(html).contains("Norce", "Lederforum/ Årstadveien 17", "vara for Rebekka Ljosland",
				"Het Arbeidsgruppen fram til 31.08.2022", "Heter nå Styringsgruppen.");
	}

	@Test
	void withoutADateTodaysNameAndMembersAreShown() throws Exception {
		UUID id = BodyFixtures.body(jdbc, ALREK, "Styringsgruppen");
		String html = page("/bodies/" + id);
		assertThat(html).contains("<h1>Styringsgruppen</h1>").doesNotContain("Heter nå");
		assertThat(codes(html)).containsExactly("BA", "KW");
	}

	@Test
	void anInvalidDateIsExplainedBesideTheDateField() throws Exception {
		UUID id = BodyFixtures.body(jdbc, ALREK, "Partnermøtet");
		String html = mvc.perform(get("/bodies/" + id).param("date", "2023-02-30"))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("id=\"date-error\"").contains("aria-invalid=\"true\"");
	}

	@Test
	void listShowsCurrentNamesTypesInTheUsersLanguageAndMemberCounts() throws Exception {
		String html = page("/bodies");
		assertThat(html).contains(">Partnermøtet</a>", ">Styringsgruppen</a>", ">Partnermøte</td>", ">Brukerpanel</td>",
				"<td>11</td>");
		String english = mvc.perform(get("/bodies").param("lang", "en")).andReturn().getResponse().getContentAsString();
		assertThat(english).contains(">Partner meeting</td>", ">Steering group</td>", ">Review committee</td>");
		assertThat(english).doesNotContain("Alrek-nord").doesNotContain("Partnarmøtet");
	}

	@Test
	void publicSeesNamesAndCodesButNoHistoryOrPersonLinks() throws Exception {
		UUID id = BodyFixtures.body(jdbc, ALREK, "Partnermøtet");
		String html = page("/bodies/" + id + "?date=2023-03-27");
		assertThat(html).doesNotContain("Medlemskapshistorikk").doesNotContain("/people/").doesNotContain("@");
		String member = mvc.perform(get("/bodies/" + id).param("date", "2023-03-27").with(httpBasic("medlem", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(member).contains("Medlemskapshistorikk").contains("/people/");
	}

	@Test
	void personMembershipsShowTheBodysNameAtTheTimeAsPageAndHtmxFragment() throws Exception {
		UUID pb = BodyFixtures.person(jdbc, ALREK, "PB");
		String html = mvc.perform(get("/people/" + pb + "/memberships").with(httpBasic("medlem", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("<html")
			.contains("Per Bakke")
			.contains(">Partnermøtet</a>")
			.contains(">Arbeidsgruppen</a>");
		assertThat(html.indexOf(">Partnermøtet</a>")).isLessThan(html.indexOf(">Arbeidsgruppen</a>"));
		String fragment = mvc
			.perform(get("/people/" + pb + "/memberships").header("HX-Request", "true")
				.with(httpBasic("medlem", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(fragment).contains("id=\"memberships-content\"").doesNotContain("<html");
	}

	@Test
	void directoryGivesNamesMembersAndChairOnADay() {
		UUID pm = BodyFixtures.body(jdbc, ALREK, "Partnermøtet");
		LocalDate day = LocalDate.parse("2023-03-27");
		assertThat(directory.nameOn(ALREK, pm, LocalDate.parse("2022-01-01"))).isEqualTo("Styringsgruppen");
		assertThat(directory.nameOn(ALREK, pm, day)).isEqualTo("Partnermøtet");
		assertThat(directory.chairOn(ALREK, pm, day)).get().extracting(MemberRow::code).isEqualTo("MH");
		List<MemberRow> rows = directory.membersOn(ALREK, pm, day);
		assertThat(rows).hasSize(15);
		MemberRow ieg = rows.get(11);
		assertThat(ieg.code()).isEqualTo("IEG");
		assertThat(ieg.deputyForPersonId()).isEqualTo(BodyFixtures.person(jdbc, ALREK, "GPK"));
		assertThat(ieg.organisationName()).isEqualTo("Folkehelseinstituttet");
		assertThat(directory.bodies(BodyFixtures.NORD)).extracting(BodySummary::name).containsExactly("Partnarmøtet");
		assertThat(directory.body(BodyFixtures.NORD, pm)).isEmpty();
	}

}
