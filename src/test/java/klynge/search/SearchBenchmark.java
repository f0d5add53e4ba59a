package klynge.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Date;
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
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 17 req 2, run on demand only ({@code bench/search}, or
 * {@code -Dbench.search.sizes=10000,100000}): fills the index with a generated history of
 * 20 clusters × 15 years (agenda items with minutes-like Norwegian text, Zipf-distributed
 * words, 7 % members-only and 3 % exempt), then times a fixed query set through the
 * application's own search ({@link Searcher}, as an anonymous reader of one cluster: SQL,
 * access check, grouping and highlights) next to the same match as raw SQL on the same
 * table, and prints p50/p95/p99 per size. The generated clusters stay in the test
 * database only.
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

	@Test
	void latencies() throws IOException {
		String sizes = System.getProperty("bench.search.sizes");
		Assumptions.assumeTrue(sizes != null && !sizes.isBlank(), "run with -Dbench.search.sizes=10000,100000");
		List<UUID> clusters = clusters();
		StringBuilder report = new StringBuilder();
		for (String size : sizes.split(",")) {
			int items = Integer.parseInt(size.trim());
			long started = System.nanoTime();
			generate(clusters, items);
			String line = "size %d: generated in %d s%n".formatted(items,
					(System.nanoTime() - started) / 1_000_000_000);
			report.append(line);
			System.out.print(line);
			UUID cluster = clusters.get(0);
			long[] app = new long[QUERIES.size() * ROUNDS];
			long[] raw = new long[QUERIES.size() * ROUNDS];
			// warm up caches and plans
			for (String q : QUERIES) {
				appSearch(cluster, q);
				rawSearch(cluster, q);
			}
			int n = 0;
			for (int round = 0; round < ROUNDS; round++) {
				for (String q : QUERIES) {
					long t0 = System.nanoTime();
					appSearch(cluster, q);
					long t1 = System.nanoTime();
					rawSearch(cluster, q);
					long t2 = System.nanoTime();
					app[n] = t1 - t0;
					raw[n++] = t2 - t1;
				}
			}
			line = "size %d  app   p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms%n".formatted(items, p(app, 50), p(app, 95),
					p(app, 99))
					+ "size %d  raw   p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms%n".formatted(items, p(raw, 50),
							p(raw, 95), p(raw, 99));
			report.append(line);
			System.out.print(line);
		}
		Path out = Path.of("target/bench-search.txt");
		Files.writeString(out, report, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
	}

	void appSearch(UUID cluster, String q) {
		ClusterScope.run(cluster, () -> searcher.search(q, SearchRepository.Filters.NONE, 1));
	}

	/**
	 * The same match and rank as raw SQL: the first page of public hits, no access check
	 * or highlight.
	 */
	void rawSearch(UUID cluster, String q) {
		jdbc.queryForList("""
				select id, title from search_entry
				where cluster_id = ? and reach = 'PUBLIC' and tsv @@ websearch_to_tsquery('klynge_norwegian', ?)
				order by ts_rank_cd(tsv, websearch_to_tsquery('klynge_norwegian', ?)) desc limit 20""", cluster, q, q);
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

	/** Replaces the generated clusters' entries with {@code items} new ones. */
	void generate(List<UUID> clusters, int items) {
		jdbc.update("delete from search_entry where cluster_id = any(?)", (Object) clusters.toArray(UUID[]::new));
		Random random = new Random(items);
		List<Object[]> batch = new ArrayList<>();
		int perCluster = items / clusters.size();
		for (UUID cluster : clusters) {
			UUID[] bodies = { UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID() };
			for (int i = 0; i < perCluster; i++) {
				int year = 2026 - YEARS + 1 + random.nextInt(YEARS);
				LocalDate day = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
				int dice = random.nextInt(100);
				String reach = dice < 90 ? "PUBLIC" : dice < 97 ? "MEMBERS" : "EXEMPT";
				boolean exempt = reach.equals("EXEMPT");
				batch.add(new Object[] { cluster, UUID.randomUUID(), "/meetings/x#item-" + i,
						capitalised(words(random, 3 + random.nextInt(5))) + " " + year,
						words(random, 40 + random.nextInt(120)), 1 + i % 60, year,
						bodies[random.nextInt(bodies.length)], Date.valueOf(day), year, reach,
						exempt ? "Offl. § 25" : null, exempt ? "Personalsak" : null });
				if (batch.size() == 2000) {
					insert(batch);
				}
			}
		}
		insert(batch);
		jdbc.execute("analyze search_entry");
	}

	private void insert(List<Object[]> batch) {
		jdbc.batchUpdate("""
				insert into search_entry (cluster_id, kind, ref_id, url, title, content, case_seq, case_year, body_id,
				                          meeting_date, year, reach, exemption_basis, public_title)
				values (?, 'ITEM', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", batch);
		batch.clear();
	}

	/**
	 * Text with words drawn as in real prose (Zipf: the word of rank r about 1/r as
	 * often) from a vocabulary of 20 000: the seeds' words spread over ranks 20–2 000
	 * among made-up words, so "budsjett" is in a few per cent of items, not in all.
	 */
	static String words(Random random, int count) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < count; i++) {
			int rank = (int) Math.floor(Math.exp(random.nextDouble() * Math.log(VOCABULARY.length)));
			text.append(i == 0 ? "" : i % 14 == 0 ? ". " : " ")
				.append(VOCABULARY[Math.min(rank, VOCABULARY.length - 1)]);
		}
		return text.toString();
	}

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
		for (String word : WORDS) {
			vocabulary[20 + random.nextInt(1_980)] = word;
		}
		return vocabulary;
	}

	static String capitalised(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

}
