package klynge.appointment;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A term to register for a position: who, from and to (inclusive; open-ended when empty).
 */
public record TermForm(UUID personId, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo) {

	static TermForm empty() {
		return new TermForm(null, null, null);
	}

}
