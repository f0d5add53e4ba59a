package klynge.funding.review;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import klynge.funding.CallStatus;
import klynge.funding.Criterion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The review's tables, and what it reads of the call, its applications and the reviewer's
 * affiliations (plain reads within the cluster).
 */
@Repository
class ReviewRepository {

	record CallRow(UUID id, String title, CallStatus status, UUID committeeBodyId, UUID decidingBodyId, String fundName,
			BigDecimal fundAmount) {
	}

	record ApplicationRow(UUID id, UUID callId, UUID applicantAccountId, String title, String leadName,
			String leadEmail, String summary, String status, Instant submittedAt) {
	}

	record OrganisationRow(UUID id, String name, String role) {
	}

	record PersonRow(String role, String name, String email, UUID personId) {
	}

	record BudgetRow(String kind, String description, BigDecimal amount) {
	}

	record AttachmentRow(UUID id, String fileName, int sizeBytes) {
	}

	record AttachmentFile(String fileName, byte[] content) {
	}

	record AssignmentRow(UUID id, UUID callId, UUID applicationId, UUID accountId, String reviewer, Instant assignedAt,
			Instant submittedAt, int version) {

		boolean submitted() {
			return submittedAt != null;
		}

	}

	record Reviewer(UUID accountId, String username, String name, String email, UUID personId, String personEmail,
			boolean reviewerFlag) {
	}

	private final JdbcClient jdbc;

	ReviewRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<CallRow> call(UUID clusterId, UUID callId) {
		return jdbc.sql("""
				select c.id, c.title, c.status, c.committee_body_id, c.deciding_body_id, f.name, f.amount
				from funding_call c join fund f on f.cluster_id = c.cluster_id and f.id = c.fund_id
				where c.cluster_id = ? and c.id = ?""")
			.params(clusterId, callId)
			.query((rs, n) -> new CallRow(rs.getObject(1, UUID.class), rs.getString(2),
					CallStatus.valueOf(rs.getString(3)), rs.getObject(4, UUID.class), rs.getObject(5, UUID.class),
					rs.getString(6), rs.getBigDecimal(7)))
			.optional();
	}

	List<CallRow> reviewableCalls(UUID clusterId) {
		return jdbc
			.sql("""
					select c.id, c.title, c.status, c.committee_body_id, c.deciding_body_id, f.name, f.amount
					from funding_call c join fund f on f.cluster_id = c.cluster_id and f.id = c.fund_id
					where c.cluster_id = ? and c.status in ('CLOSED', 'DECIDED') order by c.closed_at desc nulls last, c.title""")
			.param(clusterId)
			.query((rs, n) -> new CallRow(rs.getObject(1, UUID.class), rs.getString(2),
					CallStatus.valueOf(rs.getString(3)), rs.getObject(4, UUID.class), rs.getObject(5, UUID.class),
					rs.getString(6), rs.getBigDecimal(7)))
			.list();
	}

	List<Criterion> criteria(UUID clusterId, UUID callId) {
		return jdbc.sql("""
				select id, call_id, position, name, description, weight, version from call_criterion
				where cluster_id = ? and call_id = ? order by position""")
			.params(clusterId, callId)
			.query((rs, n) -> new Criterion(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getInt(3),
					rs.getString(4), rs.getString(5), rs.getInt(6), rs.getInt(7)))
			.list();
	}

	private static final String APPLICATION = """
			select a.id, a.call_id, ap.account_id, a.title, a.lead_name, a.lead_email, a.summary, a.status, a.submitted_at
			from application a join applicant ap on ap.cluster_id = a.cluster_id and ap.id = a.applicant_id
			""";

	Optional<ApplicationRow> application(UUID clusterId, UUID applicationId) {
		return jdbc.sql(APPLICATION + " where a.cluster_id = ? and a.id = ?")
			.params(clusterId, applicationId)
			.query(ReviewRepository::application)
			.optional();
	}

	List<ApplicationRow> submitted(UUID clusterId, UUID callId) {
		return jdbc
			.sql(APPLICATION + " where a.cluster_id = ? and a.call_id = ? and a.status = 'SUBMITTED' order by a.title")
			.params(clusterId, callId)
			.query(ReviewRepository::application)
			.list();
	}

	private static ApplicationRow application(ResultSet rs, int n) throws SQLException {
		OffsetDateTime submitted = rs.getObject(9, OffsetDateTime.class);
		return new ApplicationRow(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
				rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
				submitted == null ? null : submitted.toInstant());
	}

	List<OrganisationRow> organisations(UUID clusterId, UUID applicationId) {
		return jdbc.sql("""
				select o.organisation_id, o.name, ao.role from application_organisation ao
				join organisation_v o on o.cluster_id = ao.cluster_id and o.organisation_id = ao.organisation_id
				where ao.cluster_id = ? and ao.application_id = ? order by ao.role, o.name""")
			.params(clusterId, applicationId)
			.query((rs, n) -> new OrganisationRow(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)))
			.list();
	}

	List<PersonRow> persons(UUID clusterId, UUID applicationId) {
		return jdbc.sql("""
				select role, name, email, person_id from application_person
				where cluster_id = ? and application_id = ? order by role, name""")
			.params(clusterId, applicationId)
			.query((rs, n) -> new PersonRow(rs.getString(1), rs.getString(2), rs.getString(3),
					rs.getObject(4, UUID.class)))
			.list();
	}

	List<BudgetRow> budget(UUID clusterId, UUID applicationId) {
		return jdbc.sql("""
				select kind, description, amount from application_budget_line
				where cluster_id = ? and application_id = ? order by position""")
			.params(clusterId, applicationId)
			.query((rs, n) -> new BudgetRow(rs.getString(1), rs.getString(2), rs.getBigDecimal(3)))
			.list();
	}

	BigDecimal applied(UUID clusterId, UUID applicationId) {
		return jdbc.sql("""
				select coalesce(sum(amount), 0) from application_budget_line
				where cluster_id = ? and application_id = ?""")
			.params(clusterId, applicationId)
			.query(BigDecimal.class)
			.single();
	}

	List<AttachmentRow> attachments(UUID clusterId, UUID applicationId) {
		return jdbc.sql("""
				select id, file_name, size_bytes from application_attachment
				where cluster_id = ? and application_id = ? order by uploaded_at""")
			.params(clusterId, applicationId)
			.query((rs, n) -> new AttachmentRow(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3)))
			.list();
	}

	Optional<AttachmentFile> attachment(UUID clusterId, UUID applicationId, UUID attachmentId) {
		return jdbc.sql("""
				select file_name, content from application_attachment
				where cluster_id = ? and application_id = ? and id = ?""")
			.params(clusterId, applicationId, attachmentId)
			.query((rs, n) -> new AttachmentFile(rs.getString(1), rs.getBytes(2)))
			.optional();
	}

	// --- the reviewer

	Optional<Reviewer> reviewer(UUID clusterId, UUID accountId) {
		return jdbc.sql("""
				select a.account_id, a.username, coalesce(p.name, a.username), a.email, a.person_id, null, a.reviewer
				from account_v a left join person_v p on p.cluster_id = a.cluster_id and p.person_id = a.person_id
				where a.cluster_id = ? and a.account_id = ?""")
			.params(clusterId, accountId)
			.query((rs, n) -> new Reviewer(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					rs.getString(4), rs.getObject(5, UUID.class), (String) rs.getObject(6), rs.getBoolean(7)))
			.optional();
	}

	/** Enabled accounts flagged REVIEWER, or whose person sits in the committee today. */
	List<Reviewer> candidates(UUID clusterId, UUID committeeBodyId, LocalDate today) {
		return jdbc.sql("""
				select a.account_id, a.username, coalesce(p.name, a.username), a.email, a.person_id, null, a.reviewer
				from account_v a left join person_v p on p.cluster_id = a.cluster_id and p.person_id = a.person_id
				where a.cluster_id = :cluster and a.enabled and (a.reviewer or exists (
				    select 1 from membership_v m where m.cluster_id = a.cluster_id and m.body_id = :body
				    and m.person_id = a.person_id and m.valid_from <= :today
				    and (m.valid_to is null or m.valid_to >= :today)))
				order by 3""")
			.param("cluster", clusterId)
			.param("body", committeeBodyId)
			.param("today", today)
			.query((rs, n) -> new Reviewer(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					rs.getString(4), rs.getObject(5, UUID.class), (String) rs.getObject(6), rs.getBoolean(7)))
			.list();
	}

	boolean sitsIn(UUID clusterId, UUID bodyId, UUID personId, LocalDate today) {
		return personId != null && jdbc.sql("""
				select count(*) from membership_v where cluster_id = ? and body_id = ? and person_id = ?
				and valid_from <= ? and (valid_to is null or valid_to >= ?)""")
			.params(clusterId, bodyId, personId, today, today)
			.query(Long.class)
			.single() > 0;
	}

	boolean chairs(UUID clusterId, UUID bodyId, UUID personId, LocalDate today) {
		return personId != null && jdbc.sql("""
				select count(*) from membership_v where cluster_id = ? and body_id = ? and person_id = ?
				and role = 'CHAIR' and valid_from <= ? and (valid_to is null or valid_to >= ?)""")
			.params(clusterId, bodyId, personId, today, today)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * The organisations of the person's affiliations valid today, each with its parent
	 * and children: a reviewer at UiB-MED has a conflict with an application of UiB.
	 */
	Map<UUID, String> organisationsOf(UUID clusterId, UUID personId, LocalDate today) {
		if (personId == null) {
			return Map.of();
		}
		return jdbc
			.sql("""
					with mine as (
					    select organisation_id as id from affiliation_v
					    where cluster_id = :cluster and person_id = :person and valid_from <= :today
					      and (valid_to is null or valid_to >= :today))
					select distinct o.organisation_id, o.name from organisation_v o
					where o.cluster_id = :cluster and (o.organisation_id in (select id from mine)
					    or o.parent_id in (select id from mine)
					    or o.organisation_id in (select parent_id from organisation_v where organisation_id in (select id from mine)))""")
			.param("cluster", clusterId)
			.param("person", personId)
			.param("today", today)
			.query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (x, y) -> x));
	}

	Set<UUID> accountsOfPerson(UUID clusterId, UUID personId) {
		return Set.copyOf(jdbc.sql("select account_id from account_v where cluster_id = ? and person_id = ?")
			.params(clusterId, personId)
			.query(UUID.class)
			.list());
	}

	// --- assignments

	private static final String ASSIGNMENT = """
			select r.id, r.call_id, r.application_id, r.account_id, coalesce(p.name, a.username), r.assigned_at,
			       r.submitted_at, r.version
			from review_assignment r join account_v a on a.cluster_id = r.cluster_id and a.account_id = r.account_id
			left join person_v p on p.cluster_id = a.cluster_id and p.person_id = a.person_id
			""";

	private static AssignmentRow assignment(ResultSet rs, int n) throws SQLException {
		OffsetDateTime submitted = rs.getObject(7, OffsetDateTime.class);
		return new AssignmentRow(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
				rs.getObject(4, UUID.class), rs.getString(5), rs.getObject(6, OffsetDateTime.class).toInstant(),
				submitted == null ? null : submitted.toInstant(), rs.getInt(8));
	}

	Optional<AssignmentRow> assignment(UUID clusterId, UUID applicationId, UUID accountId) {
		return jdbc.sql(ASSIGNMENT + " where r.cluster_id = ? and r.application_id = ? and r.account_id = ?")
			.params(clusterId, applicationId, accountId)
			.query(ReviewRepository::assignment)
			.optional();
	}

	List<AssignmentRow> assignmentsOf(UUID clusterId, UUID accountId) {
		return jdbc.sql(ASSIGNMENT + " where r.cluster_id = ? and r.account_id = ? order by r.assigned_at")
			.params(clusterId, accountId)
			.query(ReviewRepository::assignment)
			.list();
	}

	List<AssignmentRow> assignmentsOfCall(UUID clusterId, UUID callId) {
		return jdbc.sql(ASSIGNMENT + " where r.cluster_id = ? and r.call_id = ? order by 5")
			.params(clusterId, callId)
			.query(ReviewRepository::assignment)
			.list();
	}

	UUID assign(UUID clusterId, UUID callId, UUID applicationId, UUID accountId, String by) {
		return jdbc
			.sql("""
					insert into review_assignment (cluster_id, call_id, application_id, account_id, assigned_by)
					values (?, ?, ?, ?, ?) on conflict (application_id, account_id) do update set version = review_assignment.version
					returning id""")
			.params(clusterId, callId, applicationId, accountId, by)
			.query(UUID.class)
			.single();
	}

	boolean submit(UUID clusterId, UUID assignmentId, int version) {
		return jdbc.sql("""
				update review_assignment set submitted_at = now(), version = version + 1
				where cluster_id = ? and id = ? and version = ? and submitted_at is null""")
			.params(clusterId, assignmentId, version)
			.update() == 1;
	}

	boolean touch(UUID clusterId, UUID assignmentId, int version) {
		return jdbc.sql("""
				update review_assignment set version = version + 1
				where cluster_id = ? and id = ? and version = ? and submitted_at is null""")
			.params(clusterId, assignmentId, version)
			.update() == 1;
	}

	// --- conflicts

	private static final String CONFLICT = """
			select c.application_id, c.account_id, coalesce(p.name, a.username), c.kind, c.reason, c.recorded_at,
			       c.recorded_by
			from review_conflict c join account_v a on a.cluster_id = c.cluster_id and a.account_id = c.account_id
			left join person_v p on p.cluster_id = a.cluster_id and p.person_id = a.person_id
			""";

	private static Conflict conflict(ResultSet rs, int n) throws SQLException {
		return new Conflict(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
				ConflictKind.valueOf(rs.getString(4)), rs.getString(5),
				rs.getObject(6, OffsetDateTime.class).toInstant(), rs.getString(7));
	}

	List<Conflict> conflicts(UUID clusterId, UUID applicationId, UUID accountId) {
		return jdbc
			.sql(CONFLICT
					+ " where c.cluster_id = ? and c.application_id = ? and c.account_id = ? order by c.recorded_at")
			.params(clusterId, applicationId, accountId)
			.query(ReviewRepository::conflict)
			.list();
	}

	List<Conflict> conflictsOfCall(UUID clusterId, UUID callId) {
		return jdbc.sql(CONFLICT + """
				join application ap on ap.cluster_id = c.cluster_id and ap.id = c.application_id
				where c.cluster_id = ? and ap.call_id = ? order by c.recorded_at""")
			.params(clusterId, callId)
			.query(ReviewRepository::conflict)
			.list();
	}

	List<Conflict> conflictsOfAccount(UUID clusterId, UUID accountId) {
		return jdbc.sql(CONFLICT + " where c.cluster_id = ? and c.account_id = ? order by c.recorded_at")
			.params(clusterId, accountId)
			.query(ReviewRepository::conflict)
			.list();
	}

	/** Records a recusal once per kind; a second time changes nothing. */
	void record(UUID clusterId, UUID applicationId, UUID accountId, ConflictKind kind, String reason, String by) {
		jdbc.sql("""
				insert into review_conflict (cluster_id, application_id, account_id, kind, reason, recorded_by)
				values (?, ?, ?, ?, ?, ?) on conflict (application_id, account_id, kind) do nothing""")
			.params(clusterId, applicationId, accountId, kind.name(), reason, by)
			.update();
	}

	// --- scores

	List<ReviewScore> scores(UUID clusterId, UUID assignmentId) {
		return jdbc.sql("""
				select s.criterion_id, s.score, s.comment from review_score s
				join call_criterion c on c.cluster_id = s.cluster_id and c.id = s.criterion_id
				where s.cluster_id = ? and s.assignment_id = ? order by c.position""")
			.params(clusterId, assignmentId)
			.query((rs, n) -> new ReviewScore(rs.getObject(1, UUID.class), (Integer) rs.getObject(2), rs.getString(3)))
			.list();
	}

	void saveScore(UUID clusterId, UUID assignmentId, ReviewScore score) {
		jdbc.sql("""
				insert into review_score (cluster_id, assignment_id, criterion_id, score, comment)
				values (?, ?, ?, ?, ?) on conflict (assignment_id, criterion_id)
				do update set score = excluded.score, comment = excluded.comment""")
			.params(clusterId, assignmentId, score.criterionId(), score.score(), score.comment())
			.update();
	}

}
