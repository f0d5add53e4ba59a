package klynge.meeting;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Whether the current user may see items of various meetings, for modules that list
 * things made from items (follow-ups, cases, backlog entries). The rule is
 * {@link Viewer#maySee}; this keeps one viewer per body and meeting date, so a long list
 * costs one membership look-up per meeting. Get one from
 * {@link ItemDirectory#visibility()} per request; it is not shared.
 */
public final class ItemVisibility {

	private final MeetingAccess access;

	private final LocalDate today;

	private final Map<String, Viewer> viewers = new HashMap<>();

	ItemVisibility(MeetingAccess access, LocalDate today) {
		this.access = access;
		this.today = today;
	}

	public Viewer viewerOf(UUID bodyId, LocalDate meetingDate) {
		return viewers.computeIfAbsent(bodyId + "/" + meetingDate, key -> access.viewerOf(bodyId, meetingDate));
	}

	/**
	 * Whether the current user may read content with this access on an item of the body's
	 * meeting that day.
	 */
	public boolean maySee(UUID bodyId, LocalDate meetingDate, Exemption exemption) {
		return viewerOf(bodyId, meetingDate).maySee(exemption, today);
	}

	/**
	 * Whether the current user may read what the minutes of that meeting record beside
	 * the notes ({@link Viewer#maySeeRecordOf}).
	 */
	public boolean maySeeRecord(UUID bodyId, LocalDate meetingDate, MeetingStatus status) {
		return viewerOf(bodyId, meetingDate).maySeeRecordOf(status);
	}

	/**
	 * The title as the current user may read it: the public title (or null) where they
	 * may not.
	 */
	public String title(UUID bodyId, LocalDate meetingDate, Exemption exemption, String title) {
		return viewerOf(bodyId, meetingDate).titleOf(exemption, title, today);
	}

	public LocalDate today() {
		return today;
	}

}
