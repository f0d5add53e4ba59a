package klynge.annualreport;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import klynge.shared.YearInReview.Chapter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The reports and their exports, in one cluster at a time. */
@Repository
class AnnualReportRepository {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<List<Chapter>> CHAPTERS = new TypeReference<>() {
	};

	private static final TypeReference<Map<String, ChapterText>> TEXTS = new TypeReference<>() {
	};

	private static final String COLUMNS = """
			id, year, status, introduction, chapters::text, texts::text, generated_at, item_id, decision, published,
			version""";

	private final JdbcClient jdbc;

	AnnualReportRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<AnnualReport> all(UUID clusterId) {
		return jdbc.sql("select " + COLUMNS + " from annual_report where cluster_id = ? order by year desc")
			.param(clusterId)
			.query(AnnualReportRepository::report)
			.list();
	}

	Optional<AnnualReport> ofYear(UUID clusterId, int year) {
		return jdbc.sql("select " + COLUMNS + " from annual_report where cluster_id = ? and year = ?")
			.params(clusterId, year)
			.query(AnnualReportRepository::report)
			.optional();
	}

	UUID create(UUID clusterId, int year, List<Chapter> chapters, OffsetDateTime at) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into annual_report (id, cluster_id, year, chapters, generated_at)
				values (?, ?, ?, cast(? as jsonb), ?)""")
			.params(id, clusterId, year, JSON.writeValueAsString(chapters), at)
			.update();
		return id;
	}

	/** Replaces the generated facts; the texts stay. False when the version moved on. */
	boolean regenerate(UUID clusterId, UUID id, int version, List<Chapter> chapters, OffsetDateTime at) {
		return jdbc.sql("""
				update annual_report set chapters = cast(? as jsonb), generated_at = ?, version = version + 1
				where cluster_id = ? and id = ? and version = ?""")
			.params(JSON.writeValueAsString(chapters), at, clusterId, id, version)
			.update() == 1;
	}

	boolean editTexts(UUID clusterId, UUID id, int version, String introduction, Map<String, ChapterText> texts) {
		return jdbc.sql("""
				update annual_report set introduction = ?, texts = cast(? as jsonb), version = version + 1
				where cluster_id = ? and id = ? and version = ?""")
			.params(introduction, JSON.writeValueAsString(texts), clusterId, id, version)
			.update() == 1;
	}

	boolean sent(UUID clusterId, UUID id, int version, UUID itemId) {
		return jdbc.sql("""
				update annual_report set status = 'SENT_TO_BODY', item_id = ?, version = version + 1
				where cluster_id = ? and id = ? and version = ?""")
			.params(itemId, clusterId, id, version)
			.update() == 1;
	}

	boolean settle(UUID clusterId, UUID id, int version, ReportStatus status, String decision) {
		return jdbc.sql("""
				update annual_report set status = ?, decision = ?, version = version + 1
				where cluster_id = ? and id = ? and version = ?""")
			.params(status.name(), decision, clusterId, id, version)
			.update() == 1;
	}

	boolean publish(UUID clusterId, UUID id, int version, boolean on) {
		return jdbc.sql("""
				update annual_report set published = ?, version = version + 1
				where cluster_id = ? and id = ? and version = ?""").params(on, clusterId, id, version).update() == 1;
	}

	// --- exports

	UUID startExport(UUID clusterId, UUID reportId, ExportFormat format, String actor) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into annual_report_export (id, cluster_id, report_id, format, started_by)
				values (?, ?, ?, ?, ?)""").params(id, clusterId, reportId, format.name(), actor).update();
		return id;
	}

	void progress(UUID clusterId, UUID exportId, int percent, String step) {
		jdbc.sql("update annual_report_export set percent = ?, step = ? where cluster_id = ? and id = ?")
			.params(percent, step, clusterId, exportId)
			.update();
	}

	void finish(UUID clusterId, UUID exportId, String fileName, byte[] content) {
		jdbc.sql("""
				update annual_report_export set status = 'DONE', percent = 100, step = 'done', file_name = ?,
				       content = ?, finished_at = now()
				where cluster_id = ? and id = ?""").params(fileName, content, clusterId, exportId).update();
	}

	void fail(UUID clusterId, UUID exportId) {
		jdbc.sql("""
				update annual_report_export set status = 'FAILED', step = 'failed', finished_at = now()
				where cluster_id = ? and id = ?""").params(clusterId, exportId).update();
	}

	Optional<ReportExport> export(UUID clusterId, UUID exportId) {
		return jdbc.sql("""
				select id, report_id, format, status, percent, step, file_name from annual_report_export
				where cluster_id = ? and id = ?""")
			.params(clusterId, exportId)
			.query(AnnualReportRepository::export)
			.optional();
	}

	/** The newest export of the report in each format that finished. */
	List<ReportExport> latestDone(UUID clusterId, UUID reportId) {
		return jdbc.sql("""
				select distinct on (format) id, report_id, format, status, percent, step, file_name
				from annual_report_export where cluster_id = ? and report_id = ? and status = 'DONE'
				order by format, finished_at desc""")
			.params(clusterId, reportId)
			.query(AnnualReportRepository::export)
			.list();
	}

	Optional<byte[]> content(UUID clusterId, UUID exportId) {
		return jdbc.sql("select content from annual_report_export where cluster_id = ? and id = ? and status = 'DONE'")
			.params(clusterId, exportId)
			.query((rs, n) -> rs.getBytes(1))
			.optional();
	}

	static String json(List<Chapter> chapters) {
		return JSON.writeValueAsString(chapters);
	}

	private static ReportExport export(ResultSet rs, int n) throws SQLException {
		return new ReportExport(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
				ExportFormat.valueOf(rs.getString(3)), rs.getString(4), rs.getInt(5), rs.getString(6), rs.getString(7));
	}

	private static AnnualReport report(ResultSet rs, int n) throws SQLException {
		Map<String, ChapterText> texts = JSON.readValue(rs.getString(6), TEXTS);
		return new AnnualReport(rs.getObject(1, UUID.class), rs.getInt(2), ReportStatus.valueOf(rs.getString(3)),
				rs.getString(4), JSON.readValue(rs.getString(5), CHAPTERS), texts,
				rs.getObject(7, OffsetDateTime.class), rs.getObject(8, UUID.class), rs.getString(9), rs.getBoolean(10),
				rs.getInt(11));
	}

}
