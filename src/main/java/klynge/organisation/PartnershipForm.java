package klynge.organisation;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import org.springframework.format.annotation.DateTimeFormat;

/** A new partnership period: from a date, optionally to a date. */
public record PartnershipForm(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo) {

	static PartnershipForm empty() {
		return new PartnershipForm(null, null);
	}
}
