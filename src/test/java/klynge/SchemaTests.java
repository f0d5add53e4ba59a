package klynge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every table belongs to a cluster and is audited, so no module can forget either. */
@KlyngeIntegrationTest
class SchemaTests {

	@Autowired
	JdbcClient jdbc;

	List<String> tables() {
		return jdbc.sql("""
				select table_name from information_schema.tables
				where table_schema = 'public' and table_type = 'BASE TABLE'
				  and table_name <> 'flyway_schema_history' and table_name not like 'event\\_publication%'
				order by 1""").query(String.class).list();
	}

	@Test
	void everyTableHasAClusterId() {
		Set<String> withClusterId = new TreeSet<>(jdbc.sql("""
				select table_name from information_schema.columns
				where table_schema = 'public' and column_name = 'cluster_id'""").query(String.class).list());

		List<String> offenders = tables().stream()
			.filter(table -> !table.equals("cluster"))
			.filter(table -> !withClusterId.contains(table))
			.toList();

		assertThat(tables()).contains("cluster", "audit_log", "organisation", "account");
		assertThat(offenders).as("tables without a cluster_id column: %s", offenders).isEmpty();
	}

	/**
	 * Not audited, on purpose: the audit log itself, and the mail outbox, which is the
	 * record of sent mail (status, attempts, errors) written by the system; a trigger
	 * there would copy every mail body and attachment into the audit log; and the import
	 * previews, uploads kept a day at most; and the search index, derived from the
	 * audited tables and rebuilt by the system (a trigger would copy every text again on
	 * each rebuild).
	 */
	static final Set<String> NOT_AUDITED = Set.of("audit_log", "mail_outbox", "mail_attachment", "import_batch",
			"search_entry");

	@Test
	void everyTableButTheLogItselfIsAudited() {
		Set<String> audited = new TreeSet<>(jdbc.sql("""
				select c.relname from pg_trigger t join pg_class c on c.oid = t.tgrelid
				join pg_namespace n on n.oid = c.relnamespace
				where n.nspname = 'public' and t.tgname = 'audit' and not t.tgisinternal""")
			.query(String.class)
			.list());

		List<String> offenders = tables().stream()
			.filter(table -> !NOT_AUDITED.contains(table))
			.filter(table -> !audited.contains(table))
			.toList();

		assertThat(audited).contains("cluster", "person");
		assertThat(offenders)
			.as("tables without the audit trigger (select audit_table('…') in the migration): %s", offenders)
			.isEmpty();
	}

}
