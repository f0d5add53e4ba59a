package klynge.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import klynge.body.BodyDirectory;
import klynge.body.MemberRow;
import klynge.body.MembershipRole;
import klynge.cluster.CurrentCluster;
import klynge.security.CurrentUser;
import klynge.security.LoggedIn;
import org.springframework.stereotype.Component;

/** Works out the {@link Viewer} of a meeting for the current request. */
@Component
public class MeetingAccess {

	private final BodyDirectory bodies;

	private final CurrentCluster cluster;

	private final CurrentUser currentUser;

	MeetingAccess(BodyDirectory bodies, CurrentCluster cluster, CurrentUser currentUser) {
		this.bodies = bodies;
		this.cluster = cluster;
		this.currentUser = currentUser;
	}

	/**
	 * Whether the current user is staff (administrator or sekretariat), who see
	 * everything.
	 */
	public boolean isStaff() {
		return currentUser.isStaff();
	}

	public Viewer viewerOf(Meeting meeting) {
		return viewerOf(meeting.bodyId(), meeting.meetingDate());
	}

	/**
	 * Members of the body on the meeting date or today (a new member reads the old
	 * minutes too).
	 */
	public Viewer viewerOf(UUID bodyId, LocalDate meetingDate) {
		LoggedIn user = currentUser.get().orElse(null);
		if (user == null) {
			return Viewer.ANONYMOUS;
		}
		return viewerOf(user.personId(), user.isStaff(), bodyId, meetingDate);
	}

	/**
	 * The viewer a given person is of the body's meeting ({@code staff} when an account
	 * of theirs is): for what is written to them outside their own request, such as the
	 * summons mailed to each one summoned. Same rule as for the current user; needs the
	 * cluster (request or {@code ClusterScope}).
	 */
	public Viewer viewerOf(UUID personId, boolean staff, UUID bodyId, LocalDate meetingDate) {
		if (personId == null) {
			return new Viewer(null, staff, false, true, false);
		}
		UUID clusterId = cluster.id();
		LocalDate today = LocalDate.now(cluster.get().zone());
		List<MemberRow> seats = new ArrayList<>(seatsOf(clusterId, bodyId, meetingDate, personId));
		seats.addAll(seatsOf(clusterId, bodyId, today, personId));
		boolean member = !seats.isEmpty();
		boolean seesExempt = seats.stream().anyMatch(row -> seesExempt(row.role()))
				|| (member && bodies.observersSeeExempt(clusterId, bodyId));
		return new Viewer(personId, staff, member, true, seesExempt);
	}

	/**
	 * Whether the body has opened its exempt items to its observers, facilitator and
	 * deputies.
	 */
	public boolean observersSeeExempt(UUID bodyId) {
		return bodies.observersSeeExempt(cluster.id(), bodyId);
	}

	/**
	 * Exempt items (Offl. § 25 personnel cases and the like) are for the narrowest
	 * circle: those with a voting seat and the body's secretariat; observers, the
	 * facilitator and deputies only where the body has decided so
	 * ({@link BodyDirectory#observersSeeExempt}).
	 */
	static boolean seesExempt(MembershipRole role) {
		return role.isVoting() || role == MembershipRole.SECRETARIAT;
	}

	private List<MemberRow> seatsOf(UUID clusterId, UUID bodyId, LocalDate day, UUID personId) {
		return bodies.membersOn(clusterId, bodyId, day)
			.stream()
			.filter(row -> personId.equals(row.personId()))
			.toList();
	}

}
