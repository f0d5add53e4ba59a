package klynge.strategy;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The strategy tables, and meeting items through meeting's published view; every query
 * names its cluster.
 */
@Repository
class StrategyRepository {

	private static final String STRATEGY = """
			select id, name, from_year, to_year, status, adopted_item_id, version from strategy
			""";

	private static final String FOCUS_AREA = """
			select id, strategy_id, position, name, description from strategy_focus_area
			""";

	private static final String GOAL = """
			select g.id, g.focus_area_id, g.position, g.text, g.owner_body_id, g.version
			from strategy_goal g join strategy_focus_area f on f.cluster_id = g.cluster_id and f.id = g.focus_area_id
			""";

	private static final String ASSESSMENT = """
			select a.id, a.goal_id, a.assessed_on, a.light, a.comment, a.assessed_by, a.created_at
			from strategy_assessment a
			""";

	private static final String INPUT = """
			select id, strategy_id, text, given_by, organisation, given_on, item_id, focus_area_id, goal_id, status,
			       version from strategy_input
			""";

	/**
	 * An item's title as the reader may see it: staff all, others the public title where
	 * not public.
	 */
	private static final String ITEM = """
			select item_id as id, meeting_id, meeting_date, case_seq, case_year,
			       case when access = 'PUBLIC' or :staff then title else coalesce(public_title, '') end as title,
			       access = 'PUBLIC' as open
			from meeting_item_v
			""";

	private static final Pattern CASE_NUMBER = Pattern
		.compile("(?i)\\s*(?:sak\\s*)?(\\d{1,3})\\s*[-/]\\s*(\\d{2})\\s*");

	private final JdbcClient jdbc;

	StrategyRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// --- strategies

	List<Strategy> strategies(UUID clusterId) {
		return jdbc.sql(STRATEGY + " where cluster_id = ? order by from_year desc, to_year desc, name")
			.param(clusterId)
			.query(Strategy.class)
			.list();
	}

	Optional<Strategy> find(UUID clusterId, UUID id) {
		return jdbc.sql(STRATEGY + " where cluster_id = ? and id = ?")
			.params(clusterId, id)
			.query(Strategy.class)
			.optional();
	}

	/**
	 * The adopted strategy that starts last: the one in force, or the latest there was.
	 */
	Optional<Strategy> current(UUID clusterId) {
		return jdbc.sql(STRATEGY + """
				where cluster_id = ? and status = 'ADOPTED' order by from_year desc, to_year desc, created_at desc
				limit 1""").param(clusterId).query(Strategy.class).optional();
	}

	/** The adopted strategies whose period covers the year. */
	List<Strategy> adoptedIn(UUID clusterId, int year) {
		return jdbc.sql(STRATEGY + """
				where cluster_id = ? and status = 'ADOPTED' and from_year <= ? and to_year >= ?
				order by from_year desc""").params(clusterId, year, year).query(Strategy.class).list();
	}

	UUID insertStrategy(UUID clusterId, String name, int fromYear, int toYear, StrategyStatus status, UUID itemId) {
		return jdbc.sql("""
				insert into strategy (cluster_id, name, from_year, to_year, status, adopted_item_id)
				values (?, ?, ?, ?, ?, ?) returning id""")
			.params(clusterId, name, fromYear, toYear, status.name(), itemId)
			.query(UUID.class)
			.single();
	}

	boolean updateStrategy(UUID clusterId, UUID id, int version, String name, int fromYear, int toYear,
			StrategyStatus status, UUID itemId) {
		return jdbc.sql("""
				update strategy set name = ?, from_year = ?, to_year = ?, status = ?, adopted_item_id = ?,
				       version = version + 1
				where cluster_id = ? and id = ? and version = ?""")
			.params(name, fromYear, toYear, status.name(), itemId, clusterId, id, version)
			.update() == 1;
	}

	// --- focus areas and goals

	List<FocusArea> focusAreas(UUID clusterId, UUID strategyId) {
		return jdbc.sql(FOCUS_AREA + " where cluster_id = ? and strategy_id = ? order by position, name")
			.params(clusterId, strategyId)
			.query(FocusArea.class)
			.list();
	}

	Optional<FocusArea> focusArea(UUID clusterId, UUID id) {
		return jdbc.sql(FOCUS_AREA + " where cluster_id = ? and id = ?")
			.params(clusterId, id)
			.query(FocusArea.class)
			.optional();
	}

	int nextFocusAreaPosition(UUID clusterId, UUID strategyId) {
		return jdbc
			.sql("select coalesce(max(position), 0) + 1 from strategy_focus_area where cluster_id = ? "
					+ "and strategy_id = ?")
			.params(clusterId, strategyId)
			.query(Integer.class)
			.single();
	}

	UUID insertFocusArea(UUID clusterId, UUID strategyId, int position, String name, String description) {
		return jdbc.sql("""
				insert into strategy_focus_area (cluster_id, strategy_id, position, name, description)
				values (?, ?, ?, ?, ?) returning id""")
			.params(clusterId, strategyId, position, name, description)
			.query(UUID.class)
			.single();
	}

	void updateFocusArea(UUID clusterId, UUID id, int position, String name, String description) {
		jdbc.sql("""
				update strategy_focus_area set position = ?, name = ?, description = ?
				where cluster_id = ? and id = ?""").params(position, name, description, clusterId, id).update();
	}

	List<Goal> goals(UUID clusterId, UUID strategyId) {
		return jdbc.sql(GOAL + " where g.cluster_id = ? and f.strategy_id = ? order by f.position, g.position, g.text")
			.params(clusterId, strategyId)
			.query(Goal.class)
			.list();
	}

	Optional<Goal> goal(UUID clusterId, UUID id) {
		return jdbc.sql(GOAL + " where g.cluster_id = ? and g.id = ?")
			.params(clusterId, id)
			.query(Goal.class)
			.optional();
	}

	/** The strategy a goal belongs to. */
	UUID strategyOfGoal(UUID clusterId, UUID goalId) {
		return jdbc.sql("""
				select f.strategy_id from strategy_goal g
				join strategy_focus_area f on f.cluster_id = g.cluster_id and f.id = g.focus_area_id
				where g.cluster_id = ? and g.id = ?""").params(clusterId, goalId).query(UUID.class).single();
	}

	int nextGoalPosition(UUID clusterId, UUID focusAreaId) {
		return jdbc
			.sql("select coalesce(max(position), 0) + 1 from strategy_goal where cluster_id = ? "
					+ "and focus_area_id = ?")
			.params(clusterId, focusAreaId)
			.query(Integer.class)
			.single();
	}

	UUID insertGoal(UUID clusterId, UUID focusAreaId, int position, String text, UUID ownerBodyId) {
		return jdbc.sql("""
				insert into strategy_goal (cluster_id, focus_area_id, position, text, owner_body_id)
				values (?, ?, ?, ?, ?) returning id""")
			.params(clusterId, focusAreaId, position, text, ownerBodyId)
			.query(UUID.class)
			.single();
	}

	boolean updateGoal(UUID clusterId, UUID id, int version, int position, String text, UUID ownerBodyId) {
		return jdbc.sql("""
				update strategy_goal set position = ?, text = ?, owner_body_id = ?, version = version + 1
				where cluster_id = ? and id = ? and version = ?""")
			.params(position, text, ownerBodyId, clusterId, id, version)
			.update() == 1;
	}

	/** The SDG numbers of each goal of the strategy, in number order. */
	Map<UUID, List<Integer>> sdgs(UUID clusterId, UUID strategyId) {
		Map<UUID, List<Integer>> byGoal = new HashMap<>();
		jdbc.sql("""
				select s.goal_id, s.sdg from strategy_goal_sdg s
				join strategy_goal g on g.cluster_id = s.cluster_id and g.id = s.goal_id
				join strategy_focus_area f on f.cluster_id = g.cluster_id and f.id = g.focus_area_id
				where s.cluster_id = ? and f.strategy_id = ? order by s.sdg""")
			.params(clusterId, strategyId)
			.query((rs, n) -> byGoal
				.computeIfAbsent(rs.getObject("goal_id", UUID.class), k -> new java.util.ArrayList<>())
				.add(rs.getInt("sdg")))
			.list();
		return byGoal;
	}

	void replaceSdgs(UUID clusterId, UUID goalId, Collection<Integer> sdgs) {
		List<Integer> now = jdbc.sql("select sdg from strategy_goal_sdg where cluster_id = ? and goal_id = ?")
			.params(clusterId, goalId)
			.query(Integer.class)
			.list();
		for (int old : now) {
			if (!sdgs.contains(old)) {
				jdbc.sql("delete from strategy_goal_sdg where cluster_id = ? and goal_id = ? and sdg = ?")
					.params(clusterId, goalId, old)
					.update();
			}
		}
		for (int sdg : sdgs) {
			if (!now.contains(sdg)) {
				jdbc.sql("insert into strategy_goal_sdg (cluster_id, goal_id, sdg) values (?, ?, ?)")
					.params(clusterId, goalId, sdg)
					.update();
			}
		}
	}

	// --- traffic lights

	List<Assessment> assessments(UUID clusterId, UUID strategyId) {
		return jdbc.sql(ASSESSMENT + """
				join strategy_goal g on g.cluster_id = a.cluster_id and g.id = a.goal_id
				join strategy_focus_area f on f.cluster_id = g.cluster_id and f.id = g.focus_area_id
				where a.cluster_id = ? and f.strategy_id = ?""")
			.params(clusterId, strategyId)
			.query(Assessment.class)
			.list();
	}

	void insertAssessment(UUID clusterId, UUID goalId, LocalDate assessedOn, Light light, String comment,
			String assessedBy) {
		jdbc.sql("""
				insert into strategy_assessment (cluster_id, goal_id, assessed_on, light, comment, assessed_by)
				values (?, ?, ?, ?, ?, ?)""")
			.params(clusterId, goalId, assessedOn, light.name(), comment, assessedBy)
			.update();
	}

	// --- inputs

	List<StrategyInput> inputs(UUID clusterId, UUID strategyId) {
		return jdbc.sql(INPUT + " where cluster_id = ? and strategy_id = ? order by given_on, created_at")
			.params(clusterId, strategyId)
			.query(StrategyInput.class)
			.list();
	}

	Optional<StrategyInput> input(UUID clusterId, UUID id) {
		return jdbc.sql(INPUT + " where cluster_id = ? and id = ?")
			.params(clusterId, id)
			.query(StrategyInput.class)
			.optional();
	}

	UUID insertInput(UUID clusterId, UUID strategyId, String text, String givenBy, String organisation,
			LocalDate givenOn, UUID itemId, UUID focusAreaId, UUID goalId) {
		return jdbc.sql("""
				insert into strategy_input (cluster_id, strategy_id, text, given_by, organisation, given_on, item_id,
				                            focus_area_id, goal_id)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(clusterId, strategyId, text, givenBy, organisation, givenOn, itemId, focusAreaId, goalId)
			.query(UUID.class)
			.single();
	}

	boolean updateInput(UUID clusterId, UUID id, int version, InputStatus status, UUID goalId) {
		return jdbc.sql("""
				update strategy_input set status = ?, goal_id = ?, version = version + 1
				where cluster_id = ? and id = ? and version = ?""")
			.params(status.name(), goalId, clusterId, id, version)
			.update() == 1;
	}

	// --- meeting items (meeting's published view)

	/**
	 * The cluster's top-level items, newest meeting first; a search "21-21" (or "sak
	 * 21-21") finds by case number, other text by title.
	 */
	List<ItemRef> items(UUID clusterId, String search, boolean staff) {
		String text = search == null ? "" : search.strip();
		Matcher number = CASE_NUMBER.matcher(text);
		if (number.matches()) {
			return jdbc.sql(ITEM + """
					where cluster_id = :cluster and case_seq = :seq and mod(case_year, 100) = :year
					order by meeting_date desc, parent_id nulls first, position limit 50""")
				.param("staff", staff)
				.param("cluster", clusterId)
				.param("seq", Integer.parseInt(number.group(1)))
				.param("year", Integer.parseInt(number.group(2)))
				.query(ItemRef.class)
				.list();
		}
		return jdbc
			.sql(ITEM
					+ """
							where cluster_id = :cluster and parent_id is null
							  and (:text = '' or (case when access = 'PUBLIC' or :staff then title else coalesce(public_title, '') end)
							       ilike '%' || :text || '%')
							order by meeting_date desc, position limit 50""")
			.param("staff", staff)
			.param("cluster", clusterId)
			.param("text", text.replace("%", "").replace("_", ""))
			.query(ItemRef.class)
			.list();
	}

	Optional<ItemRef> item(UUID clusterId, UUID id, boolean staff) {
		return jdbc.sql(ITEM + " where cluster_id = :cluster and item_id = :id")
			.param("staff", staff)
			.param("cluster", clusterId)
			.param("id", id)
			.query(ItemRef.class)
			.optional();
	}

}
