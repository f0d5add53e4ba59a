package klynge.shared;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A meeting day in a year no other test uses, for tests that write agenda items with
 * fixed case numbers straight into the shared database. Random days in a shared range
 * collided now and then ("Sak 01" twice in the same body and year) and failed CI.
 */
public final class TestYears {

	/**
	 * Above the minutes fixtures' years (2200 and up) and below CaseNumber's limit
	 * (2999).
	 */
	private static final AtomicInteger NEXT = new AtomicInteger(2600);

	private TestYears() {
	}

	/** A day in a year of its own, for the whole test run (one JVM). */
	public static LocalDate uniqueDay() {
		int year = NEXT.getAndIncrement();
		return LocalDate.of(year, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(360));
	}

}
