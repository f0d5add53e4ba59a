package klynge.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import klynge.meeting.AgendaNumbering.YearMeeting;
import org.junit.jupiter.api.Test;

class AgendaNumberingTests {

	static List<UUID> ids(int n) {
		return Stream.generate(UUID::randomUUID).limit(n).toList();
	}

	static Map<UUID, Integer> numbered(List<UUID> items, int first) {
		Map<UUID, Integer> map = new HashMap<>();
		for (int i = 0; i < items.size(); i++) {
			map.put(items.get(i), first + i);
		}
		return map;
	}

	@Test
	void numbersContinueAcrossTheYearsMeetings() {
		// Arbeidsgruppen 2021: the meeting before June ended at 18-21, so June starts at
		// 19-21.
		List<UUID> spring = ids(18);
		List<UUID> june = ids(8);
		Map<UUID, Integer> numbers = AgendaNumbering.numberYear(List.of(
				new YearMeeting(UUID.randomUUID(), LocalDate.of(2021, 4, 15), true, spring, numbered(spring, 1)),
				new YearMeeting(UUID.randomUUID(), LocalDate.of(2021, 6, 3), false, june, Map.of())));
		assertThat(numbers.get(june.get(0))).isEqualTo(19);
		assertThat(numbers.get(june.get(7))).isEqualTo(26);
	}

	@Test
	void beforeTheSummonsReorderingRenumbers() {
		List<UUID> items = ids(3);
		List<UUID> reordered = List.of(items.get(2), items.get(0), items.get(1));
		Map<UUID, Integer> numbers = AgendaNumbering.numberYear(List
			.of(new YearMeeting(UUID.randomUUID(), LocalDate.of(2023, 3, 27), false, reordered, numbered(items, 1))));
		assertThat(numbers).containsEntry(items.get(2), 1)
			.containsEntry(items.get(0), 2)
			.containsEntry(items.get(1), 3);
	}

	@Test
	void afterTheSummonsNumbersAreFrozenEvenWhenReordered() {
		List<UUID> items = ids(3);
		List<UUID> reordered = List.of(items.get(2), items.get(0), items.get(1));
		Map<UUID, Integer> numbers = AgendaNumbering.numberYear(List
			.of(new YearMeeting(UUID.randomUUID(), LocalDate.of(2023, 3, 27), true, reordered, numbered(items, 1))));
		assertThat(numbers).containsEntry(items.get(0), 1)
			.containsEntry(items.get(1), 2)
			.containsEntry(items.get(2), 3);
	}

	@Test
	void lateItemsGetTheNextFreeNumberAndLaterDraftsMoveOn() {
		List<UUID> march = ids(5);
		UUID late = UUID.randomUUID();
		List<UUID> marchNow = new ArrayList<>(march);
		marchNow.add(2, late);
		List<UUID> october = ids(2);
		Map<UUID, Integer> numbers = AgendaNumbering.numberYear(List.of(
				new YearMeeting(UUID.randomUUID(), LocalDate.of(2023, 3, 27), true, marchNow, numbered(march, 1)),
				new YearMeeting(UUID.randomUUID(), LocalDate.of(2023, 10, 10), false, october, numbered(october, 6))));
		assertThat(numbers.get(late)).isEqualTo(6);
		assertThat(numbers.get(march.get(2))).isEqualTo(3);
		assertThat(numbers.get(october.get(0))).isEqualTo(7);
		assertThat(numbers.get(october.get(1))).isEqualTo(8);
	}

	@Test
	void draftsSkipNumbersFrozenByALaterMeeting() {
		List<UUID> autumn = ids(2);
		List<UUID> spring = ids(3);
		Map<UUID, Integer> numbers = AgendaNumbering.numberYear(
				List.of(new YearMeeting(UUID.randomUUID(), LocalDate.of(2023, 9, 1), true, autumn, numbered(autumn, 1)),
						new YearMeeting(UUID.randomUUID(), LocalDate.of(2023, 3, 1), false, spring, Map.of())));
		assertThat(spring).extracting(numbers::get).containsExactly(3, 4, 5);
	}

	@Test
	void anEmptyYearStartsAtOne() {
		List<UUID> items = ids(2);
		assertThat(AgendaNumbering
			.numberYear(List.of(new YearMeeting(UUID.randomUUID(), LocalDate.of(2024, 1, 10), false, items, Map.of())))
			.get(items.get(0))).isEqualTo(1);
	}

	@Test
	void subItemsAreLettered() {
		assertThat(AgendaNumbering.letter(0)).isEqualTo("a");
		assertThat(AgendaNumbering.letter(2)).isEqualTo("c");
		assertThat(AgendaNumbering.letter(25)).isEqualTo("z");
		assertThat(AgendaNumbering.letter(26)).isEqualTo("aa");
	}

}
