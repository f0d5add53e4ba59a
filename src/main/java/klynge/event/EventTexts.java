package klynge.event;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How an event's time reads in mails and pages: "07.06.2027 09:00–15:30". */
final class EventTexts {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private EventTexts() {
	}

	static String period(Event event, ZoneId zone, Locale locale) {
		LocalDateTime start = event.localStart(zone);
		LocalDateTime end = event.localEnd(zone);
		if (start.toLocalDate().equals(end.toLocalDate())) {
			return start.format(DAY) + " " + start.format(TIME) + "–" + end.format(TIME);
		}
		return start.format(DAY) + " " + start.format(TIME) + " – " + end.format(DAY) + " " + end.format(TIME);
	}

}
