package klynge.body;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Ids of the demo data the tests read (never change these rows: the context is shared).
 */
final class BodyFixtures {

	static final UUID ALREK = UUID.fromString("a1ec0000-0000-4000-8000-000000000001");

	static final UUID NORD = UUID.fromString("40d00000-0000-4000-8000-000000000002");

	private BodyFixtures() {
	}

	static UUID body(JdbcClient jdbc, UUID clusterId, String anyName) {
		return jdbc
			.sql("select body_id from body_name where cluster_id = ? and name = ? order by valid_from desc limit 1")
			.params(clusterId, anyName)
			.query(UUID.class)
			.single();
	}

	static UUID person(JdbcClient jdbc, UUID clusterId, String code) {
		return jdbc.sql("select id from person where cluster_id = ? and code = ?")
			.params(clusterId, code)
			.query(UUID.class)
			.single();
	}

	static UUID organisation(JdbcClient jdbc, UUID clusterId, String name) {
		return jdbc.sql("select id from organisation where cluster_id = ? and name = ?")
			.params(clusterId, name)
			.query(UUID.class)
			.single();
	}

	static UUID membership(JdbcClient jdbc, UUID bodyId, String code) {
		return jdbc.sql("""
				select m.id from membership m join person p on p.id = m.person_id
				where m.body_id = ? and p.code = ? order by m.valid_from desc limit 1""")
			.params(bodyId, code)
			.query(UUID.class)
			.single();
	}

}
