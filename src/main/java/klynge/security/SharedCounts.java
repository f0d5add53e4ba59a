package klynge.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import klynge.security.RecentCounts.Count;
import klynge.security.RecentCounts.Window;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link Counts} in the table {@code throttle_count}, so every instance behind the load
 * balancer sees the same failures: a guesser sent to another instance waits just as long.
 * One upsert per event (atomic, so two instances counting at once lose nothing); a key's
 * row expires after its window like the in-memory count, and about one event in a hundred
 * deletes the expired rows of its kind, which bounds the table by the traffic of one
 * window. Keys are those of {@link RecentCounts} (digests for typed text) under a prefix
 * per kind ({@code login|}, {@code reset|}). Times come from the clock given (the
 * instances' clocks are kept in step by NTP; a second's skew shifts a wait by a second).
 */
final class SharedCounts implements Counts {

	private final JdbcClient jdbc;

	private final String prefix;

	private final Duration window;

	private final Window from;

	private final Clock clock;

	SharedCounts(JdbcClient jdbc, String kind, Duration window, Window from, Clock clock) {
		this.jdbc = jdbc;
		this.prefix = kind + "|";
		this.window = window;
		this.from = from;
		this.clock = clock;
	}

	@Override
	public Count get(String key) {
		return jdbc.sql("""
				select count, first_at, last_at from throttle_count where counter_key = ? and expires_at >= ?""")
			.params(prefix + key, Timestamp.from(now()))
			.query(SharedCounts::count)
			.optional()
			.orElse(null);
	}

	@Override
	public Map<String, Count> get(String... keys) {
		Map<String, Count> found = new HashMap<>();
		jdbc.sql("""
				select counter_key, count, first_at, last_at from throttle_count
				where counter_key = any(?) and expires_at >= ?""")
			.params(Arrays.stream(keys).map(key -> prefix + key).toArray(String[]::new), Timestamp.from(now()))
			.query((row, number) -> found.put(row.getString("counter_key").substring(prefix.length()),
					count(row, number)))
			.list();
		return found;
	}

	@Override
	public Count add(String key) {
		Instant now = now();
		if (ThreadLocalRandom.current().nextInt(100) == 0) {
			jdbc.sql("delete from throttle_count where starts_with(counter_key, ?) and expires_at < ?")
				.params(prefix, Timestamp.from(now))
				.update();
		}
		// an expired row starts again at 1; the window runs from the first or the last
		// event
		String expires = from == Window.FROM_LAST ? "excluded.expires_at"
				: "case when t.expires_at < excluded.last_at then excluded.expires_at else t.expires_at end";
		return jdbc.sql("""
				insert into throttle_count as t (counter_key, count, first_at, last_at, expires_at)
				values (:key, 1, :now, :now, :expires)
				on conflict (counter_key) do update set
				    count = case when t.expires_at < excluded.last_at then 1 else t.count + 1 end,
				    first_at = case when t.expires_at < excluded.last_at then excluded.first_at else t.first_at end,
				    last_at = excluded.last_at,
				    expires_at = %s
				returning count, first_at, last_at""".formatted(expires))
			.param("key", prefix + key)
			.param("now", Timestamp.from(now))
			.param("expires", Timestamp.from(now.plus(window)))
			.query(SharedCounts::count)
			.single();
	}

	@Override
	public void remove(String key) {
		jdbc.sql("delete from throttle_count where counter_key = ?").param(prefix + key).update();
	}

	@Override
	public void clear() {
		jdbc.sql("delete from throttle_count where starts_with(counter_key, ?)").param(prefix).update();
	}

	@Override
	public int size() {
		return jdbc.sql("select count(*) from throttle_count where starts_with(counter_key, ?) and expires_at >= ?")
			.params(prefix, Timestamp.from(now()))
			.query(Integer.class)
			.single();
	}

	@Override
	public int longestKey() {
		return jdbc.sql("""
				select coalesce(max(length(counter_key)), ?) - ? from throttle_count
				where starts_with(counter_key, ?)""")
			.params(prefix.length(), prefix.length(), prefix)
			.query(Integer.class)
			.single();
	}

	@Override
	public Instant now() {
		return clock.instant();
	}

	private static Count count(ResultSet row, int number) throws SQLException {
		return new Count(row.getInt("count"), row.getTimestamp("first_at").toInstant(),
				row.getTimestamp("last_at").toInstant());
	}

}
