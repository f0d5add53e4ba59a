package klynge.appointment;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/** A process for the position's next term (2024–2026). */
public record ProcessForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate termFrom,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate termTo) {

	static ProcessForm empty() {
		return new ProcessForm(null, null);
	}

}
