package klynge.meeting;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Case numbers of one body in one calendar year, continuing across that year's meetings.
 * <ul>
 * <li>Meetings whose summons has been sent keep their numbers (frozen), whatever the
 * order.</li>
 * <li>An item added to such a meeting later, or raised under eventuelt, gets the next
 * free number.</li>
 * <li>Meetings not yet summoned are numbered in date order and agenda order, after the
 * numbers already taken, skipping frozen numbers, so their numbers follow the agenda
 * until the summons.</li>
 * </ul>
 */
final class AgendaNumbering {

	/**
	 * One meeting of the year with its top-level items in agenda order, and their current
	 * numbers.
	 */
	record YearMeeting(UUID meetingId, LocalDate date, boolean frozen, List<UUID> items, Map<UUID, Integer> current) {
	}

	private AgendaNumbering() {
	}

	static Map<UUID, Integer> numberYear(List<YearMeeting> meetings) {
		Map<UUID, Integer> numbers = new HashMap<>();
		Set<Integer> frozenNumbers = new HashSet<>();
		int highest = 0;
		for (YearMeeting meeting : meetings) {
			if (meeting.frozen()) {
				for (UUID item : meeting.items()) {
					Integer existing = meeting.current().get(item);
					if (existing != null) {
						numbers.put(item, existing);
						frozenNumbers.add(existing);
						highest = Math.max(highest, existing);
					}
				}
			}
		}
		List<YearMeeting> byDate = meetings.stream().sorted(Comparator.comparing(YearMeeting::date)).toList();
		for (YearMeeting meeting : byDate) {
			if (meeting.frozen()) {
				for (UUID item : meeting.items()) {
					if (!numbers.containsKey(item)) {
						numbers.put(item, ++highest);
						frozenNumbers.add(highest);
					}
				}
			}
		}
		int next = 1;
		for (YearMeeting meeting : byDate) {
			if (meeting.frozen()) {
				next = Math.max(next, meeting.items().stream().mapToInt(numbers::get).max().orElse(0) + 1);
				continue;
			}
			for (UUID item : meeting.items()) {
				while (frozenNumbers.contains(next)) {
					next++;
				}
				numbers.put(item, next++);
			}
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
