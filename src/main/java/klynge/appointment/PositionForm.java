package klynge.appointment;

import java.util.UUID;

import klynge.body.MembershipRole;

/**
 * A new position: a role in a body, or a free name; the standard term in years.
 */
public record PositionForm(String name, UUID bodyId, MembershipRole role, Integer termYears) {

	static PositionForm empty() {
		return new PositionForm(null, null, MembershipRole.CHAIR, 2);
	}

}
