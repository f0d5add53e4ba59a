package klynge.budget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The budget tables, always filtered on the cluster. */
@Repository
class BudgetRepository {

	private static final String BUDGET = """
			select id, year, title, sharing, adopted_alternative_id, adopted_item_id, conditions, adopted_at,
			       adopted_by, version from budget""";

	private final JdbcClient jdbc;

	BudgetRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Budget> all(UUID clusterId) {
		return jdbc.sql(BUDGET + " where cluster_id = ? order by year desc")
			.param(clusterId)
			.query(Budget.class)
			.list();
	}

	Optional<Budget> find(UUID clusterId, UUID id) {
		return jdbc.sql(BUDGET + " where cluster_id = ? and id = ?")
			.params(clusterId, id)
			.query(Budget.class)
			.optional();
	}

	Optional<Budget> lock(UUID clusterId, UUID id) {
		return jdbc.sql(BUDGET + " where cluster_id = ? and id = ? for update")
			.params(clusterId, id)
			.query(Budget.class)
			.optional();
	}

	Optional<Budget> ofYear(UUID clusterId, int year) {
		return jdbc.sql(BUDGET + " where cluster_id = ? and year = ?")
			.params(clusterId, year)
			.query(Budget.class)
			.optional();
	}

	UUID insert(UUID clusterId, int year, String title) {
		return jdbc.sql("insert into budget (cluster_id, year, title) values (?, ?, ?) returning id")
			.params(clusterId, year, title)
			.query(UUID.class)
			.single();
	}

	boolean update(UUID clusterId, UUID id, String title, Sharing sharing, int version) {
		return jdbc.sql("""
				update budget set title = ?, sharing = ?, version = version + 1
				where cluster_id = ? and id = ? and version = ?""")
			.params(title, sharing.name(), clusterId, id, version)
			.update() == 1;
	}

	void touch(UUID clusterId, UUID id) {
		jdbc.sql("update budget set version = version + 1 where cluster_id = ? and id = ?")
			.params(clusterId, id)
			.update();
	}

	void adopt(UUID clusterId, UUID id, UUID alternativeId, UUID itemId, String conditions, String adoptedBy) {
		jdbc.sql("""
				update budget set adopted_alternative_id = ?, adopted_item_id = ?, conditions = ?, adopted_at = now(),
				       adopted_by = ?, version = version + 1
				where cluster_id = ? and id = ?""")
			.params(alternativeId, itemId, conditions, adoptedBy, clusterId, id)
			.update();
	}

	// lines

	List<BudgetLine> lines(UUID clusterId, UUID budgetId) {
		return jdbc.sql("""
				select id, budget_id, kind, direction, name, amount, actual, position, version from budget_line
				where cluster_id = ? and budget_id = ? order by position, name""")
			.params(clusterId, budgetId)
			.query(BudgetLine.class)
			.list();
	}

	Optional<BudgetLine> line(UUID clusterId, UUID id) {
		return jdbc.sql("""
				select id, budget_id, kind, direction, name, amount, actual, position, version from budget_line
				where cluster_id = ? and id = ?""").params(clusterId, id).query(BudgetLine.class).optional();
	}

	UUID insertLine(UUID clusterId, UUID budgetId, LineKind kind, Direction direction, String name, BigDecimal amount) {
		return jdbc.sql("""
				insert into budget_line (cluster_id, budget_id, kind, direction, name, amount, position)
				values (?, ?, ?, ?, ?, ?, (select coalesce(max(position), 0) + 1 from budget_line
				                           where cluster_id = ? and budget_id = ?))
				returning id""")
			.params(clusterId, budgetId, kind.name(), direction.name(), name, amount, clusterId, budgetId)
			.query(UUID.class)
			.single();
	}

	boolean updateLine(UUID clusterId, UUID id, LineKind kind, Direction direction, String name, BigDecimal amount,
			int version) {
		return jdbc.sql("""
				update budget_line set kind = ?, direction = ?, name = ?, amount = ?, version = version + 1
				where cluster_id = ? and id = ? and version = ?""")
			.params(kind.name(), direction.name(), name, amount, clusterId, id, version)
			.update() == 1;
	}

	void deleteLine(UUID clusterId, UUID id) {
		jdbc.sql("delete from budget_line where cluster_id = ? and id = ?").params(clusterId, id).update();
	}

	void setActual(UUID clusterId, UUID id, BigDecimal actual) {
		jdbc.sql("update budget_line set actual = ?, version = version + 1 where cluster_id = ? and id = ?")
			.params(actual, clusterId, id)
			.update();
	}

	// alternatives

	List<Alternative> alternatives(UUID clusterId, UUID budgetId) {
		return jdbc.sql("""
				select id, budget_id, letter, collaboration_funds, note, version from budget_alternative
				where cluster_id = ? and budget_id = ? order by length(letter), letter""")
			.params(clusterId, budgetId)
			.query(Alternative.class)
			.list();
	}

	Optional<Alternative> alternative(UUID clusterId, UUID id) {
		return jdbc.sql("""
				select id, budget_id, letter, collaboration_funds, note, version from budget_alternative
				where cluster_id = ? and id = ?""").params(clusterId, id).query(Alternative.class).optional();
	}

	UUID insertAlternative(UUID clusterId, UUID budgetId, String letter, BigDecimal pool, String note) {
		return jdbc.sql("""
				insert into budget_alternative (cluster_id, budget_id, letter, collaboration_funds, note)
				values (?, ?, ?, ?, ?) returning id""")
			.params(clusterId, budgetId, letter, pool, note)
			.query(UUID.class)
			.single();
	}

	boolean updateAlternative(UUID clusterId, UUID id, BigDecimal pool, String note, int version) {
		return jdbc.sql("""
				update budget_alternative set collaboration_funds = ?, note = ?, version = version + 1
				where cluster_id = ? and id = ? and version = ?""")
			.params(pool, note, clusterId, id, version)
			.update() == 1;
	}

	void deleteAlternative(UUID clusterId, UUID id) {
		jdbc.sql("delete from budget_alternative where cluster_id = ? and id = ?").params(clusterId, id).update();
	}

	// partners

	record PartnerRow(UUID id, UUID budgetId, UUID organisationId, String category, LocalDate invoicedOn,
			LocalDate paidOn, int version) {
	}

	List<PartnerRow> partners(UUID clusterId, UUID budgetId) {
		return jdbc.sql("""
				select id, budget_id, organisation_id, category, invoiced_on, paid_on, version from budget_partner
				where cluster_id = ? and budget_id = ?""").params(clusterId, budgetId).query(PartnerRow.class).list();
	}

	Optional<PartnerRow> partner(UUID clusterId, UUID id) {
		return jdbc.sql("""
				select id, budget_id, organisation_id, category, invoiced_on, paid_on, version from budget_partner
				where cluster_id = ? and id = ?""").params(clusterId, id).query(PartnerRow.class).optional();
	}

	void insertPartner(UUID clusterId, UUID budgetId, UUID organisationId, String category) {
		jdbc.sql("""
				insert into budget_partner (cluster_id, budget_id, organisation_id, category) values (?, ?, ?, ?)
				on conflict (cluster_id, budget_id, organisation_id) do nothing""")
			.params(clusterId, budgetId, organisationId, category)
			.update();
	}

	void setCategory(UUID clusterId, UUID id, String category) {
		jdbc.sql("update budget_partner set category = ?, version = version + 1 where cluster_id = ? and id = ?")
			.params(category, clusterId, id)
			.update();
	}

	void deletePartner(UUID clusterId, UUID id) {
		jdbc.sql("delete from budget_partner where cluster_id = ? and id = ?").params(clusterId, id).update();
	}

	boolean setInvoice(UUID clusterId, UUID id, LocalDate invoicedOn, LocalDate paidOn, int version) {
		return jdbc.sql("""
				update budget_partner set invoiced_on = ?, paid_on = ?, version = version + 1
				where cluster_id = ? and id = ? and version = ?""")
			.params(invoicedOn, paidOn, clusterId, id, version)
			.update() == 1;
	}

	// weights

	Map<String, BigDecimal> weights(UUID clusterId, UUID budgetId) {
		Map<String, BigDecimal> weights = new LinkedHashMap<>();
		jdbc.sql("select category, weight from budget_category_weight where cluster_id = ? and budget_id = ?")
			.params(clusterId, budgetId)
			.query((rs, n) -> weights.put(rs.getString(1), rs.getBigDecimal(2)))
			.list();
		return weights;
	}

	void setWeight(UUID clusterId, UUID budgetId, String category, BigDecimal weight) {
		jdbc.sql("""
				insert into budget_category_weight (cluster_id, budget_id, category, weight) values (?, ?, ?, ?)
				on conflict (cluster_id, budget_id, category)
				do update set weight = excluded.weight, version = budget_category_weight.version + 1
				where budget_category_weight.weight <> excluded.weight""")
			.params(clusterId, budgetId, category, weight)
			.update();
	}

	// agenda items

	List<UUID> items(UUID clusterId, UUID budgetId) {
		return jdbc.sql("select item_id from budget_item where cluster_id = ? and budget_id = ?")
			.params(clusterId, budgetId)
			.query(UUID.class)
			.list();
	}

	/** Budget by agenda item, for the items of a meeting. */
	Map<UUID, UUID> budgetsOfItems(UUID clusterId, java.util.Collection<UUID> itemIds) {
		Map<UUID, UUID> result = new LinkedHashMap<>();
		if (itemIds.isEmpty()) {
			return result;
		}
		jdbc.sql("select item_id, budget_id from budget_item where cluster_id = :cluster and item_id in (:items)")
			.param("cluster", clusterId)
			.param("items", itemIds)
			.query((rs, n) -> result.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
			.list();
		return result;
	}

	void insertItem(UUID clusterId, UUID budgetId, UUID itemId) {
		jdbc.sql("insert into budget_item (cluster_id, budget_id, item_id) values (?, ?, ?)")
			.params(clusterId, budgetId, itemId)
			.update();
	}

	Optional<UUID> budgetOfItem(UUID clusterId, UUID itemId) {
		return jdbc.sql("select budget_id from budget_item where cluster_id = ? and item_id = ?")
			.params(clusterId, itemId)
			.query(UUID.class)
			.optional();
	}

	// revisions

	public record Revision(UUID id, String reason, String changes, String revisedBy, OffsetDateTime revisedAt) {

		/** What changed, one change a line. */
		public List<String> changeLines() {
			return List.of(changes.split("\n"));
		}
	}

	List<Revision> revisions(UUID clusterId, UUID budgetId) {
		return jdbc.sql("""
				select id, reason, changes, revised_by, revised_at from budget_revision
				where cluster_id = ? and budget_id = ? order by revised_at desc, id""")
			.params(clusterId, budgetId)
			.query(Revision.class)
			.list();
	}

	void insertRevision(UUID clusterId, UUID budgetId, String reason, String changes, String revisedBy) {
		jdbc.sql("""
				insert into budget_revision (cluster_id, budget_id, reason, changes, revised_by)
				values (?, ?, ?, ?, ?)""").params(clusterId, budgetId, reason, changes, revisedBy).update();
	}

}
