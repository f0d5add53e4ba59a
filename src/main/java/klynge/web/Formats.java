package klynge.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates and times as the cluster writes them: "mandag 27.03.2023", "14:00–16:00". Used in
 * templates as {@code ${@formats.date(d)}}.
 */
@Component("formats")
public class Formats {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	public String date(LocalDate date) {
		return date == null ? "" : date(date, LocaleContextHolder.getLocale());
	}

	public static String date(LocalDate date, Locale locale) {
		return DateTimeFormatter.ofPattern("EEEE dd.MM.yyyy", locale).format(date);
	}

	public String shortDate(LocalDate date) {
		return date == null ? "" : DateTimeFormatter.ofPattern("dd.MM.yyyy").format(date);
	}

	public String time(LocalTime time) {
		return time == null ? "" : TIME.format(time);
	}

	public String timeRange(LocalTime start, LocalTime end) {
		if (start == null) {
			return "";
		}
		return end == null ? TIME.format(start) : TIME.format(start) + "\u2013" + TIME.format(end);
	}

	public String period(LocalDate from, LocalDate to) {
		return shortDate(from) + "\u2013" + (to == null ? "" : shortDate(to));
	}

}
