package klynge.search;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import klynge.cluster.Cluster;
import klynge.cluster.ClusterScope;
import klynge.cluster.Clusters;
import klynge.shared.JobLock;
import klynge.shared.SearchSource;
import klynge.shared.SearchSource.Entry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Builds a cluster's search index from every {@link SearchSource}: the cluster's rows are
 * replaced in one transaction, so a reader sees the old index or the new one. A write in
 * a cluster marks it for a rebuild shortly after ({@link IndexAfterWrites}); the index is
 * also rebuilt every night, and after a start (at once where a cluster has none).
 */
@Component
public class SearchIndex {

	private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

	private static final int BATCH = 500;

	private final List<SearchSource> sources;

	private final JdbcTemplate jdbc;

	private final Clusters clusters;

	private final TransactionTemplate transaction;

	private final Set<UUID> stale = ConcurrentHashMap.newKeySet();

	private final JobLock jobLock;

	SearchIndex(JobLock jobLock, List<SearchSource> sources, JdbcTemplate jdbc, Clusters clusters,
			TransactionTemplate transaction) {
		this.jobLock = jobLock;
		this.sources = sources;
		this.jdbc = jdbc;
		this.clusters = clusters;
		this.transaction = transaction;
	}

	/** Rebuilds the cluster's index now; the number of entries. */
	public int rebuild(UUID clusterId) {
		stale.remove(clusterId);
		return ClusterScope.callAs(clusterId, ClusterScope.SYSTEM, () -> transaction.execute(status -> {
			// one rebuild of a cluster at a time (the scheduler's and an administrator's)
			jdbc.queryForList("select pg_advisory_xact_lock(hashtextextended('search_entry:' || ?, 0))",
					clusterId.toString());
			jdbc.update("delete from search_entry where cluster_id = ?", clusterId);
			List<Entry> batch = new ArrayList<>(BATCH);
			int[] count = { 0 };
			for (SearchSource source : sources) {
				source.entries(clusterId).forEach(entry -> {
					batch.add(entry);
					if (batch.size() == BATCH) {
						count[0] += insert(clusterId, batch);
						batch.clear();
					}
				});
			}
			count[0] += insert(clusterId, batch);
			return count[0];
		}));
	}

	/** Marks the cluster for a rebuild by the next run of {@link #rebuildStale()}. */
	void markStale(UUID clusterId) {
		stale.add(clusterId);
	}

	@Scheduled(fixedDelayString = "${klynge.search.refresh-delay:PT15S}",
			initialDelayString = "${klynge.search.refresh-delay:PT15S}")
	void rebuildStale() {
		for (UUID clusterId : List.copyOf(stale)) {
			rebuildLogged(clusterId);
		}
	}

	/**
	 * At start, a cluster without an index (a new installation, an upgrade that added the
	 * table, a restore) gets it at once; the others keep theirs, which the background job
	 * refreshes shortly after, so a large index does not hold up the start.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void atStart() {
		for (Cluster cluster : clusters.all()) {
			if (Boolean.TRUE.equals(jdbc.queryForObject(
					"select exists (select 1 from search_entry where cluster_id = ?)", Boolean.class, cluster.id()))) {
				markStale(cluster.id());
			}
			else {
				rebuildLogged(cluster.id());
			}
		}
	}

	@Scheduled(cron = "${klynge.search.rebuild-cron:0 40 2 * * *}", zone = "Europe/Oslo")
	void rebuildAll() {
		jobLock.runDaily("search-rebuild-all", () -> {
			for (Cluster cluster : clusters.all()) {
				rebuildLogged(cluster.id());
			}
		});
	}

	private void rebuildLogged(UUID clusterId) {
		try {
			long started = System.nanoTime();
			int entries = rebuild(clusterId);
			log.info("Search index of cluster {}: {} entries in {} ms", clusterId, entries,
					(System.nanoTime() - started) / 1_000_000);
		}
		catch (RuntimeException e) {
			// the old index stays; the next write or night tries again
			log.warn("Search index of cluster {} not rebuilt", clusterId, e);
			stale.add(clusterId);
		}
	}

	private int insert(UUID clusterId, List<Entry> entries) {
		if (entries.isEmpty()) {
			return 0;
		}
		jdbc.batchUpdate("""
				insert into search_entry (cluster_id, kind, ref_id, part, url, title, content, case_seq, case_year,
				                          body_id, meeting_date, year, status, reach, exemption_basis, public_title,
				                          exemption_ends)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (cluster_id, kind, ref_id, part) do nothing""", entries, entries.size(),
				(statement, entry) -> bind(statement, clusterId, entry));
		return entries.size();
	}

	private static void bind(PreparedStatement s, UUID clusterId, Entry e) throws SQLException {
		s.setObject(1, clusterId);
		s.setString(2, e.kind());
		s.setObject(3, e.refId());
		s.setString(4, e.part());
		s.setString(5, e.url());
		s.setString(6, clean(e.title()));
		s.setString(7, clean(e.content()));
		s.setObject(8, e.caseSeq(), Types.INTEGER);
		s.setObject(9, e.caseYear(), Types.SMALLINT);
		s.setObject(10, e.bodyId());
		s.setDate(11, date(e.meetingDate()));
		s.setObject(12, e.year(), Types.SMALLINT);
		s.setString(13, e.status());
		s.setString(14, e.reach().name());
		s.setString(15, e.exemptionBasis());
		s.setString(16, clean(e.publicTitle()));
		s.setDate(17, date(e.exemptionEnds()));
	}

	/**
	 * Control characters are left out: \u0002 and \u0003 mark the highlights of a
	 * snippet.
	 */
	static String clean(String text) {
		return text == null ? null : text.replaceAll("[\\p{Cntrl}&&[^\n\t]]", " ");
	}

	private static Date date(LocalDate day) {
		return day == null ? null : Date.valueOf(day);
	}

}
