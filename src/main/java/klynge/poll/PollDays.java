package klynge.poll;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The day of an option as the poll pages write it ("torsdag 26.08.2021"), in the reader's
 * language: a weekday helps choose between dates.
 */
@Component("pollDays")
class PollDays {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	public String day(LocalDate date) {
		return DateTimeFormatter.ofPattern("EEEE", LocaleContextHolder.getLocale()).format(date) + " "
				+ DATE.format(date);
	}

}
