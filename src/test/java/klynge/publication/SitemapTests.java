package klynge.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import klynge.KlyngeIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The sitemap is valid by the official sitemaps.org 0.9 schema, lists the public pages,
 * the bodies, meetings whose summons went out and approved minutes (the demo's
 * Arbeidsgruppen 03.06.2021 and Styringsgruppen 20.03.2023 too) with absolute addresses
 * on the host asked, and Nord's host lists Nord's only; robots.txt points to it.
 */
@KlyngeIntegrationTest
class SitemapTests {

	static final String NORD_HOST = "nord.sitemap.test";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	FeedFixture fixture;

	@BeforeEach
	void approvedMinutes() {
		fixture = new FeedFixture(jdbc);
		jdbc.sql("update cluster set host_name = ? where id = ?").params(NORD_HOST, FeedFixture.NORD).update();
	}

	@AfterEach
	void reset() {
		jdbc.sql("update cluster set host_name = null where id = ? and host_name = ?")
			.params(FeedFixture.NORD, NORD_HOST)
			.update();
	}

	@Test
	void theSitemapIsValidAndListsThePublicPagesOfTheHostsClusterOnly() throws Exception {
		String alrek = valid(fetch("/sitemap.xml", "localhost"));
		for (String page : List.of("/", "/offentlig", "/bodies", "/open-calls", "/arrangementer", "/idebank",
				"/strategi", "/samarbeidspartnere", "/tildelinger")) {
			assertThat(alrek).contains("<loc>http://localhost:8080" + page + "</loc>");
		}
		assertThat(alrek)
			.contains("<loc>http://localhost:8080" + fixture.minutesPath() + "</loc><lastmod>" + fixture.day)
			.contains("<loc>http://localhost:8080/meetings/" + fixture.meeting + "</loc>")
			.contains("http://localhost:8080/offentlig/arbeidsgruppen/2021-06-03")
			.contains("http://localhost:8080/offentlig/styringsgruppen/2023-03-20");
		UUID alrekBody = jdbc.sql("select id from body where cluster_id = ? limit 1")
			.param(FeedFixture.ALREK)
			.query(UUID.class)
			.single();
		assertThat(alrek).contains("/bodies/" + alrekBody);
		UUID planned = jdbc
			.sql("select id from meeting where cluster_id = ? and status in ('PLANNED', 'CANCELLED') limit 1")
			.param(FeedFixture.ALREK)
			.query(UUID.class)
			.optional()
			.orElse(null);
		if (planned != null) {
			assertThat(alrek).as("a meeting not yet summoned is not listed").doesNotContain(planned.toString());
		}

		String nord = valid(fetch("/sitemap.xml", NORD_HOST));
		assertThat(nord).contains("<loc>http://" + NORD_HOST + ":8080/</loc>")
			.doesNotContain("localhost")
			.doesNotContain(fixture.meeting.toString())
			.doesNotContain(alrekBody.toString())
			.doesNotContain("arbeidsgruppen/2021-06-03");
		UUID nordBody = jdbc.sql("select id from body where cluster_id = ? limit 1")
			.param(FeedFixture.NORD)
			.query(UUID.class)
			.optional()
			.orElse(null);
		if (nordBody != null) {
			assertThat(nord).contains("/bodies/" + nordBody);
		}
	}

	@Test
	void robotsTxtPointsToTheSitemapOfTheHost() throws Exception {
		MockHttpServletResponse robots = fetch("/robots.txt", NORD_HOST);
		assertThat(robots.getStatus()).isEqualTo(200);
		assertThat(robots.getContentType()).startsWith("text/plain");
		assertThat(robots.getContentAsString(StandardCharsets.UTF_8))
			.contains("Sitemap: http://" + NORD_HOST + ":8080/sitemap.xml");
	}

	@Test
	void theSitemapAndRobotsTxtNeverNameTheHostTheRequestNamed() throws Exception {
		for (String path : List.of("/sitemap.xml", "/robots.txt")) {
			assertThat(fetch(path, "evil.example").getContentAsString(StandardCharsets.UTF_8)).as(path)
				.doesNotContain("evil.example");
		}
	}

	/** The sitemap's text once the official schema has accepted it. */
	private static String valid(MockHttpServletResponse answer) throws Exception {
		assertThat(answer.getStatus()).isEqualTo(200);
		assertThat(answer.getContentType()).startsWith("application/xml");
		byte[] xml = answer.getContentAsByteArray();
		SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
			.newSchema(SitemapTests.class.getResource("/feed/sitemap.xsd"))
			.newValidator()
			.validate(new StreamSource(new ByteArrayInputStream(xml)));
		return new String(xml, StandardCharsets.UTF_8);
	}

	private MockHttpServletResponse fetch(String path, String host) throws Exception {
		return mvc.perform(get(path).with(r -> {
			r.setServerName(host);
			return r;
		})).andReturn().getResponse();
	}

}
