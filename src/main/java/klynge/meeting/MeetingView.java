package klynge.meeting;

import java.util.List;
import java.util.stream.Collectors;

import klynge.meeting.attendance.AttendanceSheet;

/**
 * A meeting's content for one viewer, built once per request by {@link MeetingViews}: the
 * page, the summons and minutes as PDF and Word, and the mails all render this. It reads
 * like the seed minutes: header, attendance, numbered items with presenters and
 * documents, and under each item the parts other modules contribute
 * ({@link MeetingPart}), in the order of the minutes.
 */
public record MeetingView(Meeting meeting, String bodyName, String clusterName, String chairName,
		String chairOrganisation, String chairStandsInFor, AttendanceSheet attendance, List<Item> items,
		List<MeetingPart> meetingParts, Viewer viewer, List<MeetingHistoryEntry> history) {

	/**
	 * @param label "03-23" for an item, "a" for a sub-item
	 * @param placeholder the viewer sees only the public title and legal basis (exempt)
	 * @param audienceKey who may see a restricted item ("Synlig for: …"), null for public
	 * ones
	 * @param parts in the order of the minutes
	 */
	public record Item(AgendaItem item, String label, String title, String presenterLine, boolean placeholder,
			List<ItemDocument> documents, List<Item> subItems, List<MeetingPart> parts, String audienceKey) {

		/** The parts before the sub-items (all of them for an item without). */
		public List<MeetingPart> opening() {
			return subItems.isEmpty() ? parts : parts.stream().filter(part -> !part.slot().closing()).toList();
		}

		/**
		 * The item's documents that the minutes' notes do not link to: a document the
		 * notes link to is shown there, where the minutes mention it, and not listed
		 * again.
		 */
		public List<ItemDocument> unlinkedDocuments() {
			String notes = parts.stream()
				.filter(part -> part.slot() == MeetingPart.Slot.NOTES)
				.flatMap(part -> part.blocks().stream())
				.map(block -> block instanceof MeetingPart.Html html ? html.html() : "")
				.collect(Collectors.joining());
			return documents.stream()
				.filter(d -> d.url() == null
						|| !notes.contains(d.url()) && !notes.contains(d.url().replace("&", "&amp;")))
				.toList();
		}

		/** The parts after the sub-items: what was decided about the whole item. */
		public List<MeetingPart> closing() {
			return subItems.isEmpty() ? List.of() : parts.stream().filter(part -> part.slot().closing()).toList();
		}
	}

	/** The meeting's links (downloads, calendar file), for the top of the page. */
	public List<MeetingPart> links() {
		return meetingParts.stream().filter(part -> part.slot() == MeetingPart.Slot.LINKS).toList();
	}

	/** The meeting's other parts (the minutes' status), above the agenda. */
	public List<MeetingPart> panels() {
		return meetingParts.stream().filter(part -> part.slot() != MeetingPart.Slot.LINKS).toList();
	}

	public boolean hasChairSentence() {
		return chairStandsInFor != null;
	}
}
