package klynge.archive;

import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;

/**
 * Writes every row of one cluster as one JSON document:
 * {@code {"format":"klynge-export","version":1,"cluster":{…},"tables":{"
 * <table>
 * ":[rows…]}}}. Tables in name order, rows in primary key order, columns in name order,
 * and values in one canonical form (timestamps ISO-8601 in UTC with microseconds, bytea
 * base64, json/jsonb embedded with sorted keys, numbers as PostgreSQL prints them), so
 * two exports of equal data are equal byte for byte, whichever server or version they
 * come from. Plain JDBC, no Spring: restore tests and tools run it against any
 * connection.
 */
final class ClusterExport {

	static final String FORMAT = "klynge-export";

	static final int VERSION = 1;

	private static final Set<String> NUMBERS = Set.of("smallint", "integer", "bigint", "numeric", "real",
			"double precision");

	private ClusterExport() {
	}

	/**
	 * Exports the cluster in one repeatable-read snapshot. If the connection is in
	 * auto-commit mode this opens and ends its own read-only transaction; otherwise it
	 * runs in the caller's.
	 */
	static void write(Connection connection, UUID clusterId, OutputStream out) throws SQLException {
		boolean ownTransaction = connection.getAutoCommit();
		if (ownTransaction) {
			connection.setAutoCommit(false);
			connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
		}
		try {
			try (Statement settings = connection.createStatement()) {
				settings.execute("set local timezone = 'UTC'; set local datestyle = 'ISO, YMD';"
						+ " set local intervalstyle = 'iso_8601'; set local extra_float_digits = 1");
			}
			Schema schema = Schema.read(connection);
			try (JsonGenerator json = CanonicalJson.FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
				json.writeStartObject();
				json.writeName("format");
				json.writeString(FORMAT);
				json.writeName("version");
				json.writeNumber(VERSION);
				json.writeName("cluster");
				int clusters = rows(connection, schema.cluster(), "id", clusterId, json, false);
				if (clusters != 1) {
					throw new IllegalArgumentException("no cluster " + clusterId);
				}
				json.writeName("tables");
				json.writeStartObject();
				for (Schema.Table table : schema.tables().values()) {
					json.writeName(table.name());
					rows(connection, table, Schema.CLUSTER_COLUMN, clusterId, json, true);
				}
				json.writeEndObject();
				json.writeEndObject();
			}
			if (ownTransaction) {
				connection.commit();
			}
		}
		catch (SQLException | RuntimeException e) {
			if (ownTransaction) {
				connection.rollback();
			}
			throw e;
		}
		finally {
			if (ownTransaction) {
				connection.setAutoCommit(true);
			}
		}
	}

	private static int rows(Connection connection, Schema.Table table, String filter, UUID clusterId,
			JsonGenerator json, boolean array) throws SQLException {
		List<Schema.Column> columns = table.columns();
		String select = columns.stream().map(ClusterExport::expression).collect(Collectors.joining(", "));
		List<String> keys = table.primaryKey().isEmpty() ? columns.stream().map(Schema.Column::name).toList()
				: table.primaryKey();
		String order = keys.stream().map(key -> orderBy(table.column(key))).collect(Collectors.joining(", "));
		String sql = "select " + select + " from " + quote(table.name()) + " where " + quote(filter) + " = ? order by "
				+ order;
		int count = 0;
		if (array) {
			json.writeStartArray();
		}
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setObject(1, clusterId);
			statement.setFetchSize(500);
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					count++;
					json.writeStartObject();
					for (int i = 0; i < columns.size(); i++) {
						json.writeName(columns.get(i).name());
						value(json, columns.get(i), rows, i + 1);
					}
					json.writeEndObject();
				}
			}
		}
		if (array) {
			json.writeEndArray();
		}
		return count;
	}

	private static String expression(Schema.Column column) {
		String name = quote(column.name());
		return switch (column.type()) {
			case "timestamp with time zone" ->
				"to_char(" + name + " at time zone 'UTC', " + "'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')";
			case "timestamp without time zone" -> "to_char(" + name + ", 'YYYY-MM-DD\"T\"HH24:MI:SS.US')";
			case "bytea" -> name;
			default -> name + "::text";
		};
	}

	private static String orderBy(Schema.Column column) {
		String name = quote(column.name());
		return column.string() ? name + " collate \"C\"" : name;
	}

	private static void value(JsonGenerator json, Schema.Column column, ResultSet rows, int index) throws SQLException {
		if (column.is("bytea")) {
			byte[] bytes = rows.getBytes(index);
			if (bytes == null) {
				json.writeNull();
			}
			else {
				json.writeString(Base64.getEncoder().encodeToString(bytes));
			}
			return;
		}
		String text = rows.getString(index);
		if (text == null) {
			json.writeNull();
		}
		else if (column.is("boolean")) {
			json.writeBoolean("t".equals(text) || "true".equals(text));
		}
		else if (NUMBERS.contains(column.type()) && text.matches("-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?")) {
			json.writeNumber(text);
		}
		else if (column.is("json") || column.is("jsonb")) {
			CanonicalJson.write(json, CanonicalJson.parse(text));
		}
		else {
			json.writeString(text);
		}
	}

	static String quote(String identifier) {
		return "\"" + identifier.replace("\"", "\"\"") + "\"";
	}

}
