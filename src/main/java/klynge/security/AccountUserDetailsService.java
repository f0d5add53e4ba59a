package klynge.security;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads an account for login, with its account roles and the body roles its person holds today. */
@Service
class AccountUserDetailsService implements UserDetailsService {

	private final JdbcClient jdbc;

	private final List<BodyRoleSource> bodyRoles;

	AccountUserDetailsService(JdbcClient jdbc, List<BodyRoleSource> bodyRoles) {
		this.jdbc = jdbc;
		this.bodyRoles = bodyRoles;
	}

	private record Row(UUID id, UUID clusterId, UUID personId, String username, String passwordHash,
			boolean administrator, boolean secretariat, boolean applicant, boolean reviewer, boolean enabled, String timeZone) {
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		Row row = jdbc.sql("""
				select a.id, a.cluster_id, a.person_id, a.username, a.password_hash, a.administrator,
				       a.secretariat, a.applicant, a.reviewer, a.enabled, c.time_zone
				from account a join cluster c on c.id = a.cluster_id
				where a.username = lower(?)""")
			.param(username == null ? "" : username.trim())
			.query(Row.class)
			.optional()
			.filter(found -> found.passwordHash() != null)
			.orElseThrow(() -> new UsernameNotFoundException("no account"));
		Set<String> roles = new HashSet<>();
		if (row.administrator()) {
			roles.add(Roles.ADMIN);
		}
		if (row.secretariat()) {
			roles.add(Roles.SECRETARIAT);
		}
		if (row.applicant()) {
			roles.add(Roles.APPLICANT);
		}
		if (row.reviewer()) {
			roles.add(Roles.REVIEWER);
		}
		if (row.personId() != null) {
			LocalDate today = LocalDate.now(ZoneId.of(row.timeZone()));
			bodyRoles.forEach(source -> roles.addAll(source.rolesOf(row.clusterId(), row.personId(), today)));
		}
		return new KlyngeUser(row.id(), row.clusterId(), row.personId(), row.username(), row.passwordHash(),
				row.enabled(), roles);
	}
}
