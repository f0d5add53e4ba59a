package klynge.body;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Bodies and their names, always within one cluster. */
@Repository
class BodyRepository {

	record BodyData(UUID id, BodyType type, String mandate, UUID predecessorId, LocalDate establishedOn,
			LocalDate dissolvedOn, int sortOrder, boolean observersSeeExempt, int version) {
	}

	private record NameRow(UUID bodyId, String name, LocalDate validFrom) {
	}

	private static final String COLUMNS = "id, type, mandate, predecessor_id, established_on, dissolved_on, sort_order, observers_see_exempt, version";

	private final JdbcClient jdbc;

	BodyRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<BodyData> find(UUID clusterId, UUID id) {
		return jdbc.sql("select " + COLUMNS + " from body where cluster_id = ? and id = ?")
			.params(clusterId, id)
			.query(BodyData.class)
			.optional();
	}

	List<BodyData> all(UUID clusterId) {
		return jdbc.sql("select " + COLUMNS + " from body where cluster_id = ? order by sort_order, established_on")
			.param(clusterId)
			.query(BodyData.class)
			.list();
	}

	List<BodyData> successors(UUID clusterId, UUID id) {
		return jdbc
			.sql("select " + COLUMNS + " from body where cluster_id = ? and predecessor_id = ? order by sort_order")
			.params(clusterId, id)
			.query(BodyData.class)
			.list();
	}

	NameHistory names(UUID clusterId, UUID bodyId) {
		return NameHistory.of(jdbc.sql("""
				select name, valid_from from body_name where cluster_id = ? and body_id = ? order by valid_from""")
			.params(clusterId, bodyId)
			.query(NameHistory.Name.class)
			.list());
	}

	Map<UUID, NameHistory> allNames(UUID clusterId) {
		return jdbc.sql("select body_id, name, valid_from from body_name where cluster_id = ?")
			.param(clusterId)
			.query(NameRow.class)
			.list()
			.stream()
			.collect(Collectors.groupingBy(NameRow::bodyId,
					Collectors.collectingAndThen(Collectors.toList(), rows -> NameHistory
						.of(rows.stream().map(r -> new NameHistory.Name(r.name(), r.validFrom())).toList()))));
	}

	UUID insert(UUID clusterId, BodyType type, String mandate, UUID predecessorId, LocalDate establishedOn,
			int sortOrder, boolean observersSeeExempt) {
		return jdbc
			.sql("""
					insert into body (cluster_id, type, mandate, predecessor_id, established_on, sort_order, observers_see_exempt)
					values (?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(clusterId, type.name(), mandate, predecessorId, establishedOn, sortOrder, observersSeeExempt)
			.query(UUID.class)
			.single();
	}

	/**
	 * @return false when the version did not match
	 */
	boolean update(UUID clusterId, UUID id, int version, BodyType type, String mandate, UUID predecessorId,
			LocalDate establishedOn, LocalDate dissolvedOn, int sortOrder, boolean observersSeeExempt) {
		return jdbc.sql("""
				update body set type = ?, mandate = ?, predecessor_id = ?, established_on = ?, dissolved_on = ?,
				       sort_order = ?, observers_see_exempt = ?, version = version + 1
				where cluster_id = ? and id = ? and version = ?""")
			.params(type.name(), mandate, predecessorId, establishedOn, dissolvedOn, sortOrder, observersSeeExempt,
					clusterId, id, version)
			.update() == 1;
	}

	void touch(UUID clusterId, UUID id) {
		jdbc.sql("update body set version = version + 1 where cluster_id = ? and id = ?")
			.params(clusterId, id)
			.update();
	}

	void insertName(UUID clusterId, UUID bodyId, String name, LocalDate validFrom) {
		jdbc.sql("insert into body_name (cluster_id, body_id, name, valid_from) values (?, ?, ?, ?)")
			.params(clusterId, bodyId, name, validFrom)
			.update();
	}

	/** Corrects the spelling of the name that starts on a date (not a rename). */
	void correctName(UUID clusterId, UUID bodyId, LocalDate validFrom, String name) {
		jdbc.sql("""
				update body_name set name = ?, version = version + 1
				where cluster_id = ? and body_id = ? and valid_from = ? and name <> ?""")
			.params(name, clusterId, bodyId, validFrom, name)
			.update();
	}

}
