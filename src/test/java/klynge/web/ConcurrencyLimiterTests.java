package klynge.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class ConcurrencyLimiterTests {

	@Test
	void admitsUpToTheLimitAndRefusesAtOnceWithoutQueue() {
		ConcurrencyLimiter limiter = new ConcurrencyLimiter(2, 0, Duration.ofSeconds(5));
		assertThat(limiter.tryAcquire()).isTrue();
		assertThat(limiter.tryAcquire()).isTrue();
		long start = System.nanoTime();
		assertThat(limiter.tryAcquire()).isFalse();
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
		limiter.release();
		assertThat(limiter.tryAcquire()).isTrue();
		assertThat(limiter.inUse()).isEqualTo(2);
	}

	@Test
	void aQueuedCallerGivesUpAfterTheMaximumWait() {
		ConcurrencyLimiter limiter = new ConcurrencyLimiter(1, 5, Duration.ofMillis(100));
		assertThat(limiter.tryAcquire()).isTrue();
		long start = System.nanoTime();
		assertThat(limiter.tryAcquire()).isFalse();
		long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
		assertThat(waited).isBetween(90L, 2_000L);
		assertThat(limiter.waiting()).isZero();
	}

	@Test
	void aQueuedCallerGetsTheTurnWhenItIsReleased() throws Exception {
		ConcurrencyLimiter limiter = new ConcurrencyLimiter(1, 1, Duration.ofSeconds(10));
		assertThat(limiter.tryAcquire()).isTrue();
		try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
			Future<Boolean> queued = executor.submit(limiter::tryAcquire);
			while (limiter.waiting() == 0) {
				Thread.onSpinWait();
			}
			limiter.release();
			assertThat(queued.get(5, TimeUnit.SECONDS)).isTrue();
		}
	}

	@Test
	void refusesWhenTheQueueIsFull() throws Exception {
		ConcurrencyLimiter limiter = new ConcurrencyLimiter(1, 1, Duration.ofSeconds(10));
		assertThat(limiter.tryAcquire()).isTrue();
		try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
			Future<Boolean> queued = executor.submit(limiter::tryAcquire);
			while (limiter.waiting() == 0) {
				Thread.onSpinWait();
			}
			long start = System.nanoTime();
			assertThat(limiter.tryAcquire()).as("the queue holds one, the second is refused").isFalse();
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
			limiter.release();
			assertThat(queued.get(5, TimeUnit.SECONDS)).isTrue();
		}
	}

	@Test
	void neverLetsMoreThanTheLimitRunAtOnce() throws Exception {
		int limit = 4;
		ConcurrencyLimiter limiter = new ConcurrencyLimiter(limit, 8, Duration.ofMillis(50));
		AtomicInteger running = new AtomicInteger();
		AtomicInteger highest = new AtomicInteger();
		AtomicInteger admitted = new AtomicInteger();
		AtomicInteger refused = new AtomicInteger();
		CountDownLatch start = new CountDownLatch(1);
		try (ExecutorService executor = Executors.newFixedThreadPool(32)) {
			for (int i = 0; i < 400; i++) {
				executor.submit(() -> {
					start.await();
					if (limiter.tryAcquire()) {
						try {
							highest.accumulateAndGet(running.incrementAndGet(), Math::max);
							Thread.sleep(2);
							admitted.incrementAndGet();
						}
						finally {
							running.decrementAndGet();
							limiter.release();
						}
					}
					else {
						refused.incrementAndGet();
					}
					return null;
				});
			}
			start.countDown();
		}
		assertThat(highest.get()).isBetween(1, limit);
		assertThat(admitted.get() + refused.get()).isEqualTo(400);
		assertThat(refused.get()).as("32 callers against 4 places and 8 queue slots").isPositive();
		assertThat(limiter.inUse()).isZero();
		assertThat(limiter.waiting()).isZero();
	}

	@Test
	void rejectsNonsenseSettings() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ConcurrencyLimiter(0, 1, Duration.ZERO));
		assertThatIllegalArgumentException().isThrownBy(() -> new ConcurrencyLimiter(1, -1, Duration.ZERO));
	}

	@Test
	void defaultsToFourPerCoreAndAtLeastEight() {
		OverloadProperties auto = new OverloadProperties(true, 0, 64, Duration.ofMillis(250), Duration.ofSeconds(10),
				DataSize.ofMegabytes(2), 4);
		assertThat(auto.effectiveMaxConcurrent())
			.isEqualTo(Math.max(8, 4 * Runtime.getRuntime().availableProcessors()));
		assertThat(new OverloadProperties(true, 3, 64, Duration.ofMillis(250), Duration.ofSeconds(10),
				DataSize.ofMegabytes(2), 4)
			.effectiveMaxConcurrent()).isEqualTo(3);
	}

}
