package klynge.userpanel;

import java.util.EnumSet;
import java.util.Set;

/** requested → assigned → ended, or requested → declined. */
public enum AssignmentStatus {

	REQUESTED, ASSIGNED, ENDED, DECLINED;

	Set<AssignmentStatus> next() {
		return switch (this) {
			case REQUESTED -> EnumSet.of(ASSIGNED, DECLINED);
			case ASSIGNED -> EnumSet.of(ENDED);
			case ENDED, DECLINED -> EnumSet.noneOf(AssignmentStatus.class);
		};
	}

	boolean canMoveTo(AssignmentStatus target) {
		return next().contains(target);
	}

	public String messageKey() {
		return "userpanel.status." + name();
	}

}
