package klynge.archive;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The tables of a cluster as the database catalogue describes them: every base table of
 * the current schema with a {@code cluster_id} column (plus {@code cluster} itself),
 * their columns, primary keys and foreign keys. Framework tables (Flyway, the event
 * publication registry) have no {@code cluster_id} and are left out by that rule and by
 * name.
 */
record Schema(Table cluster, Map<String, Table> tables) {

	static final String CLUSTER_COLUMN = "cluster_id";

	/**
	 * Secrets an export never carries: password hashes (a restored account has no
	 * password and asks for a reset link, or is invited again) and the encrypted text of
	 * mails with a secret link (readable only by the process that wrote it), and the
	 * client secrets of single sign-on providers (entered again after a restore). A
	 * restore leaves them empty and ignores them in older exports.
	 */
	static final Set<String> LEFT_OUT = Set.of("account.password_hash", "applicant_registration.password_hash",
			"mail_outbox.secret_body", "sign_on_provider.client_secret");

	static boolean leftOut(String table, String column) {
		return LEFT_OUT.contains(table + "." + column);
	}

	/**
	 * A column and its type name as {@code regtype} prints it, e.g. "timestamp with time
	 * zone".
	 */
	record Column(String name, String type, boolean string) {

		boolean is(String typeName) {
			return type.equals(typeName);
		}
	}

	/**
	 * A foreign key: these columns of this table reference those columns of
	 * {@code target}.
	 */
	record ForeignKey(String target, List<String> columns, List<String> targetColumns) {
	}

	/** Columns in name order; {@code primaryKey} in key order. */
	record Table(String name, List<Column> columns, List<String> primaryKey, List<ForeignKey> foreignKeys) {

		Column column(String name) {
			return columns.stream().filter(column -> column.name().equals(name)).findFirst().orElse(null);
		}

		List<ForeignKey> selfReferences() {
			return foreignKeys.stream().filter(key -> key.target().equals(name)).toList();
		}
	}

	/**
	 * The cluster's tables. Not {@code search_entry}: the search index is derived from
	 * the other tables and rebuilt from them (at start, nightly and after writes), with
	 * new row ids each time.
	 */
	static Schema read(Connection connection) throws SQLException {
		Set<String> names = new TreeSet<>();
		try (PreparedStatement statement = connection.prepareStatement("""
				select c.table_name from information_schema.columns c
				join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
				where c.table_schema = current_schema() and t.table_type = 'BASE TABLE' and c.column_name = ?
				  and c.table_name <> 'flyway_schema_history' and c.table_name not like 'event\\_publication%'
				  and c.table_name <> 'search_entry'""")) {
			statement.setString(1, CLUSTER_COLUMN);
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					names.add(rows.getString(1));
				}
			}
		}
		Map<String, Table> tables = new TreeMap<>();
		for (String name : names) {
			tables.put(name, table(connection, name));
		}
		return new Schema(table(connection, "cluster"), tables);
	}

	private static Table table(Connection connection, String name) throws SQLException {
		List<Column> columns = new ArrayList<>();
		try (PreparedStatement statement = connection.prepareStatement("""
				select a.attname,
				       -- "character" alone casts to char(1): a restored char(64) kept its first letter
				       case when a.atttypid = 'bpchar'::regtype then 'bpchar' else a.atttypid::regtype::text end,
				       t.typcategory = 'S'
				from pg_attribute a join pg_type t on t.oid = a.atttypid
				where a.attrelid = (quote_ident(current_schema()) || '.' || quote_ident(?))::regclass
				  and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
				order by a.attname collate "C\"""")) {
			statement.setString(1, name);
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					if (!leftOut(name, rows.getString(1))) {
						columns.add(new Column(rows.getString(1), rows.getString(2), rows.getBoolean(3)));
					}
				}
			}
		}
		List<String> primaryKey = new ArrayList<>();
		Map<String, ForeignKey> foreignKeys = new LinkedHashMap<>();
		try (PreparedStatement statement = connection.prepareStatement("""
				select con.conname, con.contype, target.relname, k.ord, a.attname, ta.attname
				from pg_constraint con
				join pg_class source on source.oid = con.conrelid
				left join pg_class target on target.oid = con.confrelid
				cross join lateral unnest(con.conkey) with ordinality k(attnum, ord)
				join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.attnum
				left join pg_attribute ta on ta.attrelid = con.confrelid and ta.attnum = con.confkey[k.ord]
				where source.oid = (quote_ident(current_schema()) || '.' || quote_ident(?))::regclass
				  and (con.contype = 'p' or con.contype = 'f' and not con.condeferrable)
				order by con.conname collate "C", k.ord""")) {
			statement.setString(1, name);
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					if ("p".equals(rows.getString(2))) {
						primaryKey.add(rows.getString(5));
					}
					else {
						ForeignKey key = foreignKeys.computeIfAbsent(rows.getString(1),
								constraint -> new ForeignKey(target(rows), new ArrayList<>(), new ArrayList<>()));
						key.columns().add(rows.getString(5));
						key.targetColumns().add(rows.getString(6));
					}
				}
			}
		}
		return new Table(name, List.copyOf(columns), List.copyOf(primaryKey), List.copyOf(foreignKeys.values()));
	}

	private static String target(ResultSet rows) {
		try {
			return rows.getString(3);
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * The cluster's tables with every table after the tables it references (Kahn's
	 * algorithm, ties by name so the order is stable). References to {@code cluster} and
	 * to the table itself do not count, nor do deferrable keys (read() leaves them out:
	 * the restore's transaction checks them at commit, which is how two tables may refer
	 * to each other, as a budget and its adopted alternative do); rows of a
	 * self-referencing table are ordered by {@link RestoreOrder#rows}.
	 */
	List<String> insertOrder() {
		Map<String, Set<String>> pending = new TreeMap<>();
		tables.forEach((name, table) -> {
			Set<String> dependsOn = new TreeSet<>();
			table.foreignKeys()
				.stream()
				.map(ForeignKey::target)
				.filter(target -> !target.equals(name) && tables.containsKey(target))
				.forEach(dependsOn::add);
			pending.put(name, dependsOn);
		});
		return RestoreOrder.topological(pending);
	}
}
