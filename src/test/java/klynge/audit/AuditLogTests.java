package klynge.audit;

import static klynge.audit.AuditTestSupport.ALREK;
import static klynge.audit.AuditTestSupport.NORD;
import static klynge.audit.AuditTestSupport.changeSecondaryColourAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;

import klynge.KlyngeIntegrationTest;
import klynge.cluster.Clusters;
import klynge.shared.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

@KlyngeIntegrationTest
class AuditLogTests {

	static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

	@Autowired
	AuditLog log;

	@Autowired
	Clusters clusters;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aWriteRecordsActorTableOperationBeforeAndAfter() {
		String before = clusters.get(NORD).secondaryColour();

		changeSecondaryColourAs(clusters, NORD, "log-writer", "#abcdef");

		var entries = log.find(NORD, new AuditFilter("log-writer", null, null, null, null, null), OSLO, 0);
		assertThat(entries).hasSize(1);
		AuditEntry entry = entries.getFirst();
		assertThat(entry.tableName()).isEqualTo("cluster");
		assertThat(entry.operation()).isEqualTo("UPDATE");
		assertThat(entry.rowId()).isEqualTo(NORD.toString());
		assertThat(entry.before()).contains("\"secondary_colour\": \"" + before + "\"");
		assertThat(entry.after()).contains("\"secondary_colour\": \"#abcdef\"");
		assertThat(AuditFields.changedNames(entry.before(), entry.after())).containsExactly("secondary_colour");
		// Setting it back outside a request is logged too, as "system".
		var undo = log.find(NORD, new AuditFilter("system", "cluster", "UPDATE", null, null, null), OSLO, 0);
		assertThat(undo).first().satisfies(last -> assertThat(last.id()).isGreaterThan(entry.id()));
	}

	@Test
	void theLogCannotBeChangedOrDeleted() {
		long id = jdbc.sql("select max(id) from audit_log").query(Long.class).single();
		String actor = jdbc.sql("select actor from audit_log where id = ?").param(id).query(String.class).single();

		assertThatThrownBy(() -> jdbc.sql("update audit_log set actor = 'forger' where id = ?").param(id).update())
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("delete from audit_log where id = ?").param(id).update())
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("delete from audit_log").update()).isInstanceOf(DataAccessException.class);

		assertThat(jdbc.sql("select actor from audit_log where id = ?").param(id).query(String.class).single())
			.isEqualTo(actor);
	}

	@Test
	void filtersByActorTableOperationAndDay() {
		changeSecondaryColourAs(clusters, ALREK, "filter-tester", "#123456");
		LocalDate today = LocalDate.now(OSLO);

		var byActor = log.find(ALREK, new AuditFilter("filter-tester", null, null, null, null, null), OSLO, 0);
		assertThat(byActor).hasSize(1).allSatisfy(entry -> assertThat(entry.actor()).isEqualTo("filter-tester"));

		var byTable = log.find(ALREK, new AuditFilter(null, "person", null, null, null, null), OSLO, 0);
		assertThat(byTable).isNotEmpty().allSatisfy(entry -> assertThat(entry.tableName()).isEqualTo("person"));

		var byOperation = log.find(ALREK, new AuditFilter(null, null, "update", null, null, null), OSLO, 0);
		assertThat(byOperation).isNotEmpty().allSatisfy(entry -> assertThat(entry.operation()).isEqualTo("UPDATE"));

		assertThat(log.find(ALREK, new AuditFilter("filter-tester", null, null, today, today, null), OSLO, 0))
			.hasSize(1);
		assertThat(
				log.find(ALREK, new AuditFilter("filter-tester", null, null, today.plusDays(1), null, null), OSLO, 0))
			.isEmpty();
		assertThat(
				log.find(ALREK, new AuditFilter("filter-tester", null, null, null, today.minusDays(1), null), OSLO, 0))
			.isEmpty();
		assertThat(log.find(ALREK, new AuditFilter(null, "cluster", null, null, null, ALREK.toString()), OSLO, 0))
			.isNotEmpty()
			.allSatisfy(entry -> assertThat(entry.rowId()).isEqualTo(ALREK.toString()));
	}

	@Test
	void pagesHoldFiftyEntriesAndTellWhetherMoreFollow() {
		AuditPage first = log.page(ALREK, AuditFilter.none(), OSLO, 0);
		AuditPage second = log.page(ALREK, AuditFilter.none(), OSLO, 1);

		assertThat(first.entries()).hasSize(AuditLog.PAGE_SIZE);
		assertThat(first.hasNext()).isTrue();
		assertThat(first.hasPrevious()).isFalse();
		assertThat(second.hasPrevious()).isTrue();
		assertThat(second.entries()).isNotEmpty();
		assertThat(second.entries().getFirst().id()).isLessThan(first.entries().getLast().id());
	}

	@Test
	void anEntryOfAnotherClusterIsNotFound() {
		long alrekEntry = jdbc.sql("select max(id) from audit_log where cluster_id = ?")
			.param(ALREK)
			.query(Long.class)
			.single();

		assertThat(log.entry(ALREK, alrekEntry).id()).isEqualTo(alrekEntry);
		assertThatThrownBy(() -> log.entry(NORD, alrekEntry)).isInstanceOf(NotFoundException.class);
		assertThat(log.find(NORD, AuditFilter.none(), OSLO, 0)).isNotEmpty()
			.noneMatch(entry -> entry.id() == alrekEntry);
	}

}
