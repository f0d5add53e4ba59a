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
			.filter(table -> !INSTANCE_WIDE.contains(table))
			.filter(table -> !withClusterId.contains(table))
			.toList();

		assertThat(tables()).contains("cluster", "audit_log", "organisation", "account");
		assertThat(offenders).as("tables without a cluster_id column: %s", offenders).isEmpty();
	}

	/**
	 * Shared by the instances, not by a cluster: Spring Session's tables (the session
	 * names its account and cluster inside), the job locks that let one instance run a
	 * scheduled job for every cluster, and the login/reset throttle counts, which are per
	 * client address and typed name across hosts as they were in memory.
	 */
	static final Set<String> INSTANCE_WIDE = Set.of("spring_session", "spring_session_attributes", "job_lock",
			"throttle_count");

	/**
	 * Not audited, on purpose: the audit log itself, and the mail outbox, which is the
	 * record of sent mail (status, attempts, errors) written by the system; a trigger
	 * there would copy every mail body and attachment into the audit log; and the import
	 * previews, uploads kept a day at most; and the search index, derived from the
	 * audited tables and rebuilt by the system (a trigger would copy every text again on
	 * each rebuild); and the instance-wide tables ({@link #INSTANCE_WIDE}): sessions are
	 * written on every request and hold serialised security contexts, job locks and
	 * throttle counts are the system's own bookkeeping with no user write.
	 */
	static final Set<String> NOT_AUDITED = Set.of("audit_log", "mail_outbox", "mail_attachment", "import_batch",
			"search_entry", "spring_session", "spring_session_attributes", "job_lock", "throttle_count");

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
