package klynge.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import klynge.KlyngeIntegrationTest;
import klynge.cluster.ClusterScope;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 17 req 2, run on demand only ({@code bench/search}, or
 * {@code -Dbench.search.sizes=10000,100000}): fills the index with a generated history of
 * 20 clusters × 15 years, set-based in PostgreSQL ({@link #GENERATE}: meetings of five
 * bodies per cluster, agenda items with minutes-like Norwegian text of Zipf-distributed
 * words, 70 % with minutes (the decision), 5 % with a follow-up; 7 % members-only and 3 %
 * exempt, a third of those with an end date), then times a fixed query set through the
 * application's own search ({@link Searcher}, as an anonymous reader of one cluster: SQL,
 * access check, grouping and highlights) next to raw SQL on the same table with the same
 * match ({@link SearchRepository#tsquery}): "raw" ranks as the application does (the
 * newest {@link SearchRepository#RANKED} matches), "raw-all" ranks every match. Prints
 * p50/p95/p99 per size. The generated clusters stay in the test database only.
 */
@KlyngeIntegrationTest
class SearchBenchmark {

	static final int CLUSTERS = 20;

	static final int YEARS = 15;

	static final List<String> QUERIES = List.of("budsjett 2022", "styringsgruppen", "strategi forskning",
			"utlysning samarbeidsmidler", "brukerpanel", "sak", "helseteknologi konferanse", "budsj", "årsmelding",
			"\"felles praksisarena\"");

	static final int ROUNDS = 30;

	/** Words of the seeds' minutes, for text that stems and ranks like the real thing. */
	static final String[] WORDS = """
			arbeidsgruppen styringsgruppen partnermøtet budsjett budsjettet fellesmidler samarbeidsmidler
			utlysning utlysningen forslag vedtak vedtaket drøftet drøfting innspill strategi strategien forskning
			innovasjon utdanning kommunene kommunen helse helseklynge klyngen partnere partnerne brukerpanel
			brukerpanelet brukermedvirkning konferanse konferansen helseteknologi folkehelse forebygging
			kunnskapsgrunnlag evaluering tiltak ulikhet tverrfaglighet bærekraftsmålene årsmelding rapport
			prosjekt prosjekter søknad søknader vurderingskomiteen frikjøp kommunepartner sekretariatet
			orientering informasjon eventuelt godkjenning innkalling referat møteplan høsten våren
			samhandling sykehjem legevakt tannhelse rehabilitering praksisarena helsefagstudenter
			ambisjonsnivå nasjonalt regionen ressurser finansiering rammen midlene alternativ andelen
			driftsmidler klyngekoordinator forankring henvendelse skriftlig økning økonomi mandat
			representanter oppnevning leder nestleder medlem observatør fasilitator
			""".trim().split("\\s+");

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Searcher searcher;

	@Autowired
	JdbcClient client;

	@Autowired
	SearchRepository repository;

	@Test
	void latencies() throws IOException {
		String sizes = System.getProperty("bench.search.sizes");
		Assumptions.assumeTrue(sizes != null && !sizes.isBlank(), "run with -Dbench.search.sizes=10000,100000");
		List<UUID> clusters = clusters();
		StringBuilder report = new StringBuilder();
		for (String size : sizes.split(",")) {
			int items = Integer.parseInt(size.trim());
			long started = System.nanoTime();
			long entries = generate(clusters, items);
			String line = "size %d: %d entries (%d in the searched cluster) generated and indexed in %d s%n"
				.formatted(items, entries, count(clusters.get(0)), (System.nanoTime() - started) / 1_000_000_000);
			report.append(line);
			System.out.print(line);
			UUID cluster = clusters.get(0);
			long[] app = new long[QUERIES.size() * ROUNDS];
			long[] raw = new long[QUERIES.size() * ROUNDS];
			long[] rawAll = new long[QUERIES.size() * ROUNDS];
			long[] appSql = new long[QUERIES.size() * ROUNDS];
			// warm up caches and plans
			for (int i = 0; i < 3; i++) {
				for (String q : QUERIES) {
					appSearch(cluster, q);
					rawSearch(cluster, q, true);
					rawSearch(cluster, q, false);
				}
			}
			int n = 0;
			for (int round = 0; round < ROUNDS; round++) {
				for (String q : QUERIES) {
					long t0 = System.nanoTime();
					appSearch(cluster, q);
					long t1 = System.nanoTime();
					rawSearch(cluster, q, true);
					long t2 = System.nanoTime();
					rawSearch(cluster, q, false);
					long t3 = System.nanoTime();
					appSql(cluster, q);
					appSql[n] = System.nanoTime() - t3;
					app[n] = t1 - t0;
					raw[n] = t2 - t1;
					rawAll[n++] = t3 - t2;
				}
			}
			line = row(items, "app", app) + row(items, "app-sql", appSql) + row(items, "raw", raw)
					+ row(items, "raw-all", rawAll) + byQuery(items, cluster, app, raw);
			report.append(line);
			System.out.print(line);
		}
		Path out = Path.of("target/bench-search.txt");
		Files.writeString(out, report, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
	}

	/**
	 * Each query's median, app and raw, with its number of matching parts in the cluster:
	 * which queries make the tail.
	 */
	String byQuery(int size, UUID cluster, long[] app, long[] raw) {
		StringBuilder line = new StringBuilder("size %d  by query, p50 app / raw ms (matches):".formatted(size));
		for (int i = 0; i < QUERIES.size(); i++) {
			long[] appOf = new long[ROUNDS];
			long[] rawOf = new long[ROUNDS];
			for (int round = 0; round < ROUNDS; round++) {
				appOf[round] = app[round * QUERIES.size() + i];
				rawOf[round] = raw[round * QUERIES.size() + i];
			}
			SearchQuery query = SearchQuery.of(QUERIES.get(i));
			long matches = SearchRepository
				.bindQuery(client.sql("select count(*) from search_entry where cluster_id = :cluster and tsv @@ ("
						+ SearchRepository.tsquery(query) + ")")
					.param("cluster", cluster), query)
				.query(Long.class)
				.single();
			line.append(" %s %.1f / %.1f (%d);".formatted(QUERIES.get(i), p(appOf, 50), p(rawOf, 50), matches));
		}
		return line.append("%n".formatted()).toString();
	}

	static String row(int size, String name, long[] nanos) {
		return "size %d  %-7s p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms%n".formatted(size, name, p(nanos, 50),
				p(nanos, 95), p(nanos, 99));
	}

	void appSearch(UUID cluster, String q) {
		ClusterScope.run(cluster, () -> searcher.search(q, SearchRepository.Filters.NONE, 1));
	}

	/**
	 * The application's query of candidates alone (no access check, grouping or
	 * highlights).
	 */
	void appSql(UUID cluster, String q) {
		repository.candidates(cluster, SearchQuery.of(q),
				new SearchRepository.Reader(false, false, null, LocalDate.now()), SearchRepository.Filters.NONE);
	}

	/**
	 * The application's match and order as raw SQL, for an anonymous reader (public
	 * parts), its first page, on the same tables and indexes (the blocks of years, as
	 * {@link SearchRepository#blockDates}): with {@code bounded} the newest
	 * {@link SearchRepository#RANKED} matches ranked, as the application does, else every
	 * match.
	 */
	void rawSearch(UUID cluster, String text, boolean bounded) {
		SearchQuery query = SearchQuery.of(text);
		List<String> blocks = new ArrayList<>();
		for (String dates : SearchRepository.blockDates()) {
			blocks.add("""
					(select id, tsv, meeting_date from search_entry e, q
					 where cluster_id = :cluster and %s and reach = 'PUBLIC' and tsv @@ q.q
					 %s)""".formatted(dates,
					bounded ? "order by meeting_date desc nulls last, id limit " + SearchRepository.RANKED : ""));
		}
		String sql = """
				with q as not materialized (select %s as q),
				m as materialized (select * from (%s) b %s)
				select id from m, q order by ts_rank_cd(tsv, q.q) desc, meeting_date desc nulls last, id
				limit 20""".formatted(SearchRepository.tsquery(query), String.join("\nunion all\n", blocks),
				bounded ? "limit " + SearchRepository.RANKED : "");
		SearchRepository.bindQuery(client.sql(sql).param("cluster", cluster), query).query().listOfRows();
	}

	long count(UUID cluster) {
		return jdbc.queryForObject("select count(*) from search_entry where cluster_id = ?", Long.class, cluster);
	}

	static double p(long[] nanos, int percentile) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, index)] / 1_000_000.0;
	}

	List<UUID> clusters() {
		List<UUID> ids = new ArrayList<>();
		for (int c = 0; c < CLUSTERS; c++) {
			UUID id = UUID.nameUUIDFromBytes(("bench-cluster-" + c).getBytes());
			jdbc.update("""
					insert into cluster (id, short_name, name) values (?, ?, ?) on conflict (id) do nothing""", id,
					"bench-" + c, "Benkeklynge " + c);
			ids.add(id);
		}
		return ids;
	}

	/**
	 * Replaces the generated clusters' entries with about {@code size} new ones (items of
	 * meetings, their minutes and some follow-ups), in one statement; the GIN indexes are
	 * dropped for it and built again after (as CREATE INDEX: much faster than one entry
	 * at a time). The number of entries made.
	 */
	long generate(List<UUID> clusters, int size) {
		UUID[] ids = clusters.toArray(UUID[]::new);
		List<String> gin = jdbc.queryForList("""
				select indexdef from pg_indexes
				where schemaname = 'public' and tablename = 'search_entry' and indexdef like '%USING gin%'""",
				String.class);
		return jdbc.execute((ConnectionCallback<Long>) connection -> {
			try (Statement statement = connection.createStatement()) {
				statement.execute("set maintenance_work_mem = '256MB'");
				for (String index : gin) {
					statement.execute("drop index " + index.replaceAll("^CREATE INDEX (\\S+) .*$", "$1"));
				}
				statement.execute("create temp table if not exists bench_vocabulary (rank int primary key, word text)");
				statement.execute("truncate bench_vocabulary");
				statement.execute("select setseed(0.17)");
			}
			long made;
			try (PreparedStatement delete = connection
				.prepareStatement("delete from search_entry where cluster_id = any(?)");
					PreparedStatement words = connection.prepareStatement(
							"""
									insert into bench_vocabulary select rank, word from unnest(?::text[]) with ordinality w(word, rank)
									""");
					PreparedStatement insert = connection.prepareStatement(GENERATE)) {
				delete.setArray(1, connection.createArrayOf("uuid", ids));
				delete.executeUpdate();
				words.setArray(1, connection.createArrayOf("text", VOCABULARY));
				words.executeUpdate();
				insert.setArray(1, connection.createArrayOf("uuid", ids));
				insert.setInt(2, Math.max(1, (int) Math.round(size / (double) clusters.size() / PARTS_PER_ITEM)));
				insert.setInt(3, VOCABULARY.length);
				made = insert.executeLargeUpdate();
			}
			finally {
				try (Statement statement = connection.createStatement()) {
					for (String index : gin) {
						// a partitioned table's definition says ON ONLY: built here for
						// every partition
						statement.execute(index.replace("CREATE INDEX", "CREATE INDEX IF NOT EXISTS")
							.replace(" ON ONLY ", " ON "));
					}
				}
			}
			try (Statement statement = connection.createStatement()) {
				statement.execute("vacuum analyze search_entry");
			}
			return made;
		});
	}

	/** An item's entries: the item, its minutes (70 %), a follow-up (5 %). */
	static final double PARTS_PER_ITEM = 1.75;

	/**
	 * The history of the clusters ({@code ?1}, {@code ?2} items each, {@code ?3} words in
	 * bench_vocabulary): each item one random draw of body, meeting date in 15 years,
	 * access and lengths; the texts drawn word by word from the vocabulary, log-uniform
	 * ranks (Zipf). Meetings of eight items each.
	 */
	static final String GENERATE = """
			with item as materialized (
			    select c.id as cluster_id, c.ord, i, gen_random_uuid() as ref_id,
			           md5(c.id::text || '-' || (i / 8))::uuid as meeting_id,
			           md5(c.id::text || '-body-' || floor(random() * 5))::uuid as body_id,
			           date '2012-01-01' + floor(random() * 15 * 365)::int as day,
			           random() as access, random() < 0.7 as has_minutes, random() < 0.05 as has_followup,
			           3 + floor(random() * 5)::int as title_words, 40 + floor(random() * 120)::int as main_words,
			           15 + floor(random() * 65)::int as minutes_words
			    from unnest(?::uuid[]) with ordinality c(id, ord), generate_series(1, ?) i
			), vocabulary as (select ?::int as size)
			insert into search_entry (cluster_id, kind, ref_id, part, url, title, content, case_seq, case_year, body_id,
			                          meeting_date, year, status, reach, exemption_basis, public_title, exemption_ends)
			select it.cluster_id, p.kind, case when p.kind = 'FOLLOWUP' then gen_random_uuid() else it.ref_id end, p.part,
			       case when p.kind = 'FOLLOWUP' then '/followups/' || it.ref_id
			            else '/meetings/' || it.meeting_id || '#item-' || it.ref_id end,
			       upper(left(t.title, 1)) || substr(t.title, 2) || ' ' || extract(year from it.day),
			       case p.part when 'MINUTES' then 'Vedtak: ' else '' end || (
			           select string_agg(w.word, case when s.n % 14 = 1 then '. ' else ' ' end)
			           from (select n, least(floor(exp(random() * ln(v.size)))::int, v.size) + 0 * it.i as rank
			                 from vocabulary v, generate_series(1, case p.part when 'MINUTES' then it.minutes_words
			                                                    when 'FOLLOWUP' then 20 else it.main_words end) n) s
			           join bench_vocabulary w using (rank)),
			       1 + it.i % 60, extract(year from it.day), it.body_id, it.day, extract(year from it.day),
			       case when it.day < date '2026-06-01' then 'MINUTES_APPROVED' else 'PLANNED' end,
			       case when it.access < 0.90 then 'PUBLIC' when it.access < 0.97 then 'MEMBERS' else 'EXEMPT' end,
			       case when it.access >= 0.97 then 'Offl. § 14' end,
			       case when it.access >= 0.97 then 'Unntatt offentlighet' end,
			       case when it.access >= 0.99 then it.day + 365 * 5 end
			from item it
			cross join lateral (
			    select string_agg(w.word, ' ') as title
			    from (select least(floor(exp(random() * ln(v.size)))::int, v.size) + 0 * it.i as rank
			          from vocabulary v, generate_series(1, it.title_words)) s
			    join bench_vocabulary w using (rank)) t
			join (values ('ITEM', 'MAIN'), ('ITEM', 'MINUTES'), ('FOLLOWUP', 'MAIN')) p(kind, part)
			  on p.kind = 'ITEM' and p.part = 'MAIN' or p.part = 'MINUTES' and it.has_minutes
			     or p.kind = 'FOLLOWUP' and it.has_followup""";

	/**
	 * A vocabulary of 20 000 words for text that stems and ranks like the real thing when
	 * drawn as in real prose (Zipf: the word of rank r about 1/r as often): the seeds'
	 * words spread over ranks 30–2 000 among made-up words, so "budsjett" is in a few per
	 * cent of items, not in all.
	 */
	static final String[] VOCABULARY = vocabulary();

	private static String[] vocabulary() {
		Random random = new Random(17);
		String[] vocabulary = new String[20_000];
		String letters = "abdefghiklmnoprstuvyæøå";
		for (int i = 0; i < vocabulary.length; i++) {
			StringBuilder word = new StringBuilder();
			for (int n = 0; n < 4 + random.nextInt(8); n++) {
				word.append(letters.charAt(random.nextInt(letters.length())));
			}
			vocabulary[i] = word.toString();
		}
		// the commonest words are Norwegian's (stop words: not indexed), the seeds' words
		// after them
		String[] common = "og i til av som for på det med er at en den ikke om har skal vil fra et de var kan seg ble ved eller men så"
			.split(" ");
		System.arraycopy(common, 0, vocabulary, 0, common.length);
		for (String word : WORDS) {
			vocabulary[common.length + random.nextInt(1_970)] = word;
		}
		return vocabulary;
	}

}
