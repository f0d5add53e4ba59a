package klynge.web;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * At most {@code maxConcurrent} holders at a time; up to {@code queue} more may wait,
 * each at most {@code maxWait}, for a turn. Everybody else is refused at once, so an
 * overloaded server answers quickly ("try again") instead of piling up requests until
 * database connections time out.
 */
final class ConcurrencyLimiter {

	private final Semaphore permits;

	private final int maxConcurrent;

	private final int queue;

	private final long maxWaitNanos;

	private final AtomicInteger waiting = new AtomicInteger();

	ConcurrencyLimiter(int maxConcurrent, int queue, Duration maxWait) {
		if (maxConcurrent < 1 || queue < 0 || maxWait.isNegative()) {
			throw new IllegalArgumentException("maxConcurrent >= 1, queue >= 0, maxWait >= 0 expected");
		}
		this.maxConcurrent = maxConcurrent;
		this.queue = queue;
		this.permits = new Semaphore(maxConcurrent, true);
		this.maxWaitNanos = maxWait.toNanos();
	}

	/**
	 * True if the caller may go on (and must then call {@link #release()}), false if
	 * refused.
	 */
	boolean tryAcquire() {
		if (waiting.get() == 0 && permits.tryAcquire()) {
			return true;
		}
		if (waiting.incrementAndGet() > queue) {
			waiting.decrementAndGet();
			return false;
		}
		try {
			return permits.tryAcquire(maxWaitNanos, TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			return false;
		}
		finally {
			waiting.decrementAndGet();
		}
	}

	void release() {
		permits.release();
	}

	int inUse() {
		return maxConcurrent - permits.availablePermits();
	}

	int waiting() {
		return waiting.get();
	}

	int maxConcurrent() {
		return maxConcurrent;
	}

	int queue() {
		return queue;
	}

}
