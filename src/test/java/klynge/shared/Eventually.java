package klynge.shared;

import java.time.Duration;
import java.util.function.Predicate;

/**
 * Waits for something that happens on another thread (an after-commit listener, the
 * outbox sender, a server socket) by looking again until it is there, instead of sleeping
 * a fixed time. To show that something did NOT happen, first wait for a later positive
 * signal (the outbox row SENT, a later mail), then assert the absence.
 */
public final class Eventually {

	/**
	 * Long enough for a loaded two-core CI machine; a passing test waits only as long as
	 * it must.
	 */
	public static final Duration PATIENCE = Duration.ofSeconds(60);

	private static final long POLL_MILLIS = 50;

	private Eventually() {
	}

	/** One look at the state waited for; may throw (a MockMvc call, a query). */
	@FunctionalInterface
	public interface Look<T> {

		T get() throws Exception;

	}

	/**
	 * The first value of {@code look} that {@code done} accepts; fails naming
	 * {@code what} after the patience runs out.
	 */
	public static <T> T value(String what, Look<T> look, Predicate<? super T> done) {
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		T last = get(look);
		while (!done.test(last)) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("waited " + PATIENCE.toSeconds() + " s for " + what + "; last saw " + last);
			}
			pause();
			last = get(look);
		}
		return last;
	}

	/** Returns once {@code condition} holds. */
	public static void until(String what, Look<Boolean> condition) {
		value(what, condition, Boolean.TRUE::equals);
	}

	private static <T> T get(Look<T> look) {
		try {
			return look.get();
		}
		catch (RuntimeException | Error ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new AssertionError(ex);
		}
	}

	private static void pause() {
		try {
			Thread.sleep(POLL_MILLIS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError("interrupted while waiting", ex);
		}
	}

}
