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
				assertThat(plan).as(text)
					.containsPattern("Bitmap Index Scan on search_entry_\\d+_cluster_id_tsv_idx\\d*");
				assertThat(plan).as(text).doesNotContain("Seq Scan");
				Set<String> partitions = new TreeSet<>();
				Matcher partition = PARTITION.matcher(plan);
				while (partition.find()) {
					partitions.add(partition.group(1));
				}
				assertThat(partitions).as("partitions read for %s:%n%s", text, plan).hasSize(1);
			}
			for (String text : List.of("budsj", "strategi", "sak", "brukerpanel 2019")) {
				assertThat(ids(repository.candidates(CLUSTER, SearchQuery.of(text), STAFF, Filters.NONE)))
					.as("the blocks find what one scan of every match finds: %s", text)
					.isNotEmpty()
					.isEqualTo(everyMatch(text));
			}
			assertThat(repository.years(CLUSTER)).hasSize(15)
				.isEqualTo(jdbc.queryForList(
						"select distinct year from search_entry where cluster_id = ? and year is not null order by 1 desc",
						Integer.class, CLUSTER));
			assertThat(repository.statuses(CLUSTER)).containsExactly("MINUTES_APPROVED", "PLANNED");
		}
		finally {
			jdbc.update("delete from search_entry where cluster_id = ?", CLUSTER);
			jdbc.update("delete from cluster where id = ?", CLUSTER);
		}
	}

	static final Reader STAFF = new Reader(true, true, null, LocalDate.now());

	@Autowired
	SearchRepository repository;

	static List<UUID> ids(List<SearchRepository.Candidate> candidates) {
		return candidates.stream().map(SearchRepository.Candidate::id).toList();
	}

	/**
	 * The candidates as one scan of every match would give them, for staff (who see every
	 * part): the newest {@link SearchRepository#RANKED} matches, ranked.
	 */
	List<UUID> everyMatch(String text) {
		SearchQuery query = SearchQuery.of(text);
		String sql = """
				with q as (select %s as q),
				newest as (select id, tsv, meeting_date from search_entry, q
				           where cluster_id = :cluster and tsv @@ q.q
				           order by meeting_date desc nulls last, id limit %d)
				select id from newest, q order by ts_rank_cd(tsv, q.q) desc, meeting_date desc nulls last, id
				limit %d""".formatted(SearchRepository.tsquery(query), SearchRepository.RANKED,
				SearchRepository.CANDIDATES);
		return SearchRepository.bindQuery(client.sql(sql).param("cluster", CLUSTER), query).query(UUID.class).list();
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
