package klynge.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import klynge.shared.SearchSource.Reach;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The index's SQL. The first filter on access is here (a reader's candidates: public
 * parts, parts of bodies they have sat on, exempt parts by public title); the rule itself
 * is applied to every candidate by {@link Searcher}.
 */
@Repository
class SearchRepository {

	static final String CONFIG = "'klynge_norwegian'";

	/** Candidates per search; ranks below these are not worth a reader's time. */
	static final int CANDIDATES = 300;

	/**
	 * Matching parts ranked per search: ranking reads every ranked part's words, so a
	 * word found in thousands of parts ranks the newest of them, not all.
	 */
	static final int RANKED = 500;

	/**
	 * The years where the words' index is split into blocks, newest first (partial GIN
	 * indexes, V20261210_0101; the same dates there): a search reads the newest block
	 * first and an older one only while it has found fewer than {@link #RANKED}.
	 */
	static final List<Integer> BLOCKS = List.of(2028, 2024, 2020, 2016);

	private final JdbcClient jdbc;

	SearchRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A part that matched, before the reader's access is checked. */
	record Candidate(UUID id, String kind, UUID refId, String part, String url, String title, Integer caseSeq,
			Integer caseYear, UUID bodyId, LocalDate meetingDate, Integer year, String status, Reach reach,
			String exemptionBasis, String publicTitle, LocalDate exemptionEnds, boolean fullMatch, boolean publicMatch,
			double rank) {
	}

	/**
	 * Who reads: staff see every part; a person's bodies are looked up in membership_v.
	 */
	record Reader(boolean staff, boolean signedIn, UUID personId, LocalDate today) {
	}

	/** Filters of the results page; null for any. */
	record Filters(String kind, Integer year, UUID bodyId, String status) {

		static final Filters NONE = new Filters(null, null, null, null);

	}

	/**
	 * The reader's matching parts, best first. Built to stay fast as the index grows
	 * (issue 17 req 2, docs/performance.md): the match and the access filter are a GIN
	 * index lookup in the cluster's partition, newest block of years first, plus a filter
	 * on small columns; at most {@link #RANKED} parts, the newest, are ranked, and only
	 * their words and titles are read.
	 */
	List<Candidate> candidates(UUID clusterId, SearchQuery query, Reader reader, Filters filters) {
		return bindCandidates(jdbc.sql(candidatesSql(query, filters)), clusterId, query, reader, filters)
			.query((rs, n) -> new Candidate(rs.getObject("id", UUID.class), rs.getString("kind"),
					rs.getObject("ref_id", UUID.class), rs.getString("part"), rs.getString("url"),
					rs.getString("title"), (Integer) rs.getObject("case_seq"),
					rs.getObject("case_year") == null ? null : rs.getInt("case_year"),
					rs.getObject("body_id", UUID.class), rs.getObject("meeting_date", LocalDate.class),
					rs.getObject("year") == null ? null : rs.getInt("year"), rs.getString("status"),
					Reach.valueOf(rs.getString("reach")), rs.getString("exemption_basis"), rs.getString("public_title"),
					rs.getObject("exemption_ends", LocalDate.class), rs.getBoolean("full_match"),
					rs.getBoolean("public_match"), rs.getDouble("rank")))
			.list();
	}

	/** The SQL of {@link #candidates} (its plan is tested: SearchPlanTests). */
	static String candidatesSql(SearchQuery query, Filters filters) {
		String filter = filters(filters);
		// each block's newest matches, newest block first: Append runs its parts in turn,
		// so the outer limit stops before an older block is read once enough are found
		List<String> blocks = new ArrayList<>();
		for (String dates : blockDates()) {
			blocks
				.add("""
						(select e.tableoid as rel, e.ctid as tid, e.meeting_date, e.id
						 from search_entry e, q
						 where e.cluster_id = :cluster and %1$s and e.tsv @@ q.q and numnode(q.q) > 0
						   and (:staff or e.reach = 'PUBLIC'
						        or (e.reach = 'EXEMPT' and e.exemption_ends <= :today)
						        or (e.reach = 'SIGNED_IN' and :signedIn)
						        or (e.reach in ('MEMBERS', 'EXEMPT') and e.body_id in
						            (select m.body_id from membership_v m where m.cluster_id = :cluster and m.person_id = :person)))
						   %2$s
						 order by e.meeting_date desc nulls last, e.id
						 limit %3$d)"""
					.formatted(dates, filter, RANKED));
		}
		// not materialized: each use is the query itself, so the planner sees it as an
		// index condition
		return "with q as not materialized (select " + tsquery(query) + " as q),\n"
				+ """
						-- parts matched by their words that the reader may (on the face of it) see: only
						-- small columns, the rest is read for the ranked parts alone
						newest as materialized (
						    select * from (
						%1$s
						    ) b
						    limit %3$d),
						matched as materialized (
						    select * from (
						        select rel, tid, meeting_date, id, true as full_match from newest
						        union all
						        -- the other exempt parts, matched by their public title only
						        select e.tableoid, e.ctid, e.meeting_date, e.id, e.tsv @@ q.q
						        from search_entry e, q
						        where e.cluster_id = :cluster and e.reach = 'EXEMPT' and e.public_tsv @@ q.q and numnode(q.q) > 0
						          and not (e.tsv @@ q.q and (:staff or e.exemption_ends <= :today
						               or e.body_id in
						                   (select m.body_id from membership_v m where m.cluster_id = :cluster and m.person_id = :person)))
						          %2$s
						    ) m
						    order by m.meeting_date desc nulls last, m.id
						    limit %3$d)
						select e.id, e.kind, e.ref_id, e.part, e.url, e.title, e.case_seq, e.case_year, e.body_id,
						       e.meeting_date, e.year, e.status, e.reach, e.exemption_basis, e.public_title, e.exemption_ends,
						       m.full_match, e.reach = 'EXEMPT' and e.public_tsv @@ q.q as public_match,
						       case when m.full_match then ts_rank_cd(e.tsv, q.q) else ts_rank_cd(e.public_tsv, q.q) end as rank
						from matched m
						join search_entry e on e.cluster_id = :cluster and e.tableoid = m.rel and e.ctid = m.tid, q
						order by rank desc, e.meeting_date desc nulls last, e.id
						limit %4$d"""
					.formatted(String.join("\n    union all\n", blocks), filter, RANKED, CANDIDATES);
	}

	/**
	 * The blocks' conditions on the meeting date, newest first, as literals: a partial
	 * index is used only where the planner sees that the query's dates imply its own.
	 */
	static List<String> blockDates() {
		List<String> dates = new ArrayList<>();
		String newer = null;
		for (int year : BLOCKS) {
			String from = "e.meeting_date >= date '%d-01-01'".formatted(year);
			dates.add(newer == null ? from : from + " and " + newer);
			newer = "e.meeting_date < date '%d-01-01'".formatted(year);
		}
		dates.add("(" + newer + " or e.meeting_date is null)");
		return dates;
	}

	static JdbcClient.StatementSpec bindCandidates(JdbcClient.StatementSpec statement, UUID clusterId,
			SearchQuery query, Reader reader, Filters filters) {
		statement = statement.param("cluster", clusterId)
			.param("staff", reader.staff())
			.param("today", reader.today())
			.param("signedIn", reader.signedIn())
			.param("person", reader.personId());
		return bindFilters(bindQuery(statement, query), filters);
	}

	/**
	 * Title and snippet (from the first 20 000 characters: ts_headline parses the whole
	 * text it is given) with the matched words between \u0002 and \u0003 (the text is
	 * escaped and the marks made {@code <mark>} by {@link Snippets}).
	 */
	Map<UUID, String[]> headlines(UUID clusterId, SearchQuery query, List<UUID> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		String marks = "'StartSel=' || chr(2) || ', StopSel=' || chr(3)";
		var statement = jdbc
			.sql("with q as (select " + tsquery(query) + " as q)\n"
					+ """
							select e.id,
							       ts_headline(%1$s, e.title, q.q, 'HighlightAll=true, ' || %2$s) as title,
							       case when e.content = '' then '' else ts_headline(%1$s, left(e.content, 20000), q.q,
							           'MaxFragments=2, MaxWords=28, MinWords=12, FragmentDelimiter=" … ", ' || %2$s) end as snippet
							from search_entry e, q
							where e.cluster_id = :cluster and e.id in (:ids)"""
						.formatted(CONFIG, marks))
			.param("cluster", clusterId)
			.param("ids", ids);
		return bindQuery(statement, query)
			.query((rs, n) -> Map.entry(rs.getObject("id", UUID.class),
					new String[] { rs.getString("title"), rs.getString("snippet") }))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/**
	 * Items of the cluster with this case number (main part), before the reader's access
	 * is checked.
	 */
	List<Candidate> byCaseNumber(UUID clusterId, int sequence, int year) {
		return jdbc.sql("""
				select e.id, e.kind, e.ref_id, e.part, e.url, e.title, e.case_seq, e.case_year, e.body_id,
				       e.meeting_date, e.year, e.status, e.reach, e.exemption_basis, e.public_title, e.exemption_ends
				from search_entry e
				where e.cluster_id = ? and e.case_year = ? and e.case_seq = ? and e.kind = 'ITEM' and e.part = 'MAIN'
				order by e.meeting_date""")
			.params(clusterId, year, sequence)
			.query((rs, n) -> new Candidate(rs.getObject("id", UUID.class), rs.getString("kind"),
					rs.getObject("ref_id", UUID.class), rs.getString("part"), rs.getString("url"),
					rs.getString("title"), rs.getInt("case_seq"), rs.getInt("case_year"),
					rs.getObject("body_id", UUID.class), rs.getObject("meeting_date", LocalDate.class),
					rs.getInt("year"), rs.getString("status"), Reach.valueOf(rs.getString("reach")),
					rs.getString("exemption_basis"), rs.getString("public_title"),
					rs.getObject("exemption_ends", LocalDate.class), true, true, 1))
			.list();
	}

	/**
	 * Years and statuses present in the cluster's index, for the filters: a walk down the
	 * index from value to value (a dozen lookups), not a read of the cluster's every
	 * entry.
	 */
	List<Integer> years(UUID clusterId) {
		return jdbc.sql("""
				with recursive y as (
				    (select year from search_entry where cluster_id = :cluster and year is not null
				     order by year desc limit 1)
				    union all
				    select (select e.year from search_entry e where e.cluster_id = :cluster and e.year < y.year
				            order by e.year desc limit 1)
				    from y where y.year is not null)
				select year from y where year is not null""").param("cluster", clusterId).query(Integer.class).list();
	}

	List<String> statuses(UUID clusterId) {
		return jdbc.sql("""
				with recursive s as (
				    (select status from search_entry where cluster_id = :cluster and status is not null
				     order by status limit 1)
				    union all
				    select (select e.status from search_entry e where e.cluster_id = :cluster and e.status > s.status
				            order by e.status limit 1)
				    from s where s.status is not null)
				select status from s where status is not null""")
			.param("cluster", clusterId)
			.query(String.class)
			.list();
	}

	/**
	 * The query: the leading words as websearch_to_tsquery reads them (quotes, or,
	 * -word), and the last word also as a prefix.
	 */
	static String tsquery(SearchQuery query) {
		if (!query.words().isEmpty()) {
			List<String> words = new ArrayList<>();
			for (int i = 0; i < query.words().size(); i++) {
				words.add("to_tsquery(" + CONFIG + ", :w" + i + " || ':*')");
			}
			return String.join(" && ", words);
		}
		String leading = "websearch_to_tsquery(" + CONFIG + ", :leading)";
		String prefix = "to_tsquery(" + CONFIG + ", :prefix || ':*')";
		if (query.prefix().isEmpty()) {
			return leading;
		}
		return query.leading().isBlank() ? prefix : leading + " && " + prefix;
	}

	static JdbcClient.StatementSpec bindQuery(JdbcClient.StatementSpec statement, SearchQuery query) {
		if (!query.words().isEmpty()) {
			for (int i = 0; i < query.words().size(); i++) {
				statement = statement.param("w" + i, query.words().get(i));
			}
			return statement;
		}
		if (!query.leading().isBlank() || query.prefix().isEmpty()) {
			statement = statement.param("leading", query.leading());
		}
		if (!query.prefix().isEmpty()) {
			statement = statement.param("prefix", query.prefix());
		}
		return statement;
	}

	private static String filters(Filters filters) {
		StringBuilder sql = new StringBuilder();
		if (filters.kind() != null) {
			sql.append(" and e.kind = :kind");
		}
		if (filters.year() != null) {
			sql.append(" and e.year = :year");
		}
		if (filters.bodyId() != null) {
			sql.append(" and e.body_id = :body");
		}
		if (filters.status() != null) {
			sql.append(" and e.status = :status");
		}
		return sql.toString();
	}

	private static JdbcClient.StatementSpec bindFilters(JdbcClient.StatementSpec statement, Filters filters) {
		if (filters.kind() != null) {
			statement = statement.param("kind", filters.kind());
		}
		if (filters.year() != null) {
			statement = statement.param("year", filters.year());
		}
		if (filters.bodyId() != null) {
			statement = statement.param("body", filters.bodyId());
		}
		if (filters.status() != null) {
			statement = statement.param("status", filters.status());
		}
		return statement;
	}

}
