package klynge.security;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import klynge.security.RecentCounts.Count;

/**
 * How often something happened lately, per key, within a window: in this process's memory
 * ({@link RecentCounts}, for unit tests) or shared by every instance in the database
 * ({@link SharedCounts}).
 */
interface Counts {

	/** The live count of the key, or null. */
	Count get(String key);

	/**
	 * The live counts of some keys (those without one are absent); in the database one
	 * statement for all, as a login reads several per attempt.
	 */
	default Map<String, Count> get(String... keys) {
		Map<String, Count> found = new HashMap<>();
		for (String key : keys) {
			Count count = get(key);
			if (count != null) {
				found.put(key, count);
			}
		}
		return found;
	}

	Count add(String key);

	void remove(String key);

	void clear();

	int size();

	int longestKey();

	Instant now();

}
