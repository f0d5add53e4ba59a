package klynge.organisation;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import klynge.shared.RuleViolation;

/**
 * Parents of the organisations of one cluster (id → parent id, null for a top). Knows
 * which parents an organisation may get: an existing one, not itself and not one of its
 * descendants.
 */
record OrganisationHierarchy(Map<UUID, UUID> parentOf) {

	/**
	 * Throws a {@link RuleViolation} on field "parentId" when {@code parent} may not be
	 * the parent of {@code self}.
	 */
	void checkParent(UUID self, UUID parent) {
		if (parent == null) {
			return;
		}
		if (!parentOf.containsKey(parent)) {
			throw new RuleViolation("parentId", "organisation.parent.unknown");
		}
		if (self == null) {
			return;
		}
		if (parent.equals(self)) {
			throw new RuleViolation("parentId", "organisation.parent.self");
		}
		if (descendantsOf(self).contains(parent)) {
			throw new RuleViolation("parentId", "organisation.parent.cycle");
		}
	}

	/** Every organisation below {@code self}, at any depth. */
	Set<UUID> descendantsOf(UUID self) {
		Set<UUID> found = new HashSet<>();
		for (UUID candidate : parentOf.keySet()) {
			if (candidate.equals(self)) {
				continue;
			}
			Set<UUID> seen = new HashSet<>();
			UUID up = parentOf.get(candidate);
			while (up != null && seen.add(up)) {
				if (up.equals(self)) {
					found.add(candidate);
					break;
				}
				up = parentOf.get(up);
			}
		}
		return found;
	}
}
