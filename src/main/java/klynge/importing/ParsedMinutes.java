package klynge.importing;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import klynge.meeting.AgendaItemType;

/**
 * What the parser has read so far of one document; its parts fill it in, {@link #build()}
 * hands it on.
 */
final class ParsedMinutes {

	/** Title of the one item of a document without item headings. */
	static final String WHOLE_DOCUMENT = "Referat";

	final String file;

	String bodyName;

	LocalDate date;

	LocalTime startsAt;

	LocalTime endsAt;

	String place;

	final List<ImportedAttendee> attendees = new ArrayList<>();

	final List<ImportedMinutes.Deputy> deputies = new ArrayList<>();

	ImportedMinutes.ChairByDeputy chair;

	/**
	 * Who stood in for whom, as written ("Kari Li (vara for Per Dal)", "Kari Li stilte
	 * for Dal i sak 4"): matched to the attendance rows when the whole text is read.
	 */
	final List<Substitution> substitutions = new ArrayList<>();

	/**
	 * A deputy ({@code seat} as written with the name, may be null) for a member named in
	 * full or by one name; {@code part} the items or hours when only part of the meeting
	 * ("i sak 68/14"), else null.
	 */
	record Substitution(String deputy, String seat, String member, String part) {
	}

	/** Lines of the header the parser could not place: kept, shown as uncertain. */
	final List<String> preamble = new ArrayList<>();

	final List<ItemBuilder> items = new ArrayList<>();

	ParsedMinutes(String file) {
		this.file = file;
	}

	/**
	 * The minutes as read; a document without item headings becomes one item holding all
	 * its unplaced text.
	 */
	ImportedMinutes build() {
		if (items.isEmpty()) {
			ItemBuilder whole = new ItemBuilder("", null, null, WHOLE_DOCUMENT, AgendaItemType.DISCUSSION, false);
			whole.uncertain.addAll(preamble);
			preamble.clear();
			items.add(whole);
		}
		List<ImportedItem> built = items.stream().map(ItemBuilder::build).toList();
		return new ImportedMinutes(bodyName, date, startsAt, endsAt, place,
				place != null && place.toLowerCase(Locale.ROOT).contains("teams"), attendees, deputies, chair, built,
				preamble);
	}

}
