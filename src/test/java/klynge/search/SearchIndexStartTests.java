package klynge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import klynge.KlyngeIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** At start, a cluster without an index gets one before the start is done. */
@KlyngeIntegrationTest
class SearchIndexStartTests {

	static final UUID NORD = UUID.fromString("40d00000-0000-4000-8000-000000000002");

	@Autowired
	SearchIndex index;

	@Autowired
	JdbcClient jdbc;

	int entries() {
		return jdbc.sql("select count(*) from search_entry where cluster_id = ?")
			.param(NORD)
			.query(Integer.class)
			.single();
	}

	@Test
	void aClusterWithoutAnIndexIsIndexedAtStart() {
		jdbc.sql("delete from search_entry where cluster_id = ?").param(NORD).update();
		assertThat(entries()).isZero();
		index.atStart();
		assertThat(entries()).isPositive();
	}

}
