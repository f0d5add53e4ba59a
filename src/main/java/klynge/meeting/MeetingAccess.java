package klynge.meeting;

import java.time.LocalDate;
import java.util.UUID;

import klynge.body.BodyDirectory;
import klynge.cluster.CurrentCluster;
import klynge.security.KlyngeUser;
import klynge.security.Roles;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Works out the {@link Viewer} of a meeting for the current request. */
@Component
public class MeetingAccess {

	private final BodyDirectory bodies;

	private final CurrentCluster cluster;

	MeetingAccess(BodyDirectory bodies, CurrentCluster cluster) {
		this.bodies = bodies;
		this.cluster = cluster;
	}

	public Viewer viewerOf(Meeting meeting) {
		return viewerOf(meeting.bodyId(), meeting.meetingDate());
	}

	/** Members of the body on the meeting date or today (a new member reads the old minutes too). */
	public Viewer viewerOf(UUID bodyId, LocalDate meetingDate) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof KlyngeUser user)) {
			return Viewer.ANONYMOUS;
		}
		boolean staff = user.hasRole(Roles.ADMIN) || user.hasRole(Roles.SECRETARIAT);
		UUID personId = user.personId();
		boolean member = false;
		if (personId != null) {
			UUID clusterId = cluster.id();
			LocalDate today = LocalDate.now(cluster.get().zone());
			member = isOnList(clusterId, bodyId, meetingDate, personId) || isOnList(clusterId, bodyId, today, personId);
		}
		return new Viewer(personId, staff, member, true);
	}

	private boolean isOnList(UUID clusterId, UUID bodyId, LocalDate day, UUID personId) {
		return bodies.membersOn(clusterId, bodyId, day).stream().anyMatch(row -> personId.equals(row.personId()));
	}
}
