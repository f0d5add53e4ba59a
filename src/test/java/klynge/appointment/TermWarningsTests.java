package klynge.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import klynge.KlyngeIntegrationTest;
import klynge.cluster.Clusters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The daily job warns the secretariat once per term ending within the window without a
 * successor: a second run sends nothing; a term with its successor registered, or ending
 * after the window, is not warned of. The mail is asserted in the outbox and marked
 * FAILED after, so no other test's outbox run sends it.
 */
@KlyngeIntegrationTest
class TermWarningsTests {

	static final UUID ALREK = UUID.fromString("a1ec0000-0000-4000-8000-000000000001");

	static final UUID NORD = UUID.fromString("40d00000-0000-4000-8000-000000000002");

	@Autowired
	TermWarnings warnings;

	@Autowired
	Clusters clusters;

	@Autowired
	JdbcClient jdbc;

	final OffsetDateTime started = OffsetDateTime.now().minusMinutes(1);

	@AfterEach
	void noMailLeftQueued() {
		jdbc.sql("update mail_outbox set status = 'FAILED' where status in ('QUEUED', 'SENDING') and created_at >= ?")
			.param(started)
			.update();
	}

	@Test
	void aTermEndingWithinTheWindowIsWarnedOfOnceAndTheOthersNot() {
		LocalDate today = LocalDate.of(2031, 5, 1);
		UUID ending = position("Varslingsverv " + UUID.randomUUID());
		term(ending, "GY", LocalDate.of(2029, 6, 1), today.plusDays(100));
		UUID succeeded = position("Verv med etterfølger " + UUID.randomUUID());
		term(succeeded, "GY", LocalDate.of(2029, 6, 1), today.plusDays(30));
		term(succeeded, "EH", today.plusDays(31), null);
		UUID later = position("Verv som slutter senere " + UUID.randomUUID());
		term(later, "GY", LocalDate.of(2029, 6, 1), today.plusDays(130));

		assertThat(warnings.warn(clusters.get(ALREK), today)).isPositive();
		assertThat(mails(ending)).isEqualTo(1);
		assertThat(jdbc.sql("select recipient || ' ' || subject from mail_outbox where idempotency_key like ?")
			.param("appointment-warning:" + ending + ":%")
			.query(String.class)
			.single()).startsWith("kw@alrek.example.org Verv: perioden som Varslingsverv");
		assertThat(mails(succeeded)).isZero();
		assertThat(mails(later)).isZero();

		// the next day's run (or another instance) warns of nothing twice
		assertThat(warnings.warn(clusters.get(ALREK), today.plusDays(1))).isZero();
		assertThat(mails(ending)).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from appointment_warning where position_id = ?")
			.param(ending)
			.query(Long.class)
			.single()).isEqualTo(1);
		// the other cluster has none of Alrek's terms to warn of
		warnings.warn(clusters.get(NORD), today);
		assertThat(jdbc.sql("select count(*) from appointment_warning where cluster_id = ?")
			.param(NORD)
			.query(Long.class)
			.single()).isZero();
	}

	private long mails(UUID position) {
		return jdbc.sql("select count(*) from mail_outbox where idempotency_key like ?")
			.param("appointment-warning:" + position + ":%")
			.query(Long.class)
			.single();
	}

	private UUID position(String name) {
		return jdbc.sql("insert into appointment_position (cluster_id, name) values (?, ?) returning id")
			.params(ALREK, name)
			.query(UUID.class)
			.single();
	}

	private void term(UUID position, String code, LocalDate from, LocalDate to) {
		jdbc.sql("""
				insert into appointment_term (cluster_id, position_id, person_id, valid_from, valid_to)
				values (?, ?, (select person_id from person_v where cluster_id = ? and code = ?), ?, ?)""")
			.params(ALREK, position, ALREK, code, from, to)
			.update();
	}

}
