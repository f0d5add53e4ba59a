package klynge.funding.leverage;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A funded project of its own for a test: a collaboration fund of a year no other test
 * uses, a decided call, soker's application and its award, so the figures of that year
 * are the test's alone.
 */
public final class LeverageFixtures {

	public static final UUID ALREK = UUID.fromString("a1ec0000-0000-4000-8000-000000000001");

	/** soker's demo project (award of application 01 of the 2023 call). */
	public static final UUID SOKER_PROJECT = UUID.fromString("aa230000-0000-4000-8000-000000000001");

	/** soker2's demo project: not soker's. */
	public static final UUID OTHER_PROJECT = UUID.fromString("aa230000-0000-4000-8000-000000000002");

	private static final AtomicInteger YEARS = new AtomicInteger(2060);

	private LeverageFixtures() {
	}

	public record Funded(UUID awardId, int year, String title) {
	}

	/**
	 * A decided project of a fresh year with the given seed money, applied for by soker.
	 */
	public static Funded project(JdbcClient jdbc, long seed) {
		int year = YEARS.getAndIncrement();
		UUID fund = jdbc.sql("""
				insert into fund (cluster_id, kind, name, year, amount)
				values (?, 'COLLABORATION', ?, ?, ?) returning id""")
			.params(ALREK, "Testmidler " + year + " " + UUID.randomUUID(), year, seed)
			.query(UUID.class)
			.single();
		UUID call = jdbc.sql("""
				insert into funding_call (cluster_id, fund_id, title, status, committee_body_id, deciding_body_id,
				       deadline, published_at, closed_at, decided_at)
				select cluster_id, ?, 'Testutlysning ' || ?, 'DECIDED', committee_body_id, deciding_body_id,
				       deadline, published_at, closed_at, decided_at
				from funding_call where id = 'ca110000-0000-4000-8000-000000002023' returning id""")
			.params(fund, year)
			.query(UUID.class)
			.single();
		String title = "Testprosjekt " + year;
		UUID application = jdbc.sql("""
				insert into application (cluster_id, call_id, applicant_id, title, status, submitted_at)
				values (?, ?, 'a9910000-0000-4000-8000-000000000001', ?, 'SUBMITTED', now()) returning id""")
			.params(ALREK, call, title)
			.query(UUID.class)
			.single();
		UUID award = jdbc.sql("""
				insert into funding_award (cluster_id, call_id, application_id, amount, decided_by)
				values (?, ?, ?, ?, 'sekretariat') returning id""")
			.params(ALREK, call, application, seed)
			.query(UUID.class)
			.single();
		return new Funded(award, year, title);
	}

}
