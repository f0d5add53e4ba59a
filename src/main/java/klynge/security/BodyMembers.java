package klynge.security;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Who sits on a body today, with each person's e-mail address, so that an administrator
 * can invite a body's members in bulk. Implemented by the body module, which depends on
 * this one.
 */
public interface BodyMembers {

	record Body(UUID id, String name) {
	}

	/** {@code email} is the registry's address, or null when the person has none. */
	record Member(UUID personId, String name, String code, String email) {
	}

	/** The cluster's bodies with today's names. */
	List<Body> bodies(UUID clusterId);

	/** The body with today's name; empty when it is not one of the cluster's. */
	Optional<Body> body(UUID clusterId, UUID bodyId);

	/**
	 * Everyone who holds a seat on the body today, once each; empty for an unknown body.
	 */
	List<Member> membersToday(UUID clusterId, UUID bodyId);

}
