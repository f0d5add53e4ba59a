package klynge.security;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import klynge.shared.NotFoundException;
import klynge.shared.RuleViolation;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The single sign-on providers of each cluster. Every read names the cluster, so a
 * provider id of one cluster finds nothing in another.
 */
@Service
class SignOnProviders {

	private static final String SELECT = """
			select id, cluster_id, name, issuer, client_id, email_claim, trusts_email,
			       client_secret is not null as has_secret, version
			from sign_on_provider""";

	private final JdbcClient jdbc;

	SignOnProviders(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<SignOnProvider> of(UUID clusterId) {
		return jdbc.sql(SELECT + " where cluster_id = ? order by name")
			.param(clusterId)
			.query(SignOnProvider.class)
			.list();
	}

	Optional<SignOnProvider> find(UUID clusterId, UUID id) {
		return jdbc.sql(SELECT + " where cluster_id = ? and id = ?")
			.params(clusterId, id)
			.query(SignOnProvider.class)
			.optional();
	}

	SignOnProvider get(UUID clusterId, UUID id) {
		return find(clusterId, id).orElseThrow(() -> new NotFoundException("sign-on provider", id));
	}

	/** The client secret, for the token request only. */
	Optional<String> secret(UUID clusterId, UUID id) {
		return jdbc.sql("select client_secret from sign_on_provider where cluster_id = ? and id = ?")
			.params(clusterId, id)
			.query(String.class)
			.optional();
	}

	@Transactional
	UUID create(UUID clusterId, SignOnForm form) {
		if (form.getClientSecret() == null || form.getClientSecret().isBlank()) {
			throw new RuleViolation("clientSecret", "signOn.secret.required");
		}
		try {
			return jdbc.sql("""
					insert into sign_on_provider (cluster_id, name, issuer, client_id, client_secret, email_claim,
					                              trusts_email, secret_changed_at)
					values (?, ?, ?, ?, ?, ?, ?, now()) returning id""")
				.params(clusterId, form.getName().strip(), form.issuer(), form.getClientId().strip(),
						form.getClientSecret().strip(), form.emailClaim(), form.isTrustsEmail())
				.query(UUID.class)
				.single();
		}
		catch (DuplicateKeyException taken) {
			throw new RuleViolation("name", "signOn.name.taken");
		}
	}

	/** Saves the form; an empty secret keeps the stored one. */
	@Transactional
	void update(UUID clusterId, UUID id, SignOnForm form) {
		get(clusterId, id);
		String secret = form.getClientSecret() == null || form.getClientSecret().isBlank() ? null
				: form.getClientSecret().strip();
		int updated;
		try {
			updated = jdbc.sql("""
					update sign_on_provider
					set name = ?, issuer = ?, client_id = ?, email_claim = ?, trusts_email = ?,
					    client_secret = coalesce(?, client_secret),
					    secret_changed_at = case when ? then now() else secret_changed_at end,
					    version = version + 1
					where cluster_id = ? and id = ? and version = ?""")
				.params(form.getName().strip(), form.issuer(), form.getClientId().strip(), form.emailClaim(),
						form.isTrustsEmail(), secret, secret != null, clusterId, id, form.getVersion())
				.update();
		}
		catch (DuplicateKeyException taken) {
			throw new RuleViolation("name", "signOn.name.taken");
		}
		if (updated == 0) {
			throw new OptimisticLockingFailureException("sign-on provider " + id);
		}
	}

	@Transactional
	void delete(UUID clusterId, UUID id) {
		get(clusterId, id);
		jdbc.sql("delete from sign_on_provider where cluster_id = ? and id = ?").params(clusterId, id).update();
	}

}
