package klynge.funding.review;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Calls and applications of their own for tests that change what they review: a copy of
 * the demo's closed call (same fund, committee, deciding body and criteria), with
 * applications of the demo's second applicant.
 */
final class ReviewFixtures {

	static final UUID ALREK = UUID.fromString("a1ec0000-0000-4000-8000-000000000001");

	static final UUID DEMO_CALL = UUID.fromString("f0d40000-0000-4000-8000-000000000002");

	/** soker's application led by Høgskulen på Vestlandet: fagfelle is recused. */
	static final UUID HVL_APPLICATION = UUID.fromString("f0d40000-0000-4000-8000-000000000401");

	/** Led by Helse Bergen: fagfelle reviews it. */
	static final UUID HB_APPLICATION = UUID.fromString("f0d40000-0000-4000-8000-000000000402");

	/** Names Finn Fagfelle as participant: fagfelle is recused. */
	static final UUID NAMED_APPLICATION = UUID.fromString("f0d40000-0000-4000-8000-000000000403");

	static final UUID HDS_APPLICATION = UUID.fromString("f0d40000-0000-4000-8000-000000000404");

	private final JdbcClient jdbc;

	ReviewFixtures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	UUID newCall() {
		UUID call = jdbc.sql("""
				insert into funding_call (cluster_id, fund_id, title, status, committee_body_id, deciding_body_id,
				    deadline, adopted_item_id, adopted_at, published_at, closed_at)
				select cluster_id, fund_id, 'Testutlysning ' || gen_random_uuid(), 'CLOSED', committee_body_id,
				    deciding_body_id, deadline, adopted_item_id, adopted_at, published_at, closed_at
				from funding_call where id = ? returning id""").param(DEMO_CALL).query(UUID.class).single();
		jdbc.sql("""
				insert into call_criterion (cluster_id, call_id, position, name, description, weight)
				select cluster_id, ?, position, name, description, weight from call_criterion where call_id = ?""")
			.params(call, DEMO_CALL)
			.update();
		return call;
	}

	List<UUID> criteria(UUID call) {
		return jdbc.sql("select id from call_criterion where call_id = ? order by position")
			.param(call)
			.query(UUID.class)
			.list();
	}

	UUID newApplication(UUID call, String title, String summary, String lead, String... partners) {
		UUID applicant = jdbc.sql("""
				select ap.id from applicant ap join account a on a.id = ap.account_id
				where a.cluster_id = ? and a.username = 'soker2'""").param(ALREK).query(UUID.class).single();
		UUID application = jdbc.sql("""
				insert into application (cluster_id, call_id, applicant_id, title, lead_name, lead_email, summary,
				    status, submitted_at)
				values (?, ?, ?, ?, 'Hanne Berg Søker', 'hbs@alrek.example.org', ?, 'SUBMITTED', now()) returning id""")
			.params(ALREK, call, applicant, title, summary)
			.query(UUID.class)
			.single();
		organisation(application, lead, "LEAD");
		for (String partner : partners) {
			organisation(application, partner, "PARTNER");
		}
		jdbc.sql("""
				insert into application_budget_line (cluster_id, application_id, position, kind, description, amount)
				values (?, ?, 1, 'OPERATING', 'Drift', 100000)""").params(ALREK, application).update();
		return application;
	}

	private void organisation(UUID application, String name, String role) {
		jdbc.sql("""
				insert into application_organisation (cluster_id, application_id, organisation_id, role)
				select ?, ?, id, ? from organisation where cluster_id = ? and name = ?""")
			.params(ALREK, application, role, ALREK, name)
			.update();
	}

	void namePerson(UUID application, String name, String email) {
		jdbc.sql("""
				insert into application_person (cluster_id, application_id, role, name, email)
				values (?, ?, 'PARTICIPANT', ?, ?)""").params(ALREK, application, name, email).update();
	}

	void assign(UUID call, UUID application, String username) {
		jdbc.sql("""
				insert into review_assignment (cluster_id, call_id, application_id, account_id, assigned_by)
				select ?, ?, ?, id, 'test' from account where cluster_id = ? and username = ?""")
			.params(ALREK, call, application, ALREK, username)
			.update();
	}

	UUID account(String username) {
		return jdbc.sql("select id from account where cluster_id = ? and username = ?")
			.params(ALREK, username)
			.query(UUID.class)
			.single();
	}

	UUID attach(UUID application) {
		return jdbc.sql("""
				insert into application_attachment (cluster_id, application_id, file_name, size_bytes, sha256, content,
				    uploaded_by)
				values (?, ?, 'prosjektbeskrivelse.pdf', 9, 'x', ?, 'soker') returning id""")
			.params(ALREK, application, "%PDF-1.7\n".getBytes())
			.query(UUID.class)
			.single();
	}

	int conflicts(UUID application, String username, String kind) {
		return jdbc.sql("""
				select count(*) from review_conflict c join account a on a.id = c.account_id
				where c.application_id = ? and a.username = ? and c.kind = ?""")
			.params(application, username, kind)
			.query(Integer.class)
			.single();
	}

	int auditedConflicts(UUID application) {
		return jdbc.sql("""
				select count(*) from audit_log where table_name = 'review_conflict'
				and (after ->> 'application_id') = ?""").param(application.toString()).query(Integer.class).single();
	}

	/** A call of its own fund (a collaboration fund of the given year and frame). */
	UUID newCall(int year, long frame) {
		UUID fund = jdbc.sql("""
				insert into fund (cluster_id, kind, name, year, amount)
				values (?, 'COLLABORATION', 'Testfond ' || gen_random_uuid(), ?, ?) returning id""")
			.params(ALREK, year, frame)
			.query(UUID.class)
			.single();
		UUID call = newCall();
		jdbc.sql("update funding_call set fund_id = ? where id = ?").params(fund, call).update();
		return call;
	}

	/**
	 * A submitted review by the given reviewer: every criterion scored, with a comment.
	 */
	void review(UUID call, UUID application, String username, int score, String comment) {
		assign(call, application, username);
		UUID assignment = jdbc.sql("""
				update review_assignment set submitted_at = now()
				where application_id = ? and account_id = ? returning id""")
			.params(application, account(username))
			.query(UUID.class)
			.single();
		for (UUID criterion : criteria(call)) {
			jdbc.sql("""
					insert into review_score (cluster_id, assignment_id, criterion_id, score, comment)
					values (?, ?, ?, ?, ?)""").params(ALREK, assignment, criterion, score, comment).update();
		}
	}

	void status(UUID call, String status) {
		jdbc.sql("update funding_call set status = ? where id = ?").params(status, call).update();
	}

}
