package klynge.organisation;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import org.springframework.format.annotation.DateTimeFormat;

/** A past (or planned) affiliation added by hand: organisation, from, optionally to. */
public record AffiliationForm(@NotNull UUID organisationId,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo) {

	static AffiliationForm empty() {
		return new AffiliationForm(null, null, null);
	}
}
