package klynge.meeting;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The agenda as the secretariat plans it on the meeting page: the top-level items in
 * order, each with its sub-items, documents and the time it is planned to end (the
 * meeting's start plus the minutes of the items so far), and whether the plan runs past
 * the meeting's end.
 */
public record AgendaPlan(List<Row> rows, LocalTime plannedEnd, boolean overrun, int templateItems) {

	/** One item: its planned end is null when it or an item before it has no time. */
	public record Row(AgendaItem item, List<AgendaItem> subItems, List<ItemDocument> documents, LocalTime plannedEnd,
			boolean pastEnd) {
	}

	static AgendaPlan of(Meeting meeting, List<AgendaItem> items, List<ItemDocument> documents, int templateItems) {
		Map<UUID, List<ItemDocument>> byItem = documents.stream().collect(Collectors.groupingBy(ItemDocument::itemId));
		List<Row> rows = new ArrayList<>();
		LocalTime clock = meeting.startsAt();
		int minutes = 0;
		boolean known = clock != null;
		boolean overrun = false;
		for (AgendaItem item : items) {
			if (item.isSubItem()) {
				continue;
			}
			known = known && item.plannedMinutes() != null;
			if (item.plannedMinutes() != null) {
				minutes += item.plannedMinutes();
			}
			LocalTime end = known ? clock.plusMinutes(minutes) : null;
			// past midnight counts as past the end too
			boolean past = clock != null && meeting.endsAt() != null
					&& (minutes > java.time.Duration.between(clock, meeting.endsAt()).toMinutes());
			overrun |= past;
			rows.add(new Row(item, items.stream().filter(i -> item.id().equals(i.parentId())).toList(),
					byItem.getOrDefault(item.id(), List.of()), end, past));
		}
		LocalTime end = clock == null || minutes == 0 ? null : clock.plusMinutes(minutes);
		return new AgendaPlan(rows, end, overrun, templateItems);
	}

}
