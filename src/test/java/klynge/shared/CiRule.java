package klynge.shared;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The one rule for tests that need an outside tool (chromium, LibreOffice, pg_dump,
 * python3-icalendar, an external PostgreSQL): in CI (environment CI=true, as bin/test and
 * the CI job set it) a missing tool fails the test, so a green build means the test ran;
 * on a developer machine it is skipped.
 */
public final class CiRule {

	private CiRule() {
	}

	public static boolean inCi() {
		return "true".equalsIgnoreCase(System.getenv("CI"));
	}

	/**
	 * Fails in CI and aborts (skips) elsewhere unless {@code available}; {@code what}
	 * says what is missing and how to get it.
	 */
	public static void require(boolean available, String what) {
		require(available, what, inCi());
	}

	/**
	 * As {@link #require(boolean, String)}, with CI given: for testing the rule itself.
	 */
	public static void require(boolean available, String what, boolean onCi) {
		if (available) {
			return;
		}
		if (onCi) {
			Assertions.fail(what);
		}
		Assumptions.abort(what);
	}

}
