package klynge.body;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Memberships, always within one cluster. */
@Repository
class MembershipRepository {

	record MembershipData(UUID id, UUID bodyId, UUID personId, MembershipRole role, String seat, UUID organisationId,
			UUID deputyForId, LocalDate validFrom, LocalDate validTo, int sortOrder, int version) {

		Membership toDomain() {
			return new Membership(id, bodyId, personId, role, seat, organisationId, deputyForId,
					new Term(validFrom, validTo), sortOrder);
		}
	}

	private static final String COLUMNS = """
			id, body_id, person_id, role, seat, organisation_id, deputy_for_id, valid_from, valid_to, sort_order, version""";

	private final JdbcClient jdbc;

	MembershipRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<MembershipData> find(UUID clusterId, UUID id) {
		return jdbc.sql("select " + COLUMNS + " from membership where cluster_id = ? and id = ?")
			.params(clusterId, id)
			.query(MembershipData.class)
			.optional();
	}

	List<MembershipData> ofBody(UUID clusterId, UUID bodyId) {
		return jdbc.sql("select " + COLUMNS + """
				 from membership where cluster_id = ? and body_id = ?
				order by valid_from desc, sort_order, valid_to desc nulls first""")
			.params(clusterId, bodyId)
			.query(MembershipData.class)
			.list();
	}

	List<MembershipData> ofBodyOn(UUID clusterId, UUID bodyId, LocalDate day) {
		return jdbc.sql("select " + COLUMNS + """
				 from membership where cluster_id = ? and body_id = ?
				  and valid_from <= ? and (valid_to is null or valid_to >= ?)
				order by sort_order, valid_from""")
			.params(clusterId, bodyId, day, day)
			.query(MembershipData.class)
			.list();
	}

	List<MembershipData> ofPerson(UUID clusterId, UUID personId) {
		return jdbc.sql("select " + COLUMNS + """
				 from membership where cluster_id = ? and person_id = ?
				order by valid_from desc, sort_order""").params(clusterId, personId).query(MembershipData.class).list();
	}

	int countVotingOn(UUID clusterId, UUID bodyId, LocalDate day) {
		return jdbc.sql("""
				select count(*) from membership where cluster_id = ? and body_id = ?
				  and role in ('CHAIR', 'DEPUTY_CHAIR', 'MEMBER')
				  and valid_from <= ? and (valid_to is null or valid_to >= ?)""")
			.params(clusterId, bodyId, day, day)
			.query(Integer.class)
			.single();
	}

	UUID insert(UUID clusterId, Membership m) {
		return jdbc.sql("""
				insert into membership (cluster_id, body_id, person_id, role, seat, organisation_id, deputy_for_id,
				                        valid_from, valid_to, sort_order)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(clusterId, m.bodyId(), m.personId(), m.role().name(), m.seat(), m.organisationId(), m.deputyForId(),
					m.validFrom(), m.validTo(), m.sortOrder())
			.query(UUID.class)
			.single();
	}

	boolean update(UUID clusterId, Membership m, int version) {
		return jdbc.sql("""
				update membership set person_id = ?, role = ?, seat = ?, organisation_id = ?, deputy_for_id = ?,
				       valid_from = ?, valid_to = ?, sort_order = ?, version = version + 1
				where cluster_id = ? and id = ? and version = ?""")
			.params(m.personId(), m.role().name(), m.seat(), m.organisationId(), m.deputyForId(), m.validFrom(),
					m.validTo(), m.sortOrder(), clusterId, m.id(), version)
			.update() == 1;
	}

	void setSortOrder(UUID clusterId, UUID id, int sortOrder) {
		jdbc.sql("update membership set sort_order = ?, version = version + 1 where cluster_id = ? and id = ?")
			.params(sortOrder, clusterId, id)
			.update();
	}

	boolean delete(UUID clusterId, UUID id) {
		return jdbc.sql("delete from membership where cluster_id = ? and id = ?").params(clusterId, id).update() == 1;
	}

}
