package klynge.poll;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;

/** A proposed time for one slot of a poll. */
public record OptionForm(UUID slotId, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
		@DateTimeFormat(pattern = "HH:mm") LocalTime startsAt, @DateTimeFormat(pattern = "HH:mm") LocalTime endsAt) {

	static OptionForm empty() {
		return new OptionForm(null, null, LocalTime.of(14, 0), LocalTime.of(16, 0));
	}

}
