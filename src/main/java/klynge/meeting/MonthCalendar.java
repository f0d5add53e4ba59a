package klynge.meeting;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A month as weeks of days (Monday first), each day with its meetings. */
public record MonthCalendar(YearMonth month, List<List<Day>> weeks, List<Entry> entries) {

	public record Entry(Meeting meeting, String bodyName) {
	}

	public record Day(LocalDate date, boolean inMonth, List<Entry> entries) {
	}

	static MonthCalendar of(YearMonth month, List<Meeting> meetings, Function<Meeting, String> bodyName) {
		List<Entry> entries = meetings.stream().map(m -> new Entry(m, bodyName.apply(m))).toList();
		Map<LocalDate, List<Entry>> byDay = entries.stream()
			.collect(Collectors.groupingBy(e -> e.meeting().meetingDate()));
		LocalDate start = month.atDay(1);
		while (start.getDayOfWeek() != DayOfWeek.MONDAY) {
			start = start.minusDays(1);
		}
		List<List<Day>> weeks = new ArrayList<>();
		LocalDate day = start;
		while (!day.isAfter(month.atEndOfMonth())) {
			List<Day> week = new ArrayList<>();
			for (int i = 0; i < 7; i++) {
				week.add(new Day(day, YearMonth.from(day).equals(month), byDay.getOrDefault(day, List.of())));
				day = day.plusDays(1);
			}
			weeks.add(week);
		}
		return new MonthCalendar(month, weeks, entries);
	}

	public YearMonth previous() {
		return month.minusMonths(1);
	}

	public YearMonth next() {
		return month.plusMonths(1);
	}
}
