package klynge.funding;

import java.util.Optional;
import java.util.UUID;

import klynge.cluster.CurrentCluster;
import klynge.security.CurrentUser;
import klynge.security.LoggedIn;
import klynge.security.Roles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applicant behind the logged-in account: the row made at registration (or for an
 * account given the APPLICANT flag otherwise, made at its first application).
 */
@Component
class Applicants {

	private final JdbcClient jdbc;

	private final CurrentCluster cluster;

	private final CurrentUser user;

	Applicants(JdbcClient jdbc, CurrentCluster cluster, CurrentUser user) {
		this.jdbc = jdbc;
		this.cluster = cluster;
		this.user = user;
	}

	/** The current applicant, if the account is one and has applied or registered. */
	Optional<Applicant> current() {
		return user.get().filter(u -> u.hasRole(Roles.APPLICANT)).flatMap(u -> byAccount(u.accountId()));
	}

	@Transactional
	Applicant currentOrNew() {
		LoggedIn account = user.get()
			.filter(u -> u.hasRole(Roles.APPLICANT))
			.orElseThrow(() -> new klynge.shared.NotFoundException("applicant", null));
		return byAccount(account.accountId()).orElseGet(() -> {
			jdbc.sql("""
					insert into applicant (cluster_id, account_id, name, email) values (?, ?, ?, '')
					on conflict (cluster_id, account_id) do nothing""")
				.params(cluster.id(), account.accountId(), account.username())
				.update();
			return byAccount(account.accountId()).orElseThrow();
		});
	}

	Optional<Applicant> byAccount(UUID accountId) {
		return jdbc.sql("""
				select id, account_id, name, email, organisation_id from applicant
				where cluster_id = ? and account_id = ?""")
			.params(cluster.id(), accountId)
			.query(Applicant.class)
			.optional();
	}

	Optional<Applicant> get(UUID id) {
		return jdbc
			.sql("select id, account_id, name, email, organisation_id from applicant where cluster_id = ? and id = ?")
			.params(cluster.id(), id)
			.query(Applicant.class)
			.optional();
	}

}
