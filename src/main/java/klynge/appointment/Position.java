package klynge.appointment;

import java.util.UUID;

import klynge.body.MembershipRole;

/**
 * A position of trust: a role in a body (leder for Styringsgruppen: the body's CHAIR), or
 * a free position by name (Klyngefasilitator), with its standard term length in years.
 */
public record Position(UUID id, String name, UUID bodyId, MembershipRole role, int termYears, int sortOrder,
		int version) {

	public boolean ofBody() {
		return bodyId != null;
	}

}
