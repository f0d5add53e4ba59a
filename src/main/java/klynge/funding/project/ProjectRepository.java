package klynge.funding.project;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of projects and reports. Every query names its cluster. */
@Repository
class ProjectRepository {

	private static final String PROJECT = """
			select a.id, a.application_id, ap.title, ap.lead_name,
			       (select string_agg(o.name, ', ' order by ao.role, o.name) from application_organisation ao
			        join organisation_v o on o.cluster_id = ao.cluster_id and o.organisation_id = ao.organisation_id
			        where ao.cluster_id = a.cluster_id and ao.application_id = ap.id) as organisations,
			       a.amount, f.id as fund_id, f.name as fund_name, c.id as call_id, c.title as call_title,
			       coalesce(f.year, extract(year from f.valid_from)::int, extract(year from a.decided_at)::int) as year,
			       coalesce(f.valid_from, make_date(f.year, 1, 1)) as period_from,
			       coalesce(f.valid_to, make_date(f.year, 12, 31)) as period_to, a.decided_at,
			       i.meeting_id, a.item_id, i.meeting_date, i.case_year, i.case_seq,
			       case when i.access = 'PUBLIC' then i.title else i.public_title end as item_title,
			       s.account_id, s.name as applicant_name, s.email as applicant_email, c.committee_body_id,
			       c.deciding_body_id, c.progress_report_due, c.final_report_due
			from funding_award a
			join application ap on ap.cluster_id = a.cluster_id and ap.id = a.application_id
			join applicant s on s.cluster_id = ap.cluster_id and s.id = ap.applicant_id
			join funding_call c on c.cluster_id = a.cluster_id and c.id = a.call_id
			join fund f on f.cluster_id = c.cluster_id and f.id = c.fund_id
			left join meeting_item_v i on i.cluster_id = a.cluster_id and i.item_id = a.item_id
			""";

	/** A project row with the call's own due dates (null: the defaults). */
	record Row(Project project, LocalDate callProgressDue, LocalDate callFinalDue) {
	}

	record FileRow(String fileName, byte[] content) {
	}

	private final JdbcClient jdbc;

	ProjectRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Row> all(UUID clusterId) {
		return jdbc.sql(PROJECT + " where a.cluster_id = ? order by year desc, f.name, ap.title")
			.param(clusterId)
			.query(ProjectRepository::row)
			.list();
	}

	Optional<Row> find(UUID clusterId, UUID id) {
		return jdbc.sql(PROJECT + " where a.cluster_id = ? and a.id = ?")
			.params(clusterId, id)
			.query(ProjectRepository::row)
			.optional();
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		Project.Vedtak vedtak = null;
		if (rs.getObject("item_id") != null && rs.getObject("meeting_id") != null) {
			Integer year = (Integer) rs.getObject("case_year");
			Integer seq = (Integer) rs.getObject("case_seq");
			String number = year == null || seq == null ? null : "%02d-%02d".formatted(seq, year % 100);
			vedtak = new Project.Vedtak(rs.getObject("meeting_id", UUID.class), rs.getObject("item_id", UUID.class),
					rs.getObject("meeting_date", LocalDate.class), number, rs.getString("item_title"));
		}
		Project project = new Project(rs.getObject("id", UUID.class), rs.getObject("application_id", UUID.class),
				rs.getString("title"), rs.getString("lead_name"), rs.getString("organisations"),
				rs.getBigDecimal("amount"), rs.getObject("fund_id", UUID.class), rs.getString("fund_name"),
				rs.getObject("call_id", UUID.class), rs.getString("call_title"), rs.getInt("year"),
				rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class),
				instant(rs.getTimestamp("decided_at")), vedtak, rs.getObject("account_id", UUID.class),
				rs.getString("applicant_name"), rs.getString("applicant_email"),
				rs.getObject("committee_body_id", UUID.class), rs.getObject("deciding_body_id", UUID.class));
		return new Row(project, rs.getObject("progress_report_due", LocalDate.class),
				rs.getObject("final_report_due", LocalDate.class));
	}

	/** The awards of the cluster that lack one of their two reports. */
	List<UUID> withoutReports(UUID clusterId) {
		return jdbc
			.sql("""
					select a.id from funding_award a where a.cluster_id = ?
					and (select count(*) from project_report r where r.cluster_id = a.cluster_id and r.award_id = a.id) < 2""")
			.param(clusterId)
			.query(UUID.class)
			.list();
	}

	void insertReport(UUID clusterId, UUID awardId, ReportKind kind, LocalDate dueOn) {
		jdbc.sql("""
				insert into project_report (cluster_id, award_id, kind, due_on) values (?, ?, ?, ?)
				on conflict (award_id, kind) do nothing""").params(clusterId, awardId, kind.name(), dueOn).update();
	}

	/** The reports of the given projects, by project, progress before final. */
	Map<UUID, List<Report>> reports(UUID clusterId, List<UUID> projectIds) {
		Map<UUID, List<ReportVersion>> versions = new LinkedHashMap<>();
		jdbc.sql(
				"""
						select v.report_id, v.id, v.number, v.text, v.file_name, v.file_size, v.submitted_at, v.submitted_by,
						       v.decision, v.comment, v.decided_at, v.decided_by
						from project_report_version v join project_report r on r.cluster_id = v.cluster_id and r.id = v.report_id
						where v.cluster_id = ? and r.award_id = any(?) order by v.number""")
			.params(clusterId, projectIds.toArray(UUID[]::new))
			.query(rs -> {
				versions.computeIfAbsent(rs.getObject("report_id", UUID.class), id -> new ArrayList<>())
					.add(new ReportVersion(rs.getObject("id", UUID.class), rs.getInt("number"), rs.getString("text"),
							rs.getString("file_name"), (Integer) rs.getObject("file_size"),
							instant(rs.getTimestamp("submitted_at")), rs.getString("submitted_by"),
							rs.getString("decision") == null ? null : ReportStatus.valueOf(rs.getString("decision")),
							rs.getString("comment"), instant(rs.getTimestamp("decided_at")),
							rs.getString("decided_by")));
			});
		Map<UUID, List<Report>> reports = new LinkedHashMap<>();
		jdbc.sql("""
				select id, award_id, kind, due_on, status, version from project_report
				where cluster_id = ? and award_id = any(?) order by award_id, kind desc""")
			.params(clusterId, projectIds.toArray(UUID[]::new))
			.query(rs -> {
				UUID id = rs.getObject("id", UUID.class);
				reports.computeIfAbsent(rs.getObject("award_id", UUID.class), p -> new ArrayList<>())
					.add(new Report(id, rs.getObject("award_id", UUID.class), ReportKind.valueOf(rs.getString("kind")),
							rs.getObject("due_on", LocalDate.class), ReportStatus.valueOf(rs.getString("status")),
							rs.getInt("version"), List.copyOf(versions.getOrDefault(id, List.of()))));
			});
		return reports;
	}

	/**
	 * Moves a report from one status to another; false when it was not in that status.
	 */
	boolean move(UUID clusterId, UUID reportId, ReportStatus from, ReportStatus to) {
		return jdbc.sql("""
				update project_report set status = ?, version = version + 1
				where cluster_id = ? and id = ? and status = ?""")
			.params(to.name(), clusterId, reportId, from.name())
			.update() == 1;
	}

	void addVersion(UUID clusterId, UUID reportId, String text, String fileName, byte[] content, String sha256,
			String by) {
		jdbc.sql("""
				insert into project_report_version (cluster_id, report_id, number, text, file_name, file_size,
				    file_sha256, file_content, submitted_by)
				values (:cluster, :report,
				    (select coalesce(max(number), 0) + 1 from project_report_version where report_id = :report),
				    :text, :name, :size, :sha, :content, :by)""")
			.param("cluster", clusterId)
			.param("report", reportId)
			.param("text", text)
			.param("name", fileName)
			.param("size", content == null ? null : content.length)
			.param("sha", sha256)
			.param("content", content)
			.param("by", by)
			.update();
	}

	/** The previous submission's file, carried over when a resubmission brings none. */
	Optional<FileRow> latestFile(UUID clusterId, UUID reportId) {
		return jdbc.sql("""
				select file_name, file_content from project_report_version
				where cluster_id = ? and report_id = ? and file_content is not null order by number desc limit 1""")
			.params(clusterId, reportId)
			.query((rs, n) -> new FileRow(rs.getString(1), rs.getBytes(2)))
			.optional();
	}

	void decide(UUID clusterId, UUID reportId, ReportStatus decision, String comment, String by) {
		jdbc.sql("""
				update project_report_version set decision = ?, comment = ?, decided_at = now(), decided_by = ?
				where cluster_id = ? and report_id = ?
				and number = (select max(number) from project_report_version where report_id = ?)""")
			.params(decision.name(), comment, by, clusterId, reportId, reportId)
			.update();
	}

	boolean changeDue(UUID clusterId, UUID reportId, LocalDate dueOn) {
		return jdbc.sql("""
				update project_report set due_on = ?, version = version + 1
				where cluster_id = ? and id = ? and status <> 'APPROVED'""")
			.params(dueOn, clusterId, reportId)
			.update() == 1;
	}

	Optional<FileRow> file(UUID clusterId, UUID projectId, UUID versionId) {
		return jdbc.sql("""
				select v.file_name, v.file_content from project_report_version v
				join project_report r on r.cluster_id = v.cluster_id and r.id = v.report_id
				where v.cluster_id = ? and r.award_id = ? and v.id = ? and v.file_content is not null""")
			.params(clusterId, projectId, versionId)
			.query((rs, n) -> new FileRow(rs.getString(1), rs.getBytes(2)))
			.optional();
	}

	boolean sitsIn(UUID clusterId, UUID bodyId, UUID personId, LocalDate today) {
		return bodyId != null && personId != null
				&& jdbc.sql("""
						select count(*) from membership_v where cluster_id = ? and body_id = ? and person_id = ?
						and valid_from <= ? and (valid_to is null or valid_to >= ?)""")
					.params(clusterId, bodyId, personId, today, today)
					.query(Long.class)
					.single() > 0;
	}

	/** Reports waiting for the applicant whose reminder window has opened. */
	record Remindable(UUID reportId, UUID projectId, ReportKind kind, LocalDate dueOn, LocalDate lastReminded) {
	}

	List<Remindable> remindable(UUID clusterId, LocalDate openedBy) {
		return jdbc.sql("""
				select r.id, r.award_id, r.kind, r.due_on,
				       (select max(m.sent_on) from project_report_reminder m where m.cluster_id = r.cluster_id
				        and m.report_id = r.id) as last
				from project_report r where r.cluster_id = ? and r.status in ('DUE', 'RETURNED') and r.due_on <= ?
				order by r.due_on""")
			.params(clusterId, openedBy)
			.query((rs, n) -> new Remindable(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					ReportKind.valueOf(rs.getString(3)), rs.getObject(4, LocalDate.class),
					rs.getObject(5, LocalDate.class)))
			.list();
	}

	/** Takes today's reminder of the report: false when it was taken already. */
	boolean takeReminder(UUID clusterId, UUID reportId, LocalDate today) {
		return jdbc.sql("""
				insert into project_report_reminder (cluster_id, report_id, sent_on) values (?, ?, ?)
				on conflict (cluster_id, report_id, sent_on) do nothing""")
			.params(clusterId, reportId, today)
			.update() == 1;
	}

	/** A call's own due dates for its projects' reports (null: the defaults). */
	record CallDueDates(UUID callId, String title, LocalDate progress, LocalDate finalReport) {
	}

	/** The calls that have awards, with their own due dates. */
	List<CallDueDates> callsWithAwards(UUID clusterId) {
		return jdbc.sql("""
				select c.id, c.title, c.progress_report_due, c.final_report_due from funding_call c
				where c.cluster_id = ? and exists (select 1 from funding_award a where a.cluster_id = c.cluster_id
				    and a.call_id = c.id) order by c.created_at desc""")
			.param(clusterId)
			.query((rs, n) -> new CallDueDates(rs.getObject(1, UUID.class), rs.getString(2),
					rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class)))
			.list();
	}

	/** One call's own due dates (either may be null: the default). */
	java.util.Optional<CallDueDates> callDueDates(UUID clusterId, UUID callId) {
		return jdbc
			.sql("select id, title, progress_report_due, final_report_due from funding_call "
					+ "where cluster_id = ? and id = ?")
			.params(clusterId, callId)
			.query((rs, n) -> new CallDueDates(rs.getObject(1, UUID.class), rs.getString(2),
					rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class)))
			.optional();
	}

	boolean setCallDueDates(UUID clusterId, UUID callId, LocalDate progress, LocalDate finalReport) {
		return jdbc
			.sql("""
					update funding_call set progress_report_due = ?, final_report_due = ? where cluster_id = ? and id = ?""")
			.params(progress, finalReport, clusterId, callId)
			.update() == 1;
	}

	/** Moves a report's due date only while nothing is submitted. */
	void moveIfDue(UUID clusterId, UUID awardId, ReportKind kind, LocalDate dueOn) {
		jdbc.sql("""
				update project_report set due_on = ?, version = version + 1
				where cluster_id = ? and award_id = ? and kind = ? and status = 'DUE' and due_on <> ?""")
			.params(dueOn, clusterId, awardId, kind.name(), dueOn)
			.update();
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
