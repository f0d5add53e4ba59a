package klynge.importing;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Stream;

/**
 * Minutes as read from a file, before anything is saved: the body by the name it had
 * then, when and where, who was summoned and came, and the items with their notes,
 * feedback, vedtak and follow-ups.
 *
 * @param uncertain lines before the first item that could not be placed (shown in the
 * preview, and kept, marked uncertain, in the first item's notes); a date of null is
 * asked for in the preview
 */
public record ImportedMinutes(String bodyName, LocalDate date, LocalTime startsAt, LocalTime endsAt, String place,
		boolean online, List<ImportedAttendee> attendees, List<Deputy> deputies, ChairByDeputy chair,
		List<ImportedItem> items, List<String> uncertain) {

	public ImportedMinutes {
		attendees = List.copyOf(attendees);
		deputies = List.copyOf(deputies);
		items = List.copyOf(items);
		uncertain = List.copyOf(uncertain);
	}

	/** "Vararepresentant Ingvild Eide Graff (FHI) deltok i møtet." */
	public record Deputy(String name, String organisation) {
	}

	/** "Gottfried Greve (UiB) ledet møtet som vara for Margareth Hagen." */
	public record ChairByDeputy(String name, String organisation, String standsInFor) {
	}

	/** Every item and sub-item in agenda order. */
	public List<ImportedItem> allItems() {
		return items.stream().flatMap(item -> Stream.concat(Stream.of(item), item.subItems().stream())).toList();
	}

	/** Whether anything of this document was kept only as an uncertain note. */
	public boolean hasUncertain() {
		return !uncertain.isEmpty() || allItems().stream().anyMatch(item -> !item.uncertain().isEmpty());
	}
}
