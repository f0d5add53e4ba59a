package klynge.search;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A planned meeting of Alrek's Partnermøtet on the given day, for tests to put items on.
 */
record PlannedMeeting(UUID body, UUID meeting) {

	static final UUID ALREK = UUID.fromString("a1ec0000-0000-4000-8000-000000000001");

	static PlannedMeeting of(JdbcClient jdbc, LocalDate day) {
		UUID body = jdbc.sql("select body_id from body_name where cluster_id = ? and name = 'Partnermøtet' limit 1")
			.param(ALREK)
			.query(UUID.class)
			.single();
		UUID meeting = jdbc.sql("""
				insert into meeting (cluster_id, body_id, meeting_date, starts_at, status)
				values (?, ?, ?, '10:00', 'PLANNED') returning id""")
			.params(ALREK, body, day)
			.query(UUID.class)
			.single();
		return new PlannedMeeting(body, meeting);
	}

}
