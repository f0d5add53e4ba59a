package klynge.casefile;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import klynge.body.BodyDirectory;
import klynge.cluster.CurrentCluster;
import klynge.meeting.MeetingAccess;
import klynge.meeting.Viewer;
import klynge.security.CurrentUser;
import klynge.security.LoggedIn;
import org.springframework.stereotype.Service;

/**
 * The start page's lines of the backlog: the matters a person proposed ("Meld sak") and
 * where they stand, and the referrals waiting in bodies' backlogs for the secretariat.
 * Entries are shown as the viewer may read them (public title where they may not).
 */
@Service
public class BacklogQueue {

	private final BacklogRepository entries;

	private final MeetingAccess access;

	private final BodyDirectory bodies;

	private final CurrentCluster cluster;

	private final CurrentUser currentUser;

	BacklogQueue(BacklogRepository entries, MeetingAccess access, BodyDirectory bodies, CurrentCluster cluster,
			CurrentUser currentUser) {
		this.entries = entries;
		this.access = access;
		this.bodies = bodies;
		this.cluster = cluster;
		this.currentUser = currentUser;
	}

	/** A backlog entry with the name of the body it is for. */
	public record Line(BacklogEntry entry, String bodyName) {
	}

	/** What the logged-in user proposed, newest first, open or not. */
	public List<Line> proposedByMe(int limit) {
		String username = currentUser.get().map(LoggedIn::username).orElse(null);
		if (username == null) {
			return List.of();
		}
		return lines(entries.proposedBy(cluster.id(), username, limit));
	}

	/** Open entries that came from a referral, oldest first: for the secretariat. */
	public List<Line> waitingReferrals(int limit) {
		return lines(entries.openReferrals(cluster.id(), limit));
	}

	private List<Line> lines(List<BacklogEntry> list) {
		UUID clusterId = cluster.id();
		LocalDate today = LocalDate.now(cluster.get().zone());
		return list.stream().map(entry -> {
			Viewer viewer = access.viewerOf(entry.bodyId(), today);
			BacklogEntry shown = viewer.maySee(entry.exemption(), today) ? entry : entry.hiddenView();
			return new Line(shown, bodies.nameOn(clusterId, entry.bodyId(), today));
		}).toList();
	}

}
