package klynge.appointment;

import java.util.UUID;
import java.util.stream.Stream;

import klynge.shared.SearchSource;
import org.springframework.stereotype.Component;

/**
 * Today's office holders for search, as the public list {@code /vervinnehavere} shows
 * them: position and holder's name, nothing more. Earlier terms, nominations and
 * appointment processes are not indexed.
 */
@Component
class OfficeHolderSearchSource implements SearchSource {

	private final Appointments appointments;

	OfficeHolderSearchSource(Appointments appointments) {
		this.appointments = appointments;
	}

	@Override
	public Stream<Entry> entries(UUID clusterId) {
		return appointments.holders()
			.stream()
			.map(h -> Entry.open("POSITION", h.positionId(), "/vervinnehavere#position-" + h.positionId(),
					h.positionName(), h.personName(), h.validFrom() == null ? null : h.validFrom().getYear(), null,
					Reach.PUBLIC));
	}

}
