package klynge.body;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import klynge.security.BodyRoleSource;
import klynge.security.Roles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Derives a person's leder/medlem/observatør roles from the memberships valid on a day.
 */
@Component
class MembershipRoles implements BodyRoleSource {

	private final JdbcClient jdbc;

	MembershipRoles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Set<String> rolesOf(UUID clusterId, UUID personId, LocalDate day) {
		Set<String> roles = new HashSet<>();
		jdbc.sql("""
				select distinct role from membership
				where cluster_id = ? and person_id = ? and valid_from <= ? and (valid_to is null or valid_to >= ?)""")
			.params(clusterId, personId, day, day)
			.query(String.class)
			.list()
			.forEach(role -> roles.addAll(rolesFor(MembershipRole.valueOf(role))));
		return roles;
	}

	static Set<String> rolesFor(MembershipRole role) {
		return switch (role) {
			case CHAIR, DEPUTY_CHAIR -> Set.of(Roles.CHAIR, Roles.MEMBER);
			case MEMBER, DEPUTY -> Set.of(Roles.MEMBER);
			case OBSERVER, FACILITATOR -> Set.of(Roles.OBSERVER);
			case SECRETARIAT -> Set.of();
		};
	}

}
