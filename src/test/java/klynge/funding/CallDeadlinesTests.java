package klynge.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import klynge.KlyngeIntegrationTest;
import klynge.cluster.Clusters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 15: a published call closes itself at its deadline (Europe/Oslo, by the
 * FundingClock): not 1 ms before, at the instant itself; by "system" in the audit log;
 * once; and only in its own cluster.
 */
@KlyngeIntegrationTest
class CallDeadlinesTests {

	static final UUID ALREK = UUID.fromString("a1ec0000-0000-4000-8000-000000000001");

	static final UUID NORD = UUID.fromString("40d00000-0000-4000-8000-000000000002");

	@Autowired
	CallDeadlines deadlines;

	@Autowired
	FundingClock clock;

	@Autowired
	Clusters clusters;

	@Autowired
	JdbcClient jdbc;

	/** Far in the past, so the job closes no other test's or the demo's call. */
	Instant deadline;

	UUID call;

	@BeforeEach
	void aPublishedCall() {
		// 12:00 Oslo time on a day in 2001 no other run picks: the deadline as a call
		// states it
		deadline = OffsetDateTime.parse("2001-03-01T12:00:00+01:00")
			.toInstant()
			.plusSeconds(60L * (long) (Math.random() * 100_000));
		call = publishedCall(ALREK, deadline);
	}

	@AfterEach
	void systemClock() {
		clock.set(null);
		// this test's calls leave the PUBLISHED state, so the next test counts only its
		// own
		jdbc.sql("update funding_call set status = 'DECIDED' where title like 'Fristutlysning %'").update();
	}

	/**
	 * A published call of the cluster's review committee (not of any body: a call of
	 * Partnermøtet would make its members readers of the leverage dashboard, which
	 * LeverageWebTests checks they are not).
	 */
	UUID publishedCall(UUID cluster, Instant deadline) {
		UUID fund = jdbc.sql("""
				insert into fund (cluster_id, kind, name, year, amount)
				values (?, 'COLLABORATION', 'Fristfond ' || gen_random_uuid(), 2001, 100000) returning id""")
			.param(cluster)
			.query(UUID.class)
			.single();
		return jdbc
			.sql("""
					insert into funding_call (cluster_id, fund_id, title, status, committee_body_id, deadline, published_at)
					select ?, ?, 'Fristutlysning ' || gen_random_uuid(), 'PUBLISHED', b.id, ?, ?
					from body b where b.cluster_id = ? order by b.type = 'REVIEW_COMMITTEE' desc, b.id limit 1 returning id""")
			.params(cluster, fund, Timestamp.from(deadline), Timestamp.from(deadline.minusSeconds(86_400)), cluster)
			.query(UUID.class)
			.single();
	}

	String status(UUID call) {
		return jdbc.sql("select status from funding_call where id = ?").param(call).query(String.class).single();
	}

	int closeAt(Instant now, UUID cluster) {
		clock.set(Clock.fixed(now, ZoneOffset.UTC));
		return deadlines.close(clusters.get(cluster));
	}

	@Test
	void oneMillisecondBeforeTheDeadlineTheCallStaysOpen() {
		assertThat(closeAt(deadline.minusMillis(1), ALREK)).isZero();
		assertThat(status(call)).isEqualTo("PUBLISHED");
	}

	@Test
	void atTheDeadlineTheCallClosesOnceAsTheSystem() {
		assertThat(closeAt(deadline, ALREK)).isEqualTo(1);
		assertThat(status(call)).isEqualTo("CLOSED");
		assertThat(jdbc.sql("select closed_at from funding_call where id = ?")
			.param(call)
			.query(OffsetDateTime.class)
			.single()
			.toInstant()).isEqualTo(deadline);
		assertThat(jdbc
			.sql("""
					select actor from audit_log where table_name = 'funding_call' and row_id = ? and operation = 'UPDATE'""")
			.param(call.toString())
			.query(String.class)
			.list()).containsExactly("system");

		int version = jdbc.sql("select version from funding_call where id = ?")
			.param(call)
			.query(Integer.class)
			.single();
		assertThat(closeAt(deadline.plusSeconds(60), ALREK)).isZero();
		assertThat(jdbc.sql("select version from funding_call where id = ?").param(call).query(Integer.class).single())
			.isEqualTo(version);
	}

	@Test
	void eachClusterClosesOnlyItsOwnCalls() {
		UUID nordCall = publishedCall(NORD, deadline);
		assertThat(closeAt(deadline, NORD)).isEqualTo(1);
		assertThat(status(nordCall)).isEqualTo("CLOSED");
		assertThat(status(call)).isEqualTo("PUBLISHED");
	}

}
