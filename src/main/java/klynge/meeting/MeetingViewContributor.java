package klynge.meeting;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Implemented by modules that build on meetings (minutes, follow-ups, cases, documents,
 * calendar) to add their parts to the {@link MeetingView} without the meeting module
 * depending on them. They get the agenda already loaded and filtered for the viewer (no
 * module loads it again) and must respect the viewer: exempt content goes only to those
 * who may see it.
 */
public interface MeetingViewContributor {

	List<MeetingPart> partsFor(VisibleAgenda agenda);

	/**
	 * The meeting, who is looking and the items (and sub-items) they may see, in agenda
	 * order.
	 */
	record VisibleAgenda(Meeting meeting, Viewer viewer, List<AgendaItem> items) {

		public VisibleAgenda {
			items = List.copyOf(items);
		}

		public Set<UUID> ids() {
			return items.stream().map(AgendaItem::id).collect(Collectors.toUnmodifiableSet());
		}

		public List<UUID> idList() {
			return items.stream().map(AgendaItem::id).toList();
		}
	}

}
