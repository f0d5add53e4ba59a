package klynge.shared;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Runs a scheduled job on one instance at a time when several share the database (issue
 * 17, requirement 5). Every instance's scheduler fires; the first to claim the job's row
 * in {@code job_lock} runs it, the others skip that run. A claim is a single
 * autocommitted UPDATE, so it needs no connection held while the job runs, and it lapses
 * after {@code atMost} if its instance dies mid-run. On release the row stays locked
 * until {@code atLeast} after the start: an instance whose timer fires a little later
 * (another start time, a busy scheduler) finds the same run done and does not repeat it.
 * All times are the database's {@code now()}.
 */
@Component
public class JobLock {

	private static final Logger log = LoggerFactory.getLogger(JobLock.class);

	private final JdbcClient jdbc;

	/** Who holds a lock, for the operator: the JVM's pid@host and a per-start id. */
	private final String instance = ManagementFactory.getRuntimeMXBean().getName() + "/"
			+ UUID.randomUUID().toString().substring(0, 8);

	public JobLock(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Runs {@code job} if no instance holds {@code name}; true if it ran here. An
	 * exception of the job is passed on after the lock is released.
	 */
	public boolean runAlone(String name, Duration atLeast, Duration atMost, Runnable job) {
		if (!claim(name, atMost)) {
			log.debug("Job {} skipped: another instance holds it", name);
			return false;
		}
		try {
			job.run();
			return true;
		}
		finally {
			release(name, atLeast);
		}
	}

	/**
	 * A daily job: held at least 10 minutes from its start (instances whose timers fire
	 * minutes apart still run it once), given up after 2 hours if its instance died.
	 */
	public boolean runDaily(String name, Runnable job) {
		return runAlone(name, Duration.ofMinutes(10), Duration.ofHours(2), job);
	}

	boolean claim(String name, Duration atMost) {
		jdbc.sql("""
				insert into job_lock (name, locked_until, locked_at, locked_by)
				values (?, '-infinity', '-infinity', '') on conflict (name) do nothing""").param(name).update();
		return jdbc.sql("""
				update job_lock set locked_until = now() + make_interval(secs => ?), locked_at = now(),
				       locked_by = ?, runs = runs + 1
				where name = ? and locked_until <= now()""")
			.params(atMost.toMillis() / 1000.0, instance, name)
			.update() == 1;
	}

	void release(String name, Duration atLeast) {
		jdbc.sql("""
				update job_lock set locked_until = greatest(now(), locked_at + make_interval(secs => ?)),
				       finished_at = now()
				where name = ? and locked_by = ?""").params(atLeast.toMillis() / 1000.0, name, instance).update();
	}

	String instance() {
		return instance;
	}

}
