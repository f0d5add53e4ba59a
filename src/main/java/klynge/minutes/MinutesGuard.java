package klynge.minutes;

import java.util.UUID;

import klynge.meeting.Meeting;
import klynge.security.ActorNames;
import klynge.security.CurrentUser;
import klynge.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * What every change to minutes starts with: the row locked, the actor known, staff
 * checked.
 */
@Component
class MinutesGuard {

	private final MinutesRepository repository;

	private final CurrentUser currentUser;

	private final ActorNames names;

	MinutesGuard(MinutesRepository repository, CurrentUser currentUser, ActorNames names) {
		this.repository = repository;
		this.names = names;
		this.currentUser = currentUser;
	}

	/** The meeting's minutes, created if missing, locked for this transaction. */
	Minutes lockedFor(UUID clusterId, Meeting meeting) {
		UUID id = repository.insert(clusterId, meeting.id());
		return locked(clusterId, id);
	}

	Minutes locked(UUID clusterId, UUID minutesId) {
		return repository.findForUpdate(clusterId, minutesId)
			.orElseThrow(() -> new NotFoundException("minutes", minutesId));
	}

	boolean isStaff() {
		return currentUser.isStaff();
	}

	void requireStaff() {
		if (!isStaff()) {
			throw new AccessDeniedException("staff only");
		}
	}

	/** A username's person name, for pages. */
	String nameOf(String username) {
		return names.nameOf(username);
	}

	String username() {
		return currentUser.actor();
	}

}
