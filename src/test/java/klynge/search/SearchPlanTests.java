package klynge.search;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Set;
import java.util.TreeSet;

import klynge.KlyngeIntegrationTest;
import klynge.search.SearchRepository.Filters;
import klynge.search.SearchRepository.Reader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17 req 2 in the normal suite: on a generated history of one cluster (about 5 000
 * entries, as {@link SearchBenchmark} makes them) the application's search query finds
 * its matches through the GIN index of the cluster's own partition, so a plan that reads
 * every entry, or every cluster's, fails here and not only in the benchmark.
 */
@KlyngeIntegrationTest
class SearchPlanTests {

	static final UUID CLUSTER = UUID.nameUUIDFromBytes("search-plan-tests".getBytes());

	static final Pattern PARTITION = Pattern.compile("on (search_entry_\\d+)");

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JdbcClient client;

	@Test
	void aSearchReadsOnlyItsClustersPartitionThroughTheGinIndex() {
		jdbc.update("insert into cluster (id, short_name, name) values (?, 'plan-test', 'Plantestklynge')", CLUSTER);
		try {
			generate(3_000);
			for (String text : List.of("budsjett 2022", "\"felles praksisarena\"", "årsmelding")) {
				String plan = String.join("\n", plan(text));
				assertThat(plan).as(text).containsPattern("Bitmap Index Scan on search_entry_\\d+_cluster_id_tsv_idx");
				assertThat(plan).as(text).doesNotContain("Seq Scan");
				Set<String> partitions = new TreeSet<>();
				Matcher partition = PARTITION.matcher(plan);
				while (partition.find()) {
					partitions.add(partition.group(1));
				}
				assertThat(partitions).as("partitions read for %s:%n%s", text, plan).hasSize(1);
			}
		}
		finally {
			jdbc.update("delete from search_entry where cluster_id = ?", CLUSTER);
			jdbc.update("delete from cluster where id = ?", CLUSTER);
		}
	}

	List<String> plan(String text) {
		SearchQuery query = SearchQuery.of(text);
		return SearchRepository
			.bindCandidates(client.sql("explain " + SearchRepository.candidatesSql(query, Filters.NONE)), CLUSTER,
					query, new Reader(false, false, null, LocalDate.now()), Filters.NONE)
			.query(String.class)
			.list();
	}

	/** The benchmark's history, for this cluster only. */
	void generate(int items) {
		jdbc.execute((ConnectionCallback<Void>) connection -> {
			try (Statement statement = connection.createStatement()) {
				statement.execute("create temp table if not exists bench_vocabulary (rank int primary key, word text)");
				statement.execute("truncate bench_vocabulary");
				statement.execute("select setseed(0.17)");
			}
			try (PreparedStatement words = connection.prepareStatement(
					"insert into bench_vocabulary select rank, word from unnest(?::text[]) with ordinality w(word, rank)");
					PreparedStatement insert = connection.prepareStatement(SearchBenchmark.GENERATE)) {
				words.setArray(1, connection.createArrayOf("text", SearchBenchmark.VOCABULARY));
				words.executeUpdate();
				insert.setArray(1, connection.createArrayOf("uuid", new UUID[] { CLUSTER }));
				insert.setInt(2, items);
				insert.setInt(3, SearchBenchmark.VOCABULARY.length);
				insert.executeUpdate();
			}
			try (Statement statement = connection.createStatement()) {
				statement.execute("drop table bench_vocabulary");
				statement.execute("analyze search_entry");
			}
			return null;
		});
	}

}
