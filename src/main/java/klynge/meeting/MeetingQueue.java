package klynge.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import klynge.body.BodyDirectory;
import klynge.body.BodySummary;
import klynge.body.MembershipRole;
import klynge.cluster.CurrentCluster;
import org.springframework.stereotype.Service;

/**
 * The meetings lists of the start page and of "Møter": upcoming and recent meetings, a
 * person's next meetings with the papers they may read, meetings still to be summoned and
 * the next agenda of the bodies a person leads. Every query is of the current cluster;
 * items and papers are filtered for the viewer as on the meeting page.
 */
@Service
public class MeetingQueue {

	private final MeetingRepository meetings;

	private final Agenda agenda;

	private final MeetingAccess access;

	private final BodyDirectory bodies;

	private final CurrentCluster cluster;

	MeetingQueue(MeetingRepository meetings, Agenda agenda, MeetingAccess access, BodyDirectory bodies,
			CurrentCluster cluster) {
		this.meetings = meetings;
		this.agenda = agenda;
		this.access = access;
		this.bodies = bodies;
		this.cluster = cluster;
	}

	/** A person's coming meeting with the papers (item documents) they may read. */
	public record MyMeeting(MeetingSummary meeting, List<ItemDocument> papers) {
	}

	/** The next meeting of a body someone leads, with the items they may see. */
	public record NextAgenda(MeetingSummary meeting, List<AgendaItem> items) {
	}

	/** Meetings from today on, not cancelled, soonest first. */
	public List<MeetingSummary> upcoming(int limit) {
		return summaries(meetings.upcoming(cluster.id(), today(), limit));
	}

	/** Meetings before today, not cancelled, latest first. */
	public List<MeetingSummary> recent(int limit) {
		return summaries(meetings.recent(cluster.id(), today(), limit));
	}

	/**
	 * "Møter" filtered by body and year (either may be null), latest first; cancelled
	 * ones included (the list shows the status).
	 */
	public List<MeetingSummary> search(UUID bodyId, Integer year, int limit) {
		return summaries(meetings.search(cluster.id(), bodyId, year, limit));
	}

	/** The years the cluster has meetings in, latest first. */
	public List<Integer> years() {
		return meetings.years(cluster.id());
	}

	/** Planned meetings within {@code days} from today whose summons has not gone out. */
	public List<MeetingSummary> dueForSummons(int days) {
		LocalDate today = today();
		return summaries(meetings.plannedBetween(cluster.id(), today, today.plusDays(days)));
	}

	/**
	 * The person's coming meetings: those of the bodies they sit in today, with the item
	 * documents their seat lets them read.
	 */
	public List<MyMeeting> nextOf(UUID personId, int limit) {
		if (personId == null) {
			return List.of();
		}
		LocalDate today = today();
		List<UUID> mine = bodiesOf(personId, null);
		if (mine.isEmpty()) {
			return List.of();
		}
		List<MyMeeting> result = new ArrayList<>();
		for (Meeting meeting : meetings.upcoming(cluster.id(), today, 50)) {
			if (result.size() == limit) {
				break;
			}
			if (!mine.contains(meeting.bodyId())) {
				continue;
			}
			Viewer viewer = access.viewerOf(meeting);
			List<UUID> visible = agenda.visibleItems(meeting.id(), viewer).stream().map(AgendaItem::id).toList();
			List<ItemDocument> papers = agenda.documents(meeting.id())
				.stream()
				.filter(doc -> visible.contains(doc.itemId()) && viewer.maySee(doc.exemption(), today))
				.toList();
			result.add(new MyMeeting(summary(meeting), papers));
		}
		return result;
	}

	/** The bodies the person leads today (as chair). */
	public List<BodySummary> ledBy(UUID personId) {
		if (personId == null) {
			return List.of();
		}
		List<UUID> led = bodiesOf(personId, MembershipRole.CHAIR);
		return bodies.bodies(cluster.id()).stream().filter(b -> led.contains(b.id())).toList();
	}

	/** The next agenda of each body the person leads, with the items they may see. */
	public List<NextAgenda> nextAgendasLedBy(UUID personId) {
		LocalDate today = today();
		List<NextAgenda> result = new ArrayList<>();
		for (BodySummary body : ledBy(personId)) {
			meetings.nextOfBody(cluster.id(), body.id(), today.minusDays(1))
				.ifPresent(meeting -> result.add(
						new NextAgenda(summary(meeting), agenda.visibleItems(meeting.id(), access.viewerOf(meeting)))));
		}
		return result;
	}

	/** The bodies the person sits in today, in any role or in {@code role} only. */
	private List<UUID> bodiesOf(UUID personId, MembershipRole role) {
		UUID clusterId = cluster.id();
		LocalDate today = today();
		return bodies.bodies(clusterId)
			.stream()
			.filter(body -> bodies.membersOn(clusterId, body.id(), today)
				.stream()
				.anyMatch(row -> personId.equals(row.personId()) && (role == null || row.role() == role)))
			.map(BodySummary::id)
			.toList();
	}

	private List<MeetingSummary> summaries(List<Meeting> list) {
		return list.stream().map(this::summary).toList();
	}

	private MeetingSummary summary(Meeting meeting) {
		return MeetingSummary.of(meeting, bodies.nameOn(cluster.id(), meeting.bodyId(), meeting.meetingDate()));
	}

	private LocalDate today() {
		return LocalDate.now(cluster.get().zone());
	}

}
