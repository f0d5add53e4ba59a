package klynge.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import klynge.KlyngeIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The four Atom feeds: valid by RFC 4287's schema (Jing) and readable by a feed library
 * (Rome), anonymous, absolute links on the host asked, stable ids; decisions as an
 * anonymous reader may read them (an exempt one by public title and legal basis only, a
 * members-only one not at all) until the exemption's end date, and then in full without
 * any write; the other cluster's host shows none of it.
 */
@KlyngeIntegrationTest
class FeedTests {

	static final List<String> FEEDS = List.of("/feed/protokoller.atom", "/feed/vedtak.atom", "/feed/utlysninger.atom",
			"/feed/arrangementer.atom");

	static final String NORD_HOST = "nord.feed.test";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FeedClock clock;

	FeedFixture fixture;

	@BeforeEach
	void approvedMinutes() {
		fixture = new FeedFixture(jdbc);
		jdbc.sql("update cluster set host_name = ? where id = ?").params(NORD_HOST, FeedFixture.NORD).update();
	}

	@AfterEach
	void reset() {
		clock.set(null);
		jdbc.sql("update cluster set host_name = null where id = ? and host_name = ?")
			.params(FeedFixture.NORD, NORD_HOST)
			.update();
	}

	@Test
	void everyFeedIsValidAtomForAnonymousReadersOfEitherCluster() throws Exception {
		for (String host : List.of("localhost", NORD_HOST)) {
			for (String path : FEEDS) {
				MockHttpServletResponse answer = fetch(path, host, null);
				assertThat(answer.getStatus()).as(host + path).isEqualTo(200);
				assertThat(answer.getContentType()).startsWith("application/atom+xml");
				byte[] xml = answer.getContentAsByteArray();
				assertThat(AtomValidator.problems(xml)).as(host + path).isEmpty();
				Feed feed = AtomValidator.read(xml);
				assertThat(feed.getId()).startsWith("urn:uuid:");
				assertThat(feed.getUpdated()).isNotNull();
				assertThat(feed.getAuthors()).isNotEmpty();
				assertThat(feed.getOtherLinks()).extracting(Link::getHref).contains("http://" + host + ":8080" + path);
				assertThat(new String(xml, StandardCharsets.UTF_8)).contains("xml:lang=\"");
				for (Entry entry : feed.getEntries()) {
					assertThat(entry.getId()).startsWith("urn:uuid:");
					assertThat(entry.getUpdated()).isNotNull();
					assertThat(entry.getAlternateLinks()).hasSize(1);
					assertThat(entry.getAlternateLinks().getFirst().getHref()).startsWith("http://" + host + ":8080/");
				}
			}
		}
		assertThat(ids("/feed/protokoller.atom", "localhost")).as("stable ids")
			.isEqualTo(ids("/feed/protokoller.atom", "localhost"));
	}

	@Test
	void aFeedNeverLinksToTheHostTheRequestNamed() throws Exception {
		for (String path : FEEDS) {
			String xml = fetch(path, "evil.example", null).getContentAsString(StandardCharsets.UTF_8);
			assertThat(xml).as(path).doesNotContain("evil.example");
		}
	}

	@Test
	void minutesFeedLinksTheApprovedMinutesOnlyOnItsOwnClustersHost() throws Exception {
		Feed alrek = AtomValidator.read(fetch("/feed/protokoller.atom", "localhost", null).getContentAsByteArray());
		assertThat(alrek.getEntries()).anySatisfy(entry -> {
			assertThat(entry.getId()).isEqualTo("urn:uuid:" + fixture.meeting);
			assertThat(entry.getAlternateLinks().getFirst().getHref())
				.isEqualTo("http://localhost:8080" + fixture.minutesPath());
		});
		String nord = fetch("/feed/protokoller.atom", NORD_HOST, null).getContentAsString(StandardCharsets.UTF_8);
		assertThat(nord).doesNotContain(fixture.meeting.toString()).doesNotContain(fixture.minutesPath());
	}

	@Test
	void anExemptDecisionShowsOnlyItsPublicTitleAndBasisUntilItsEndDateThenInFull() throws Exception {
		for (String user : new String[] { null, "admin" }) {
			String xml = fetch("/feed/vedtak.atom", "localhost", user).getContentAsString(StandardCharsets.UTF_8);
			assertThat(xml).as("public decision").contains(fixture.tag + "aapent");
			assertThat(xml).as("escaped by the XML writer").contains("&lt;script&gt;").doesNotContain("<script>");
			assertThat(xml).as("exempt item by public title and basis")
				.contains("Personalsak " + fixture.tag + "pub")
				.contains("Offl. § 25");
			assertThat(xml).as("nothing exempt or members-only, whoever asks")
				.doesNotContain(fixture.tag + "hemmelig")
				.doesNotContain(fixture.tag + "internt")
				.doesNotContain(fixture.tag + "medlem");
		}
		Feed before = AtomValidator.read(fetch("/feed/vedtak.atom", "localhost", null).getContentAsByteArray());
		Entry placeholder = entry(before, "urn:uuid:" + fixture.exemptItem);
		assertThat(placeholder.getContents()).isEmpty();
		assertThat(placeholder.getSummary().getValue()).contains("Offl. § 25");

		clock.set(Clock.fixed(fixture.exemptUntil.atStartOfDay(ZoneId.of("Europe/Oslo")).toInstant().plusSeconds(60),
				ZoneId.of("UTC")));
		byte[] after = fetch("/feed/vedtak.atom", "localhost", null).getContentAsByteArray();
		assertThat(AtomValidator.problems(after)).isEmpty();
		Entry opened = entry(AtomValidator.read(after), "urn:uuid:" + fixture.exemptItem);
		assertThat(opened.getTitle()).contains(fixture.tag + "internt");
		assertThat(opened.getContents()).extracting(Content::getValue)
			.singleElement()
			.asString()
			.contains(fixture.tag + "hemmelig");
		java.time.LocalDate public_ = fixture.exemptUntil.isAfter(fixture.day) ? fixture.exemptUntil : fixture.day;
		assertThat(opened.getUpdated()).as("updated on the day it became public (approval or exemption end)")
			.isEqualTo(java.util.Date.from(public_.atStartOfDay(ZoneId.of("Europe/Oslo")).toInstant()));
		assertThat(new String(after, StandardCharsets.UTF_8)).doesNotContain(fixture.tag + "medlem");

		String nord = fetch("/feed/vedtak.atom", NORD_HOST, null).getContentAsString(StandardCharsets.UTF_8);
		assertThat(nord).doesNotContain(fixture.tag);
	}

	@Test
	void anUnchangedFeedAnswers304ToItsEntityTag() throws Exception {
		MockHttpServletResponse first = fetch("/feed/vedtak.atom", "localhost", null);
		String tag = first.getHeader("ETag");
		assertThat(tag).isNotBlank();
		assertThat(first.getHeader("Cache-Control")).contains("no-cache");
		MockHttpServletResponse again = mvc.perform(get("/feed/vedtak.atom").header("If-None-Match", tag))
			.andReturn()
			.getResponse();
		assertThat(again.getStatus()).isEqualTo(304);
		assertThat(again.getContentAsByteArray()).isEmpty();
		clock
			.set(Clock.fixed(fixture.exemptUntil.atStartOfDay(ZoneId.of("Europe/Oslo")).toInstant(), ZoneId.of("UTC")));
		MockHttpServletResponse changed = mvc.perform(get("/feed/vedtak.atom").header("If-None-Match", tag))
			.andReturn()
			.getResponse();
		assertThat(changed.getStatus()).as("the exemption ended: a new body, no stale copy").isEqualTo(200);
		assertThat(changed.getHeader("ETag")).isNotEqualTo(tag);
	}

	@Test
	void everyPageNamesTheFeedsInItsHead() throws Exception {
		String home = fetch("/", "localhost", null).getContentAsString(StandardCharsets.UTF_8);
		String head = home.substring(0, home.indexOf("</head>"));
		for (String path : FEEDS) {
			assertThat(head).contains("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"" + path + "\"");
		}
	}

	@Test
	void hostileTextStaysTextAndTheFeedStaysValid() throws Exception {
		List<String> corpus = new java.util.ArrayList<>(klynge.gates.XssCorpus.ENTRIES);
		corpus.add("kontroll\u0001tegn \uFFFE ]]> &amp; <![CDATA[x]]>");
		FeedFixture hostile = new FeedFixture(jdbc, corpus);
		byte[] xml = fetch("/feed/vedtak.atom", "localhost", null).getContentAsByteArray();
		assertThat(AtomValidator.problems(xml)).isEmpty();
		Feed feed = AtomValidator.read(xml);
		for (int i = 0; i < corpus.size(); i++) {
			String expected = FeedWriter.clean(corpus.get(i));
			Entry entry = entry(feed, "urn:uuid:" + hostile.extraItems.get(i));
			assertThat(entry.getTitle()).as("title %d", i).endsWith(expected.strip());
			assertThat(entry.getContents()).extracting(Content::getValue)
				.as("decision %d", i)
				.containsExactly(expected);
		}
		assertThat(new String(xml, StandardCharsets.UTF_8)).doesNotContain("<script").doesNotContain("<img");
	}

	private static Entry entry(Feed feed, String id) {
		return feed.getEntries()
			.stream()
			.filter(e -> e.getId().equals(id))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no entry " + id));
	}

	private List<String> ids(String path, String host) throws Exception {
		return AtomValidator.read(fetch(path, host, null).getContentAsByteArray())
			.getEntries()
			.stream()
			.map(Entry::getId)
			.toList();
	}

	MockHttpServletResponse fetch(String path, String host, String user) throws Exception {
		MockHttpServletRequestBuilder request = get(path).with(r -> {
			r.setServerName(host);
			return r;
		});
		if (user != null) {
			request = request.with(httpBasic(user, "demo"));
		}
		return mvc.perform(request).andReturn().getResponse();
	}

}
