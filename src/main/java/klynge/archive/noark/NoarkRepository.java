package klynge.archive.noark;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The extractions of one cluster at a time (state and finished ZIP in the database, so
 * any instance can show and serve them), the export log, and the change log the
 * endringslogg is made from.
 */
@Repository
class NoarkRepository {

	static final String FORMAT = "noark5-arkivuttrekk";

	private static final String COLUMNS = "id, period_from, period_to, status, percent, step, file_name, meetings, documents";

	private final JdbcClient jdbc;

	NoarkRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	UUID start(UUID clusterId, NoarkPeriod period, String actor) {
		jdbc.sql("insert into export_log (cluster_id, exported_by, format, version) values (?, ?, ?, 1)")
			.params(clusterId, actor, FORMAT)
			.update();
		return jdbc.sql("""
				insert into noark_export (cluster_id, period_from, period_to, started_by) values (?, ?, ?, ?)
				returning id""").params(clusterId, period.from(), period.to(), actor).query(UUID.class).single();
	}

	void progress(UUID clusterId, UUID id, int percent, String step) {
		jdbc.sql("update noark_export set percent = ?, step = ? where cluster_id = ? and id = ? and status = 'RUNNING'")
			.params(percent, step, clusterId, id)
			.update();
	}

	void finish(UUID clusterId, UUID id, String fileName, byte[] content, int meetings, int documents) {
		jdbc.sql("""
				update noark_export set status = 'DONE', percent = 100, step = 'done', file_name = ?, content = ?,
				       meetings = ?, documents = ?, finished_at = now()
				where cluster_id = ? and id = ?""")
			.params(fileName, content, meetings, documents, clusterId, id)
			.update();
	}

	void fail(UUID clusterId, UUID id) {
		jdbc.sql("""
				update noark_export set status = 'FAILED', step = 'failed', finished_at = now()
				where cluster_id = ? and id = ?""").params(clusterId, id).update();
	}

	Optional<NoarkJob> job(UUID clusterId, UUID id) {
		return jdbc.sql("select " + COLUMNS + " from noark_export where cluster_id = ? and id = ?")
			.params(clusterId, id)
			.query(NoarkRepository::job)
			.optional();
	}

	List<NoarkJob> recent(UUID clusterId) {
		return jdbc
			.sql("select " + COLUMNS + " from noark_export where cluster_id = ? order by started_at desc limit 10")
			.param(clusterId)
			.query(NoarkRepository::job)
			.list();
	}

	Optional<byte[]> content(UUID clusterId, UUID id) {
		return jdbc.sql("select content from noark_export where cluster_id = ? and id = ? and status = 'DONE'")
			.params(clusterId, id)
			.query(byte[].class)
			.optional();
	}

	private static NoarkJob job(ResultSet rs, int n) throws SQLException {
		return new NoarkJob(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class),
				rs.getObject(3, LocalDate.class), rs.getString(4), rs.getInt(5), rs.getString(6), rs.getString(7),
				(Integer) rs.getObject(8), (Integer) rs.getObject(9));
	}

	/**
	 * One change of a metadata element of an extracted unit, as the endringslogg records
	 * it.
	 */
	record Change(String unit, String element, OffsetDateTime at, String by, String before, String after) {
	}

	/**
	 * The audit log's changes to the titles, screening and dates of the given meetings
	 * and agenda items, under their Noark metadata names, oldest first.
	 */
	List<Change> changes(UUID clusterId, List<UUID> units) {
		if (units.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select a.row_id, k.element, a.occurred_at, a.actor, a.before ->> k.col, a.after ->> k.col
				from audit_log a
				join (values ('agenda_item', 'title', 'tittel'),
				             ('agenda_item', 'public_title', 'offentligTittel'),
				             ('agenda_item', 'access', 'tilgangsrestriksjon'),
				             ('agenda_item', 'exemption_basis', 'skjermingshjemmel'),
				             ('agenda_item', 'exemption_ends', 'skjermingOpphoererDato'),
				             ('meeting', 'meeting_date', 'moetedato')) k (tab, col, element)
				  on k.tab = a.table_name
				where a.cluster_id = ? and a.operation = 'UPDATE' and a.row_id = any (?)
				  and (a.before ->> k.col) is distinct from (a.after ->> k.col)
				order by a.occurred_at, a.id, k.element""")
			.params(clusterId, units.stream().map(UUID::toString).toArray(String[]::new))
			.query((rs, n) -> new Change(rs.getString(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class),
					rs.getString(4), rs.getString(5), rs.getString(6)))
			.list();
	}

}
