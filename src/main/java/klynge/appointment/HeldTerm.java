package klynge.appointment;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A term a person held or holds in a position: a membership of the position's body, or a
 * term of a free position.
 *
 * @param id the membership's id, or the free term's id
 */
public record HeldTerm(UUID id, UUID personId, String personName, LocalDate validFrom, LocalDate validTo) {

	boolean overlaps(LocalDate from, LocalDate to) {
		boolean startsBeforeOtherEnds = validTo == null || !from.isAfter(validTo);
		boolean otherStartsBeforeThisEnds = to == null || !validFrom.isAfter(to);
		return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
	}

	boolean heldOn(LocalDate day) {
		return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
	}

	/** Whether the term ends between today and {@code days} days from today. */
	boolean endsWithin(LocalDate today, int days) {
		return validTo != null && !validTo.isBefore(today) && !validTo.isAfter(today.plusDays(days));
	}

}
