package klynge.audit;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import klynge.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reads the audit log of a cluster. There is deliberately no way to change it. */
@Service
public class AuditLog {

	static final int PAGE_SIZE = 50;

	private final JdbcClient jdbc;

	AuditLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<AuditEntry> find(UUID clusterId, AuditFilter filter, ZoneId zone, int page) {
		StringBuilder sql = new StringBuilder("""
				select id, occurred_at, actor, table_name, operation, row_id, before::text, after::text
				from audit_log where cluster_id = ?""");
		List<Object> params = new ArrayList<>(List.of(clusterId));
		if (hasText(filter.actor())) {
			sql.append(" and actor = ?");
			params.add(filter.actor().trim());
		}
		if (hasText(filter.table())) {
			sql.append(" and table_name = ?");
			params.add(filter.table().trim());
		}
		if (hasText(filter.operation())) {
			sql.append(" and operation = ?");
			params.add(filter.operation().trim().toUpperCase(Locale.ROOT));
		}
		if (hasText(filter.rowId())) {
			sql.append(" and row_id = ?");
			params.add(filter.rowId().trim());
		}
		if (filter.from() != null) {
			sql.append(" and occurred_at >= ?");
			params.add(filter.from().atStartOfDay(zone).toOffsetDateTime());
		}
		if (filter.to() != null) {
			sql.append(" and occurred_at < ?");
			params.add(filter.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime());
		}
		sql.append(" order by id desc limit ? offset ?");
		params.add(PAGE_SIZE + 1);
		params.add(Math.max(0, page) * PAGE_SIZE);
		return jdbc.sql(sql.toString()).params(params).query(AuditEntry.class).list();
	}

	/**
	 * A page of entries, newest first; asks for one row more than a page to know whether
	 * there is a next.
	 */
	public AuditPage page(UUID clusterId, AuditFilter filter, ZoneId zone, int page) {
		int current = Math.max(0, page);
		List<AuditEntry> found = find(clusterId, filter, zone, current);
		boolean hasNext = found.size() > PAGE_SIZE;
		return new AuditPage(hasNext ? List.copyOf(found.subList(0, PAGE_SIZE)) : found, current, hasNext);
	}

	/** One entry of the cluster's log; another cluster's entry is not found. */
	public AuditEntry entry(UUID clusterId, long id) {
		return jdbc.sql("""
				select id, occurred_at, actor, table_name, operation, row_id, before::text, after::text
				from audit_log where cluster_id = ? and id = ?""")
			.params(clusterId, id)
			.query(AuditEntry.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("audit-entry", id));
	}

	public List<String> tables(UUID clusterId) {
		return jdbc.sql("select distinct table_name from audit_log where cluster_id = ? order by 1")
			.param(clusterId)
			.query(String.class)
			.list();
	}

	private static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}

}
