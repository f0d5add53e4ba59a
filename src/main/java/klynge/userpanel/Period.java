package klynge.userpanel;

import java.time.LocalDate;
import java.util.UUID;

/** A period of a user panel ("Brukerpanel 2023–2025"), both days inclusive. */
record Period(UUID id, UUID bodyId, String name, LocalDate validFrom, LocalDate validTo, UUID constitutingMeetingId,
		String mandate, int version) {

	boolean overlaps(LocalDate from, LocalDate to) {
		return !validFrom.isAfter(to) && !from.isAfter(validTo);
	}

	boolean contains(LocalDate day) {
		return !day.isBefore(validFrom) && !day.isAfter(validTo);
	}

}
