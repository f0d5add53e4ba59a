package klynge.importing;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import klynge.KlyngeIntegrationTest;
import klynge.shared.Eventually;
import klynge.meeting.Agenda;
import klynge.meeting.AgendaItem;
import klynge.meeting.attendance.Attendance;
import klynge.meeting.attendance.Attendee;
import klynge.meeting.Viewer;
import klynge.document.MeetingDocuments;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@KlyngeIntegrationTest
class ImportTests {

	static final UUID NORD = UUID.fromString("40d00000-0000-4000-8000-000000000002");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Agenda agenda;

	@Autowired
	Attendance attendance;

	@Autowired
	MeetingDocuments documents;

	@Test
	void previewsThenImportsOnceAsApprovedHistory() throws Exception {
		byte[] file = Fixtures.text(Fixtures.PM)
			.replace("27.03.2023", "27.03.2030")
			.replace("-23 ", "-30 ")
			.getBytes(StandardCharsets.UTF_8);
		String batch = upload(file, "pm-2030.txt");
		String preview = mvc.perform(get(batch).with(httpBasic("sekretariat", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(preview).contains("Partnermøtet", "Sak 01-30", "Ingvild Eide Graff");
		List<Result> results = commit(batch);
		assertThat(results).singleElement().satisfies(r -> assertThat(r.html()).contains("/meetings/"));
		UUID meeting = jdbc.sql("select meeting_id from imported_document where file_name = 'pm-2030.txt'")
			.query(UUID.class)
			.single();
		assertThat(jdbc.sql("select status from meeting where id = ?").param(meeting).query(String.class).single())
			.isEqualTo("MINUTES_APPROVED");
		assertThat(jdbc.sql("select count(*) from agenda_item where meeting_id = ?")
			.param(meeting)
			.query(Integer.class)
			.single()).isEqualTo(9);
		assertThat(jdbc.sql(
				"select decision from item_minutes im join agenda_item i on i.id = im.item_id where i.meeting_id = ? and i.case_seq = 3")
			.param(meeting)
			.query(String.class)
			.single()).startsWith("Partnermøtet tar årsmeldingen");
		assertThat(jdbc
			.sql("""
					select p.code from follow_up f join agenda_item i on i.id = f.item_id join person p on p.id = f.owner_person_id
					where i.meeting_id = ?""")
			.param(meeting)
			.query(String.class)
			.list()).containsExactly("GG");
		assertThat(jdbc
			.sql("""
					select d.code from attendance a join person p on p.id = a.person_id join person d on d.id = a.deputy_person_id
					where a.meeting_id = ? order by a.sort_order""")
			.param(meeting)
			.query(String.class)
			.list()).containsExactly("GG", "IEG");

		int meetings = jdbc.sql("select count(*) from meeting").query(Integer.class).single();
		String again = upload(file, "pm-2030-again.txt");
		assertThat(mvc.perform(get(again).with(httpBasic("sekretariat", "demo")))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("allerede importert");
		commit(again);
		assertThat(jdbc.sql("select count(*) from meeting").query(Integer.class).single()).isEqualTo(meetings);
	}

	@Test
	void aFileThatClashesReportsItsErrorAndWritesNothingWhileOthersGoOn() throws Exception {
		int meetings = jdbc.sql("select count(*) from meeting").query(Integer.class).single();
		MockMultipartFile clash = new MockMultipartFile("files", "ag.txt", "text/plain", Fixtures.bytes(Fixtures.AG));
		MockMultipartFile garbage = new MockMultipartFile("files", "garbage.txt", "text/plain",
				new byte[] { 0, 1, 2, 3 });
		String batch = mvc
			.perform(
					multipart("/imports").file(clash).file(garbage).with(httpBasic("sekretariat", "demo")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		List<Result> results = commit(batch);
		assertThat(results).hasSize(2).allSatisfy(r -> assertThat(r.html()).contains("ingenting lagret"));
		assertThat(jdbc.sql("select count(*) from meeting").query(Integer.class).single()).isEqualTo(meetings);
	}

	/**
	 * The import runs on a thread of its own, for the cluster of whoever started it
	 * (bound there with ClusterScope, not carried over by the login): Nord's import lands
	 * in Nord, in Nord's name.
	 */
	@Test
	void aBackgroundImportWritesToTheClusterOfWhoStartedIt() throws Exception {
		byte[] file = Fixtures.text(Fixtures.PM)
			.replace("27.03.2023", "27.03.2031")
			.replace("-23 ", "-31 ")
			.replace("Partnermøtet", "Partnarmøtet")
			.replace("PARTNERMØTE", "PARTNARMØTE")
			// Titles of its own, so that tests reading Nord's pages for Alrek's titles
			// are not misled.
			.replace("Årsmelding", "Årsrapport")
			.getBytes(StandardCharsets.UTF_8);
		String batch = upload(file, "pm-nord-2031.txt", "nord");
		assertThat(commit(batch, "nord")).singleElement().satisfies(r -> assertThat(r.html()).contains("/meetings/"));
		UUID meeting = jdbc.sql("select meeting_id from imported_document where file_name = 'pm-nord-2031.txt'")
			.query(UUID.class)
			.single();
		assertThat(jdbc.sql("select cluster_id from meeting where id = ?").param(meeting).query(UUID.class).single())
			.isEqualTo(NORD);
		assertThat(jdbc.sql("select distinct cluster_id from agenda_item where meeting_id = ?")
			.param(meeting)
			.query(UUID.class)
			.list()).containsExactly(NORD);
		assertThat(jdbc.sql("select distinct actor from audit_log where table_name = 'meeting' and row_id = ?")
			.param(meeting.toString())
			.query(String.class)
			.list()).containsExactly("nord");
	}

	@Test
	void otherClustersAndMembersCannotSeeImports() throws Exception {
		String batch = upload(Fixtures.bytes(Fixtures.AG), "ag.txt");
		mvc.perform(get(batch).with(httpBasic("nord", "demo"))).andExpect(status().isNotFound());
		mvc.perform(get("/imports").with(httpBasic("medlem", "demo"))).andExpect(status().isForbidden());
		mvc.perform(multipart("/imports").with(httpBasic("sekretariat", "demo")).with(csrf()))
			.andExpect(status().is(422));
	}

	@Test
	void seedsParseToTheDemoMeetings() {
		compare(Fixtures.PM, "pm-2023-03-27");
		compare(Fixtures.AG, "ag-2021-06-03");
	}

	/**
	 * Requirement 8: the DOCX export of a demo meeting reads back as the same meeting.
	 */
	@Test
	void theDocxExportReadsBackAsTheSameMeeting() {
		for (String key : List.of("pm-2023-03-27", "ag-2021-06-03")) {
			UUID meetingId = meetingId(key);
			byte[] docx = documents.minutesDocx(meetingId, new Viewer(null, true, false, true));
			ImportedMinutes read = MinutesReader.read(key + ".docx", docx);
			compare(read, meetingId);
			List<String> decisions = jdbc.sql("""
					select coalesce(im.decision, '') from agenda_item i
					left join item_minutes im on im.cluster_id = i.cluster_id and im.item_id = i.id
					where i.meeting_id = ? and i.parent_id is null order by i.position""")
				.param(meetingId)
				.query(String.class)
				.list();
			assertThat(decisions).as("the demo meeting has vedtak to compare").anyMatch(d -> !d.isBlank());
			assertThat(read.items()).extracting(item -> item.decision() == null ? "" : item.decision())
				.as(key + " vedtak")
				.containsExactlyElementsOf(decisions);
		}
	}

	private UUID meetingId(String key) {
		return UUID
			.fromString(jdbc.sql("select md5(?)::uuid::text").param("meeting:" + key).query(String.class).single());
	}

	private void compare(String file, String key) {
		compare(Fixtures.parse(file), meetingId(key));
	}

	private void compare(ImportedMinutes read, UUID meetingId) {
		List<AgendaItem> top = agenda.items(meetingId).stream().filter(i -> !i.isSubItem()).toList();
		assertThat(read.items()).extracting(ImportedItem::sequence)
			.containsExactlyElementsOf(top.stream().map(AgendaItem::caseSeq).toList());
		assertThat(read.items()).extracting(ImportedItem::title)
			.containsExactlyElementsOf(top.stream().map(AgendaItem::title).toList());
		assertThat(read.items()).extracting(ImportedItem::type)
			.containsExactlyElementsOf(top.stream().map(AgendaItem::type).toList());
		List<Attendee> sheet = attendance.sheet(meetingId).attendees();
		assertThat(read.attendees()).extracting(ImportedAttendee::code)
			.containsExactlyElementsOf(sheet.stream().map(Attendee::code).toList());
		assertThat(read.attendees()).extracting(ImportedAttendee::status)
			.containsExactlyElementsOf(sheet.stream().map(Attendee::status).toList());
		assertThat(read.attendees()).extracting(ImportedAttendee::deputyName)
			.containsExactlyElementsOf(sheet.stream().map(Attendee::deputyName).toList());
	}

	record Result(String html) {
	}

	private String upload(byte[] content, String name) throws Exception {
		return upload(content, name, "sekretariat");
	}

	private String upload(byte[] content, String name, String user) throws Exception {
		return mvc
			.perform(multipart("/imports").file(new MockMultipartFile("files", name, "text/plain", content))
				.with(httpBasic(user, "demo"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
	}

	private List<Result> commit(String batch) throws Exception {
		return commit(batch, "sekretariat");
	}

	private List<Result> commit(String batch, String user) throws Exception {
		String progress = mvc.perform(post(batch + "/commit").with(httpBasic(user, "demo")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String html = Eventually.value("the import to finish",
				() -> mvc.perform(get(progress).header("HX-Request", "true").with(httpBasic(user, "demo")))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsString(),
				page -> page.contains("<progress") && !page.contains("hx-get"));
		return html.lines()
			.filter(line -> line.contains("ingenting") || line.contains("/meetings/") || line.contains("importert"))
			.map(Result::new)
			.toList();
	}

}
