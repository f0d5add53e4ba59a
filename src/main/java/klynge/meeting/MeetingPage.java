package klynge.meeting;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import klynge.meeting.attendance.AttendanceSheet;

/**
 * Everything the meeting page shows, already filtered for the viewer: it reads like the seed
 * minutes (header, attendance, numbered items with presenters, documents and the parts other
 * modules add).
 */
public record MeetingPage(Meeting meeting, String bodyName, String clusterName, String chairName, String chairOrganisation,
		String chairStandsInFor, AttendanceSheet attendance, List<ItemView> items, List<MeetingPagePart> meetingParts,
		Viewer viewer, List<MeetingHistoryEntry> history) {

	/**
	 * @param label       "03-23" for an item, "a" for a sub-item
	 * @param placeholder the viewer sees only the public title and legal basis (exempt)
	 * @param audienceKey who may see a restricted item ("Synlig for: …"), null for public ones
	 */
	public record ItemView(AgendaItem item, String label, String title, String presenterLine, boolean placeholder,
			List<ItemDocument> documents, List<ItemView> subItems, List<MeetingPagePart> parts, String audienceKey) {
	}

	public boolean hasChairSentence() {
		return chairStandsInFor != null;
	}

	static Map<UUID, List<MeetingPagePart>> none() {
		return Map.of();
	}
}
