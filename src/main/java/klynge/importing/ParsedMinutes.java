package klynge.importing;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What the parser has read so far of one document; its parts fill it in, {@link #build()} hands it on. */
final class ParsedMinutes {

	final String file;

	String bodyName;

	LocalDate date;

	LocalTime startsAt;

	LocalTime endsAt;

	String place;

	final List<ImportedAttendee> attendees = new ArrayList<>();

	final List<ImportedMinutes.Deputy> deputies = new ArrayList<>();

	ImportedMinutes.ChairByDeputy chair;

	/** Lines of the header the parser could not place: kept, shown as uncertain. */
	final List<String> preamble = new ArrayList<>();

	final List<ItemBuilder> items = new ArrayList<>();

	ParsedMinutes(String file) {
		this.file = file;
	}

	ImportedMinutes build() {
		List<ImportedItem> built = items.stream().map(ItemBuilder::build).toList();
		return new ImportedMinutes(bodyName, date, startsAt, endsAt, place,
				place != null && place.toLowerCase(Locale.ROOT).contains("teams"), attendees, deputies, chair, built,
				preamble);
	}
}
