package klynge.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Gives the top-level items of one meeting their case numbers. Before the summons the numbers
 * follow the agenda order, starting at the body's first free number of the year; once the
 * summons is sent they are frozen, and an item added later (or raised under eventuelt) gets the
 * next free number of the year.
 */
final class AgendaNumbering {

	private AgendaNumbering() {
	}

	/**
	 * @param order      the meeting's top-level item ids in agenda order
	 * @param current    the numbers items have now (may lack new items)
	 * @param firstFree  the first number not used by the body's other meetings that year
	 * @param highestUsed the highest number used by the body that year in any meeting, this one included
	 * @param frozen     whether the summons has been sent
	 */
	static Map<UUID, Integer> number(List<UUID> order, Map<UUID, Integer> current, int firstFree, int highestUsed,
			boolean frozen) {
		var numbers = new java.util.LinkedHashMap<UUID, Integer>();
		if (!frozen) {
			int next = firstFree;
			for (UUID item : order) {
				numbers.put(item, next++);
			}
			return numbers;
		}
		int next = highestUsed + 1;
		List<UUID> late = new ArrayList<>();
		for (UUID item : order) {
			Integer existing = current.get(item);
			if (existing != null) {
				numbers.put(item, existing);
			}
			else {
				late.add(item);
			}
		}
		for (UUID item : late) {
			numbers.put(item, next++);
		}
		return numbers;
	}

	/** "a", "b", … "z", "aa" for the sub-item at a zero-based position. */
	static String letter(int index) {
		StringBuilder letters = new StringBuilder();
		int n = index;
		do {
			letters.insert(0, (char) ('a' + n % 26));
			n = n / 26 - 1;
		}
		while (n >= 0);
		return letters.toString();
	}
}
