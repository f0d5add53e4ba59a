package klynge.funding;

import java.util.Optional;
import java.util.UUID;

import klynge.body.BodyDirectory;
import klynge.cluster.CurrentCluster;
import klynge.security.CurrentUser;
import klynge.security.LoggedIn;
import klynge.security.Roles;
import org.springframework.stereotype.Component;

/**
 * Who may do what with a call. Everyone reads a published (or later) call; the cluster's
 * own people (staff, members, observers) also read drafts; staff and the members of the
 * review committee draft and move it through its life cycle; during the comment round the
 * members of the deciding body (and staff) comment.
 */
@Component
class CallAccess {

	private final CurrentUser user;

	private final CurrentCluster cluster;

	private final BodyDirectory bodies;

	private final FundingClock clock;

	CallAccess(CurrentUser user, CurrentCluster cluster, BodyDirectory bodies, FundingClock clock) {
		this.user = user;
		this.cluster = cluster;
		this.bodies = bodies;
		this.clock = clock;
	}

	boolean isStaff() {
		return user.isStaff();
	}

	/** The cluster's own people: they see drafts and the call list. */
	boolean isInsider() {
		return user.get().map(u -> java.util.Arrays.stream(Roles.ANY).anyMatch(u::hasRole)).orElse(false);
	}

	boolean maySee(FundingCall call) {
		return call.status().isPublic() || isInsider();
	}

	boolean mayManage(FundingCall call) {
		return isStaff() || sitsIn(call.committeeBodyId());
	}

	boolean mayManageAny() {
		return isStaff() || isInsider();
	}

	boolean mayComment(FundingCall call) {
		return call.status() == CallStatus.COMMENT_ROUND
				&& (isStaff() || sitsIn(call.decidingBodyId()) || sitsIn(call.committeeBodyId()));
	}

	boolean sitsIn(UUID bodyId) {
		Optional<UUID> person = user.get().flatMap(LoggedIn::person);
		if (bodyId == null || person.isEmpty()) {
			return false;
		}
		return bodies.membersOn(cluster.id(), bodyId, clock.today())
			.stream()
			.anyMatch(row -> person.get().equals(row.personId()));
	}

	Optional<UUID> person() {
		return user.get().flatMap(LoggedIn::person);
	}

	String actor() {
		return user.actor();
	}

}
