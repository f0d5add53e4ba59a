package klynge.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import klynge.KlyngeIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two instances on one database, as two JobLocks (each with its own instance id) on the
 * same pool: a job runs on one of them at a time, a run is not repeated within its
 * minimum hold, and a lock whose instance died lapses.
 */
@KlyngeIntegrationTest
class JobLockTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	private JobLock instance() {
		return new JobLock(JdbcClient.create(dataSource));
	}

	private static String unique(String name) {
		return name + "-" + System.nanoTime();
	}

	@Test
	void twoInstancesFiringTogetherRunTheJobOnce() throws Exception {
		String job = unique("together");
		AtomicInteger running = new AtomicInteger();
		AtomicInteger mostAtOnce = new AtomicInteger();
		AtomicInteger runs = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			for (int round = 0; round < 5; round++) {
				String name = job + "-" + round;
				List<JobLock> instances = List.of(instance(), instance(), instance(), instance());
				CyclicBarrier start = new CyclicBarrier(instances.size());
				List<Future<Boolean>> ran = new ArrayList<>();
				for (JobLock lock : instances) {
					ran.add(pool.submit(() -> {
						start.await();
						return lock.runAlone(name, Duration.ofSeconds(5), Duration.ofMinutes(1), () -> {
							mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
							runs.incrementAndGet();
							sleep(100);
							running.decrementAndGet();
						});
					}));
				}
				int here = 0;
				for (Future<Boolean> future : ran) {
					here += future.get(30, TimeUnit.SECONDS) ? 1 : 0;
				}
				assertThat(here).as("instances that ran round %d", round).isEqualTo(1);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(runs).hasValue(5);
		assertThat(mostAtOnce).hasValue(1);
	}

	@Test
	void aLateInstanceDoesNotRepeatARunWithinItsMinimumHold() {
		String job = unique("late");
		AtomicInteger runs = new AtomicInteger();
		assertThat(instance().runAlone(job, Duration.ofMinutes(10), Duration.ofHours(1), runs::incrementAndGet))
			.isTrue();
		assertThat(instance().runAlone(job, Duration.ofMinutes(10), Duration.ofHours(1), runs::incrementAndGet))
			.isFalse();
		assertThat(runs).hasValue(1);
		assertThat(jdbc.sql("select runs from job_lock where name = ?").param(job).query(Long.class).single())
			.isEqualTo(1L);
	}

	@Test
	void withoutAMinimumHoldTheNextRunMayFollowAtOnce() {
		String job = unique("again");
		AtomicInteger runs = new AtomicInteger();
		JobLock one = instance();
		JobLock other = instance();
		assertThat(one.runAlone(job, Duration.ZERO, Duration.ofMinutes(1), runs::incrementAndGet)).isTrue();
		assertThat(other.runAlone(job, Duration.ZERO, Duration.ofMinutes(1), runs::incrementAndGet)).isTrue();
		assertThat(runs).hasValue(2);
	}

	@Test
	void aLockOfAnInstanceThatDiedLapsesAfterItsMaximum() throws Exception {
		String job = unique("died");
		JobLock dead = instance();
		assertThat(dead.claim(job, Duration.ofMillis(300))).isTrue(); // never released
		CountDownLatch ran = new CountDownLatch(1);
		assertThat(instance().runAlone(job, Duration.ZERO, Duration.ofMinutes(1), ran::countDown)).isFalse();
		sleep(500);
		assertThat(instance().runAlone(job, Duration.ZERO, Duration.ofMinutes(1), ran::countDown)).isTrue();
		assertThat(ran.getCount()).isZero();
	}

	@Test
	void aFailingJobReleasesItsLock() {
		String job = unique("fails");
		JobLock lock = instance();
		assertThatThrownBy(() -> lock.runAlone(job, Duration.ZERO, Duration.ofHours(1), () -> {
			throw new IllegalStateException("boom");
		})).hasMessage("boom");
		AtomicInteger runs = new AtomicInteger();
		assertThat(instance().runAlone(job, Duration.ZERO, Duration.ofHours(1), runs::incrementAndGet)).isTrue();
		assertThat(runs).hasValue(1);
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
