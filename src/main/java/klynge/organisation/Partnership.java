package klynge.organisation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import klynge.shared.RuleViolation;

/** One period in which an organisation is a partner of the cluster. */
public record Partnership(UUID id, UUID organisationId, LocalDate validFrom, LocalDate validTo, int version) {

	Period period() {
		return new Period(validFrom, validTo);
	}

	public boolean isOpen() {
		return validTo == null;
	}

	public boolean covers(LocalDate day) {
		return period().covers(day);
	}

	/**
	 * The rule for a new period: it may not overlap any existing period of the same
	 * organisation. The message goes beside the "from" field and names the period it
	 * collides with.
	 */
	static void checkNoOverlap(List<Partnership> existing, Period candidate) {
		existing.stream()
			.filter(partnership -> partnership.period().overlaps(candidate))
			.findFirst()
			.ifPresent(clash -> {
				throw new RuleViolation("validFrom", "partnership.overlap", clash.period().display());
			});
	}

	/** Ending an open period: the end may not lie before its start. */
	Period endedOn(LocalDate end) {
		if (!isOpen()) {
			throw new RuleViolation("validTo", "partnership.alreadyEnded");
		}
		return new Period(validFrom, end);
	}
}
