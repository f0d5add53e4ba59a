package klynge.funding;

import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

import klynge.shared.SecretTokens;
import klynge.cluster.CurrentCluster;
import klynge.mail.MailMessage;
import klynge.mail.Mailer;
import klynge.organisation.OrganisationDirectory;
import klynge.security.ApplicantAccounts;
import klynge.shared.NotFoundException;
import klynge.shared.RuleViolation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Self-registration of applicants: the form is checked (username free, password policy),
 * a confirmation link goes to the address through the outbox (kept there without the
 * link), and the account with the APPLICANT flag is made only when the link is opened.
 * The link's token is stored as its SHA-256 hash; it works once, for 48 hours, and only
 * on its own cluster. An address that already has an account gets the same answer and no
 * account, so the form does not tell who has one.
 */
@Service
public class Registrations {

	static final Duration VALID = Duration.ofHours(48);

	private final JdbcClient jdbc;

	private final CurrentCluster cluster;

	private final ApplicantAccounts accounts;

	private final OrganisationDirectory organisations;

	private final Mailer mailer;

	private final MessageSource messages;

	private final String baseUrl;

	Registrations(JdbcClient jdbc, CurrentCluster cluster, ApplicantAccounts accounts,
			OrganisationDirectory organisations, Mailer mailer, MessageSource messages,
			@Value("${klynge.base-url}") String baseUrl) {
		this.jdbc = jdbc;
		this.cluster = cluster;
		this.accounts = accounts;
		this.organisations = organisations;
		this.mailer = mailer;
		this.messages = messages;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	@Transactional
	public void register(RegistrationForm form) {
		UUID clusterId = cluster.id();
		if (form.organisationId() != null && organisations.organisation(clusterId, form.organisationId()).isEmpty()) {
			throw new RuleViolation("organisationId", "funding.registration.rule.organisation");
		}
		String hash;
		try {
			hash = accounts.check(clusterId, form.username(), form.email(), form.password(), form.repeat());
		}
		catch (RuleViolation violation) {
			if ("email".equals(violation.field())) {
				return; // the same answer as a new address: nothing is told, nothing is
						// made
			}
			throw violation;
		}
		String token = SecretTokens.newToken();
		Locale locale = LocaleContextHolder.getLocale();
		jdbc.sql("""
				insert into applicant_registration (cluster_id, email, username, name, organisation_id, password_hash,
				       token_hash, language, expires_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, now() + make_interval(hours => ?))""")
			.params(clusterId, form.email(), form.username(), form.name(), form.organisationId(), hash, hashOf(token),
					language(locale), (int) VALID.toHours())
			.update();
		String link = baseUrl + "/register/confirm/" + token;
		Object[] args = { cluster.get().name(), form.name(), link };
		mailer.sendSecret(clusterId,
				new MailMessage(form.email(), messages.getMessage("funding.registration.mail.subject", args, locale),
						messages.getMessage("funding.registration.mail.text", args, locale)),
				link, messages.getMessage("mail.linkHidden", null, locale));
	}

	/** Whether a link is still good on this cluster (for the confirmation page). */
	public boolean isValid(String token) {
		return find(token) != null;
	}

	/**
	 * Opens the account the link confirms; a used, expired or foreign link is not found.
	 */
	@Transactional
	public String confirm(String token) {
		Pending pending = find(token);
		if (pending == null) {
			throw new NotFoundException("registration", null);
		}
		UUID account = accounts.create(cluster.id(), pending.username(), pending.email(), pending.passwordHash(),
				pending.language());
		jdbc.sql("""
				insert into applicant (cluster_id, account_id, name, email, organisation_id) values (?, ?, ?, ?, ?)""")
			.params(cluster.id(), account, pending.name(), pending.email(), pending.organisationId())
			.update();
		jdbc.sql(
				"update applicant_registration set confirmed_at = now(), account_id = ? where cluster_id = ? and id = ?")
			.params(account, cluster.id(), pending.id())
			.update();
		return pending.username();
	}

	private record Pending(UUID id, String email, String username, String name, UUID organisationId,
			String passwordHash, String language) {
	}

	private Pending find(String token) {
		if (token == null || token.length() > 100) {
			return null;
		}
		return jdbc.sql("""
				select id, email, username, name, organisation_id, password_hash, language from applicant_registration
				where cluster_id = ? and token_hash = ? and confirmed_at is null and expires_at > now()""")
			.params(cluster.id(), hashOf(token))
			.query(Pending.class)
			.optional()
			.orElse(null);
	}

	private static String language(Locale locale) {
		String language = locale.getLanguage();
		return language.equals("nn") || language.equals("en") ? language : "nb";
	}

	static String hashOf(String token) {
		return SecretTokens.hash(token);
	}

}
