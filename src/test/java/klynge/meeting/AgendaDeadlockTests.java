package klynge.meeting;

import static klynge.meeting.MeetingTestData.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import klynge.KlyngeIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Items added at once to two meetings of one body and year (issue 9, finding 10): both renumber the
 * same year, which deadlocked in PostgreSQL and answered 500. Now every addition succeeds and the
 * year's case numbers stay unique and gapless.
 */
@KlyngeIntegrationTest
class AgendaDeadlockTests {

	static final int ADDITIONS = 24;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Meetings meetings;

	@Test
	void parallelAdditionsToTwoMeetingsOfOneYearNeverFail() throws Exception {
		UUID body = MeetingTestData.newBody(jdbc, "Parallellgruppen");
		List<UUID> both = List.of(meetings.plan(form(body, LocalDate.of(2046, 3, 2))),
				meetings.plan(form(body, LocalDate.of(2046, 9, 14))));
		CountDownLatch start = new CountDownLatch(1);
		List<Integer> statuses;
		try (ExecutorService threads = Executors.newFixedThreadPool(ADDITIONS)) {
			List<Future<Integer>> answers = new ArrayList<>();
			for (int i = 0; i < ADDITIONS; i++) {
				UUID meeting = both.get(i % 2);
				String title = "Sak nummer " + i;
				answers.add(threads.submit(() -> {
					start.await();
					return mvc.perform(post("/api/v1/meetings/{id}/items", meeting).with(httpBasic("sekretariat", "demo"))
							.contentType(MediaType.APPLICATION_JSON).content("{\"type\":\"DECISION\",\"title\":\"" + title + "\"}"))
						.andReturn().getResponse().getStatus();
				}));
			}
			start.countDown();
			statuses = new ArrayList<>();
			for (Future<Integer> answer : answers) {
				statuses.add(answer.get());
			}
		}
		assertThat(statuses).as("answers to the additions").allMatch(status -> status == 201);
		List<Integer> numbers = jdbc.sql("""
				select i.case_seq from agenda_item i join meeting m on m.cluster_id = i.cluster_id and m.id = i.meeting_id
				where m.body_id = ? and i.parent_id is null order by i.case_seq""")
			.param(body).query(Integer.class).list();
		assertThat(numbers).containsExactlyElementsOf(IntStream.rangeClosed(1, ADDITIONS).boxed().toList());
		List<Integer> first = jdbc.sql("select case_seq from agenda_item where meeting_id = ? order by position")
			.param(both.get(0)).query(Integer.class).list();
		assertThat(first).containsExactlyElementsOf(IntStream.rangeClosed(1, ADDITIONS / 2).boxed().toList());
	}
}
