package klynge.cluster;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Runs work for one cluster outside a request: scheduled jobs, event listeners,
 * background imports. Inside, {@link CurrentCluster} answers this cluster whatever the
 * thread's request or login says, and nobody is logged in ({@code CurrentUser} is empty):
 * the work sees what the cluster's public sees unless it asks by id. The actor names who
 * the work is done for in the audit log and "created by" columns ({@link #SYSTEM} for
 * jobs and listeners).
 * <p>
 * The binding is a {@link ScopedValue}: it ends with the work and does not follow it into
 * other threads, so work handed to an executor binds its cluster inside the task.
 */
public final class ClusterScope {

	/** The actor of work nobody asked for (jobs, listeners). */
	public static final String SYSTEM = "system";

	/** The cluster the work is for, and in whose name it runs. */
	public record Work(UUID clusterId, String actor) {
	}

	private static final ScopedValue<Work> WORK = ScopedValue.newInstance();

	private ClusterScope() {
	}

	public static void run(UUID clusterId, Runnable work) {
		runAs(clusterId, SYSTEM, work);
	}

	public static <T> T call(UUID clusterId, Supplier<T> work) {
		return callAs(clusterId, SYSTEM, work);
	}

	/**
	 * Work done in an account's name (e.g. an import it started), with no user rights of
	 * its own.
	 */
	public static void runAs(UUID clusterId, String actor, Runnable work) {
		ScopedValue.where(WORK, work(clusterId, actor)).run(work);
	}

	public static <T> T callAs(UUID clusterId, String actor, Supplier<T> work) {
		return ScopedValue.where(WORK, work(clusterId, actor)).call(work::get);
	}

	/** The work being run, or empty in a request or on a thread that bound none. */
	public static Optional<Work> current() {
		return WORK.isBound() ? Optional.of(WORK.get()) : Optional.empty();
	}

	private static Work work(UUID clusterId, String actor) {
		if (clusterId == null) {
			throw new IllegalArgumentException("work must name its cluster");
		}
		return new Work(clusterId, actor == null ? SYSTEM : actor);
	}

}
