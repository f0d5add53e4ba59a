package klynge.archive.noark;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/** The period form: from and to, both included (yyyy-mm-dd). */
record NoarkForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

	NoarkPeriod period() {
		return NoarkPeriod.of(from, to);
	}

}
