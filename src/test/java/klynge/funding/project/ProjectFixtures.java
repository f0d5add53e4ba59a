package klynge.funding.project;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Projects of their own for tests that change reports: a decided call copied from the
 * demo's named-fund call (same committee and deciding body), an application of the given
 * applicant account, and its award. A second applicant account ("prosjektsoker", password
 * "demo") stands for "another applicant".
 */
final class ProjectFixtures {

	static final UUID ALREK = UUID.fromString("a1ec0000-0000-4000-8000-000000000001");

	static final UUID NAMED_CALL = UUID.fromString("ca110000-0000-4000-8000-0000000000eb");

	static final String PDF = "%PDF-1.7\n% test\n";

	private final JdbcClient jdbc;

	ProjectFixtures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A new project of {@code username}'s applicant, titled uniquely. */
	UUID newProject(String username, String title) {
		UUID call = jdbc.sql("""
				insert into funding_call (cluster_id, fund_id, title, status, committee_body_id, deciding_body_id,
				    deadline, published_at, closed_at, decided_at)
				select cluster_id, fund_id, 'Testutlysning ' || gen_random_uuid(), 'DECIDED', committee_body_id,
				    deciding_body_id, deadline, published_at, closed_at, decided_at
				from funding_call where id = ? returning id""").param(NAMED_CALL).query(UUID.class).single();
		UUID applicant = applicant(username);
		UUID application = jdbc.sql("""
				insert into application (cluster_id, call_id, applicant_id, title, lead_name, lead_email, summary,
				    status, submitted_at)
				values (?, ?, ?, ?, 'Sara Søkersen', 'sok@alrek.example.org', 'Sammendrag', 'SUBMITTED', now())
				returning id""").params(ALREK, call, applicant, title).query(UUID.class).single();
		jdbc.sql("""
				insert into application_organisation (cluster_id, application_id, organisation_id, role)
				select ?, ?, id, 'LEAD' from organisation where cluster_id = ? and name = 'Høgskulen på Vestlandet'""")
			.params(ALREK, application, ALREK)
			.update();
		return jdbc.sql("""
				insert into funding_award (cluster_id, call_id, application_id, amount, decided_by)
				values (?, ?, ?, 150000, 'test') returning id""")
			.params(ALREK, call, application)
			.query(UUID.class)
			.single();
	}

	private UUID applicant(String username) {
		if (username.equals("prosjektsoker")) {
			jdbc.sql("""
					insert into account (cluster_id, username, email, password_hash, applicant, reviewer)
					select cluster_id, 'prosjektsoker', 'prosjektsoker@example.org', password_hash, true, false
					from account where cluster_id = ? and username = 'soker'
					on conflict do nothing""").param(ALREK).update();
			jdbc.sql("""
					insert into applicant (cluster_id, account_id, name, email)
					select cluster_id, id, 'Per Prosjektsøker', email from account where cluster_id = ? and username = ?
					on conflict do nothing""").params(ALREK, username).update();
		}
		return jdbc.sql("""
				select ap.id from applicant ap join account a on a.cluster_id = ap.cluster_id and a.id = ap.account_id
				where a.cluster_id = ? and a.username = ?""").params(ALREK, username).query(UUID.class).single();
	}

	UUID report(UUID project, ReportKind kind) {
		return jdbc.sql("select id from project_report where award_id = ? and kind = ?")
			.params(project, kind.name())
			.query(UUID.class)
			.single();
	}

	String status(UUID report) {
		return jdbc.sql("select status from project_report where id = ?").param(report).query(String.class).single();
	}

	int versions(UUID report) {
		return jdbc.sql("select count(*) from project_report_version where report_id = ?")
			.param(report)
			.query(Integer.class)
			.single();
	}

	void due(UUID report, LocalDate dueOn) {
		jdbc.sql("update project_report set due_on = ? where id = ?").params(dueOn, report).update();
	}

}
