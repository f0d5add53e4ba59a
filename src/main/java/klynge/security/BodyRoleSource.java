package klynge.security;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * Tells which body roles ({@link Roles#CHAIR}, {@link Roles#MEMBER},
 * {@link Roles#OBSERVER}) a person holds on a day.
 */
public interface BodyRoleSource {

	Set<String> rolesOf(UUID clusterId, UUID personId, LocalDate day);

}
