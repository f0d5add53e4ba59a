package klynge.archive;

import java.io.InputStream;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;

/**
 * Inserts the rows of a {@link ClusterExport} into a database whose schema is migrated
 * (Flyway ran first) and which does not hold that cluster yet: the cluster row, then the
 * tables after the tables they reference, rows of self-referencing tables parents first.
 * Nothing is disabled: every constraint is checked as the rows go in. The caller runs
 * this in one transaction.
 * <p>
 * The audit trigger would log each inserted row as a new write by "restore". The export
 * already holds the cluster's audit log, which is restored as it was, so the restore sets
 * {@code klynge.restoring = 'on'} for its transaction and {@code audit_row()} skips
 * logging.
 */
final class ClusterRestore {

	/** What was restored. */
	record Result(UUID clusterId, String shortName, Map<String, Integer> rows) {
	}

	private ClusterRestore() {
	}

	static Result restore(Connection connection, InputStream export) throws SQLException {
		if (!(CanonicalJson.parse(export) instanceof Map<?, ?> document)) {
			throw new IllegalArgumentException("not a Klynge export: the document is not a JSON object");
		}
		if (!ClusterExport.FORMAT.equals(document.get("format"))
				|| !(document.get("version") instanceof CanonicalJson.Number version)
				|| !String.valueOf(ClusterExport.VERSION).equals(version.text())) {
			throw new IllegalArgumentException("not a Klynge export of format version " + ClusterExport.VERSION);
		}
		if (!(document.get("cluster") instanceof Map<?, ?> cluster)
				|| !(document.get("tables") instanceof Map<?, ?> tables)) {
			throw new IllegalArgumentException("a Klynge export needs \"cluster\" and \"tables\"");
		}
		try (Statement settings = connection.createStatement()) {
			settings.execute(
					"select set_config('klynge.restoring', 'on', true), set_config('klynge.actor', 'restore', true)");
		}
		Schema schema = Schema.read(connection);
		for (Object table : tables.keySet()) {
			if (!schema.tables().containsKey(table)) {
				throw new IllegalArgumentException("the export has a table this database does not have: " + table);
			}
		}
		UUID clusterId = UUID.fromString(String.valueOf(cluster.get("id")));
		try (PreparedStatement exists = connection.prepareStatement("select count(*) from cluster where id = ?")) {
			exists.setObject(1, clusterId);
			try (ResultSet rows = exists.executeQuery()) {
				rows.next();
				if (rows.getLong(1) > 0) {
					throw new IllegalStateException("the database already holds cluster " + clusterId);
				}
			}
		}
		insert(connection, schema.cluster(), List.of(cluster));
		Map<String, Integer> counts = new TreeMap<>();
		for (String name : schema.insertOrder()) {
			Schema.Table table = schema.tables().get(name);
			List<?> rows = tables.get(name) instanceof List<?> list ? list : List.of();
			for (Object row : rows) {
				if (!(row instanceof Map<?, ?> values)
						|| !clusterId.toString().equals(values.get(Schema.CLUSTER_COLUMN))) {
					throw new IllegalArgumentException("a row of " + name + " does not belong to cluster " + clusterId);
				}
			}
			insert(connection, table, parentsFirst(table, rows));
			counts.put(name, rows.size());
		}
		resetSequences(connection, schema);
		return new Result(clusterId, String.valueOf(cluster.get("short_name")), counts);
	}

	/**
	 * Rows of a self-referencing table in an order that satisfies its own foreign keys.
	 */
	static List<?> parentsFirst(Schema.Table table, List<?> rows) {
		List<Schema.ForeignKey> selfReferences = table.selfReferences();
		if (selfReferences.isEmpty()) {
			return rows;
		}
		return RestoreOrder.rows(rows, row -> {
			List<String> keys = new ArrayList<>();
			for (int i = 0; i < selfReferences.size(); i++) {
				keys.add(key(i, selfReferences.get(i).targetColumns(), (Map<?, ?>) row));
			}
			return keys;
		}, row -> {
			List<String> references = new ArrayList<>();
			for (int i = 0; i < selfReferences.size(); i++) {
				references.add(key(i, selfReferences.get(i).columns(), (Map<?, ?>) row));
			}
			return references;
		});
	}

	private static String key(int foreignKey, List<String> columns, Map<?, ?> row) {
		List<String> values = new ArrayList<>();
		for (String column : columns) {
			Object value = row.get(column);
			if (value == null) {
				return null;
			}
			values.add(String.valueOf(value));
		}
		return foreignKey + ":" + String.join("\u0000", values);
	}

	private static void insert(Connection connection, Schema.Table table, List<?> rows) throws SQLException {
		if (rows.isEmpty()) {
			return;
		}
		for (Object column : ((Map<?, ?>) rows.getFirst()).keySet()) {
			if (table.column(String.valueOf(column)) == null && !Schema.leftOut(table.name(), String.valueOf(column))) {
				throw new IllegalArgumentException(
						"the export has a column this database does not have: " + table.name() + "." + column);
			}
		}
		List<Schema.Column> columns = table.columns();
		String names = columns.stream()
			.map(column -> ClusterExport.quote(column.name()))
			.collect(Collectors.joining(", "));
		String values = columns.stream()
			.map(column -> column.is("bytea") ? "?" : "cast(? as " + column.type() + ")")
			.collect(Collectors.joining(", "));
		String sql = "insert into " + ClusterExport.quote(table.name()) + " (" + names
				+ ") overriding system value values (" + values + ")";
		try (PreparedStatement insert = connection.prepareStatement(sql)) {
			int batched = 0;
			for (Object row : rows) {
				Map<?, ?> values2 = (Map<?, ?>) row;
				for (int i = 0; i < columns.size(); i++) {
					bind(insert, i + 1, columns.get(i), values2);
				}
				insert.addBatch();
				if (++batched % 500 == 0) {
					insert.executeBatch();
				}
			}
			insert.executeBatch();
		}
	}

	private static void bind(PreparedStatement insert, int index, Schema.Column column, Map<?, ?> row)
			throws SQLException {
		if (!row.containsKey(column.name())) {
			throw new IllegalArgumentException("the export lacks the column " + column.name());
		}
		Object value = row.get(column.name());
		if (value == null) {
			insert.setNull(index, column.is("bytea") ? Types.BINARY : Types.VARCHAR);
		}
		else if (column.is("bytea")) {
			insert.setBytes(index, Base64.getDecoder().decode((String) value));
		}
		else {
			insert.setString(index, text(value));
		}
	}

	/** The text PostgreSQL reads back into the column's type. */
	private static String text(Object value) {
		return switch (value) {
			case String string -> string;
			case CanonicalJson.Number number -> number.text();
			case Boolean bool -> bool.toString();
			default -> {
				StringWriter json = new StringWriter();
				try (JsonGenerator generator = CanonicalJson.FACTORY.createGenerator(ObjectWriteContext.empty(),
						json)) {
					CanonicalJson.write(generator, value);
				}
				yield json.toString();
			}
		};
	}

	/** Serial and identity columns continue after the highest restored value. */
	private static void resetSequences(Connection connection, Schema schema) throws SQLException {
		for (Schema.Table table : schema.tables().values()) {
			for (Schema.Column column : table.columns()) {
				String sequence;
				try (PreparedStatement find = connection.prepareStatement("select pg_get_serial_sequence(?, ?)")) {
					find.setString(1, ClusterExport.quote(table.name()));
					find.setString(2, column.name());
					try (ResultSet rows = find.executeQuery()) {
						rows.next();
						sequence = rows.getString(1);
					}
				}
				if (sequence == null) {
					continue;
				}
				try (PreparedStatement reset = connection.prepareStatement("select setval(?, max("
						+ ClusterExport.quote(column.name()) + ")) from " + ClusterExport.quote(table.name())
						+ " having max(" + ClusterExport.quote(column.name()) + ") is not null")) {
					reset.setString(1, Objects.requireNonNull(sequence));
					reset.execute();
				}
			}
		}
	}

}
