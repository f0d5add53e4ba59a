package klynge.organisation;

import java.time.LocalDate;
import java.util.UUID;

/** Where a person worked from one date to another (open: still does). */
public record Affiliation(UUID id, UUID organisationId, String organisationName, LocalDate validFrom,
		LocalDate validTo) {

	/**
	 * What changing organisation does to the affiliation that is current today: one that
	 * began before today ends yesterday (history is kept), one that began today is simply
	 * replaced.
	 */
	AffiliationChange changeOn(LocalDate today) {
		return validFrom.isBefore(today) ? AffiliationChange.END_YESTERDAY : AffiliationChange.DELETE;
	}

	enum AffiliationChange {

		END_YESTERDAY, DELETE

	}
}
