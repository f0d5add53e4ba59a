package klynge.minutes;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import klynge.cluster.CurrentCluster;
import klynge.meeting.MeetingAccess;
import klynge.meeting.Meetings;
import klynge.meeting.Viewer;
import klynge.shared.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * Reading minutes: a meeting's minutes, their items and comments, and who may see them.
 * Writing is in {@link MinutesEditing}, the workflow in {@link MinutesWorkflow}, comments
 * in {@link MinutesComments}, versions in {@link MinutesVersions}.
 */
@Service
public class MinutesService {

	private final MinutesRepository repository;

	private final Meetings meetings;

	private final MeetingAccess access;

	private final CurrentCluster cluster;

	MinutesService(MinutesRepository repository, Meetings meetings, MeetingAccess access, CurrentCluster cluster) {
		this.repository = repository;
		this.meetings = meetings;
		this.access = access;
		this.cluster = cluster;
	}

	public Optional<Minutes> ofMeeting(UUID meetingId) {
		return repository.ofMeeting(cluster.id(), meetingId);
	}

	public Minutes minutes(UUID minutesId) {
		return repository.find(cluster.id(), minutesId).orElseThrow(() -> new NotFoundException("minutes", minutesId));
	}

	/**
	 * The minutes if this viewer may read them (drafts: staff and the body's members),
	 * else 404.
	 */
	public Minutes visibleMinutes(UUID minutesId) {
		Minutes minutes = minutes(minutesId);
		if (!maySee(minutes, viewerOf(minutes))) {
			throw new NotFoundException("minutes", minutesId);
		}
		return minutes;
	}

	public Optional<ItemMinutes> itemMinutes(UUID itemId) {
		return repository.item(cluster.id(), itemId);
	}

	public List<ItemMinutes> items(UUID minutesId) {
		return repository.items(cluster.id(), minutesId);
	}

	public Optional<Minutes> approvedBy(UUID itemId) {
		return repository.approvedBy(cluster.id(), itemId);
	}

	/**
	 * Every item's minutes of the cluster (for the secretariat's list of unresolved
	 * references).
	 */
	public List<ItemMinutes> allItemMinutes() {
		return repository.allItems(cluster.id());
	}

	public List<MinutesComment> comments(UUID minutesId) {
		return repository.comments(cluster.id(), minutesId);
	}

	public static boolean maySee(Minutes minutes, Viewer viewer) {
		return minutes.approved() || viewer.staff() || viewer.bodyMember();
	}

	public Viewer viewerOf(Minutes minutes) {
		return access.viewerOf(meetings.meeting(minutes.meetingId()));
	}

	public LocalDate today() {
		return LocalDate.now(cluster.get().zone());
	}

}
