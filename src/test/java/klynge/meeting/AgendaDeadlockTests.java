package klynge.meeting;

import static klynge.meeting.MeetingTestData.form;
import static org.assertj.core.api.Assertions.assertThat;

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
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Items added at once to two meetings of one body and year (issue 9, finding 10): both
 * renumber the same year, which deadlocked in PostgreSQL (6 of 24 answered 500). Now
 * every addition succeeds and the year's case numbers stay unique and gapless. Real
 * threads through the service (over HTTP the overload limit answers 503 to some of 24
 * requests at once, which is its job, not this test's).
 */
@KlyngeIntegrationTest
class AgendaDeadlockTests {

	static final int ADDITIONS = 24;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Meetings meetings;

	@Autowired
	Agenda agenda;

	@Test
	void parallelAdditionsToTwoMeetingsOfOneYearNeverFail() throws Exception {
		UUID body = MeetingTestData.newBody(jdbc, "Parallellgruppen");
		List<UUID> both = List.of(meetings.plan(form(body, LocalDate.of(2046, 3, 2))),
				meetings.plan(form(body, LocalDate.of(2046, 9, 14))));
		CountDownLatch start = new CountDownLatch(1);
		List<String> outcomes;
		try (ExecutorService threads = Executors.newFixedThreadPool(ADDITIONS)) {
			List<Future<String>> answers = new ArrayList<>();
			for (int i = 0; i < ADDITIONS; i++) {
				UUID meeting = both.get(i % 2);
				String title = "Sak nummer " + i;
				answers.add(threads.submit(() -> {
					start.await();
					try {
						agenda.add(meeting, MeetingTestData.itemForm(title));
						return "added";
					}
					catch (RuntimeException ex) {
						return ex.getClass().getSimpleName() + ": " + ex.getMessage();
					}
				}));
			}
			start.countDown();
			outcomes = new ArrayList<>();
			for (Future<String> answer : answers) {
				outcomes.add(answer.get());
			}
		}
		assertThat(outcomes).as("outcomes of the additions").containsOnly("added");
		List<Integer> numbers = jdbc
			.sql("""
					select i.case_seq from agenda_item i join meeting m on m.cluster_id = i.cluster_id and m.id = i.meeting_id
					where m.body_id = ? and i.parent_id is null order by i.case_seq""")
			.param(body)
			.query(Integer.class)
			.list();
		assertThat(numbers).containsExactlyElementsOf(IntStream.rangeClosed(1, ADDITIONS).boxed().toList());
		List<Integer> first = jdbc.sql("select case_seq from agenda_item where meeting_id = ? order by position")
			.param(both.get(0))
			.query(Integer.class)
			.list();
		assertThat(first).containsExactlyElementsOf(IntStream.rangeClosed(1, ADDITIONS / 2).boxed().toList());
	}

}
