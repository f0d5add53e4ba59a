package klynge.security;

import java.time.Instant;

import klynge.security.RecentCounts.Count;

/**
 * How often something happened lately, per key, within a window: in this process's memory
 * ({@link RecentCounts}, for unit tests) or shared by every instance in the database
 * ({@link SharedCounts}).
 */
interface Counts {

	/** The live count of the key, or null. */
	Count get(String key);

	Count add(String key);

	void remove(String key);

	void clear();

	int size();

	int longestKey();

	Instant now();

}
