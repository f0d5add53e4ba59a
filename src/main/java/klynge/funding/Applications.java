package klynge.funding;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import klynge.cluster.CurrentCluster;
import klynge.mail.Mailer;
import klynge.mail.OutgoingMail;
import klynge.organisation.OrganisationDirectory;
import klynge.organisation.OrganisationType;
import klynge.security.CurrentUser;
import klynge.shared.EditConflict;
import klynge.shared.NotFoundException;
import klynge.shared.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applications: an applicant starts a draft for a published call, saves it as often as it
 * likes (each save says which rules of the call it breaks), and submits it before the
 * deadline, when it must be complete and keep every rule; a receipt goes out by mail. An
 * applicant reaches only its own applications (another's is "not found"); staff reach
 * all.
 */
@Service
public class Applications {

	/** Attachments: PDF only, up to this size. */
	public static final int MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

	private final JdbcClient jdbc;

	private final CurrentCluster cluster;

	private final CurrentUser user;

	private final ApplicationRows rows;

	private final Applicants applicants;

	private final Calls calls;

	private final OrganisationDirectory organisations;

	private final FundingClock clock;

	private final Mailer mailer;

	private final MessageSource messages;

	Applications(JdbcClient jdbc, CurrentCluster cluster, CurrentUser user, ApplicationRows rows, Applicants applicants,
			Calls calls, OrganisationDirectory organisations, FundingClock clock, Mailer mailer,
			MessageSource messages) {
		this.jdbc = jdbc;
		this.cluster = cluster;
		this.user = user;
		this.rows = rows;
		this.applicants = applicants;
		this.calls = calls;
		this.organisations = organisations;
		this.clock = clock;
		this.mailer = mailer;
		this.messages = messages;
	}

	/** The current applicant's applications, newest first. */
	public List<Application> mine() {
		return applicants.current().map(a -> rows.ofApplicant(cluster.id(), a.id())).orElse(List.of());
	}

	/** The applications to a call, for staff (the review adds its own readers). */
	public List<Application> ofCall(UUID callId) {
		calls.get(callId);
		return user.isStaff() ? rows.ofCall(cluster.id(), callId) : List.of();
	}

	/**
	 * An application its applicant or staff may read; to anyone else it does not exist.
	 */
	public Application get(UUID id) {
		Application application = rows.find(cluster.id(), id)
			.orElseThrow(() -> new NotFoundException("application", id));
		if (user.isStaff() || applicants.current().map(a -> a.id().equals(application.applicantId())).orElse(false)) {
			return application;
		}
		throw new NotFoundException("application", id);
	}

	/** The current applicant's own application, for every change. */
	private Application own(UUID id) {
		Application application = rows.find(cluster.id(), id)
			.orElseThrow(() -> new NotFoundException("application", id));
		if (applicants.current().map(a -> a.id().equals(application.applicantId())).orElse(false)) {
			return application;
		}
		throw new NotFoundException("application", id);
	}

	public FundingCall callOf(Application application) {
		return calls.anyStatus(application.callId());
	}

	/**
	 * Starts a draft for an open call, with the applicant's name and organisation as
	 * lead.
	 */
	@Transactional
	public UUID start(UUID callId) {
		FundingCall call = calls.get(callId);
		requireOpen(call);
		Applicant applicant = applicants.currentOrNew();
		UUID id = jdbc.sql("""
				insert into application (cluster_id, call_id, applicant_id, lead_name, lead_email)
				values (?, ?, ?, ?, ?) returning id""")
			.params(cluster.id(), callId, applicant.id(), applicant.name(), applicant.email())
			.query(UUID.class)
			.single();
		if (applicant.organisationId() != null) {
			jdbc.sql("""
					insert into application_organisation (cluster_id, application_id, organisation_id, role)
					values (?, ?, ?, 'LEAD')""").params(cluster.id(), id, applicant.organisationId()).update();
		}
		return id;
	}

	/**
	 * Saves a draft as it is (breaking rules is allowed in a draft) and tells which rules
	 * it breaks. Refused after the deadline or once submitted; what was saved stays.
	 */
	@Transactional
	public List<RuleBreach> save(UUID id, ApplicationContent content, int version) {
		Application application = own(id);
		if (application.status() != ApplicationStatus.DRAFT) {
			throw new RuleViolation(null, "funding.application.rule.notDraft");
		}
		requireOpen(callOf(application));
		checkOrganisations(content);
		UUID leadPerson = content.leadEmail().isEmpty() ? null
				: organisations.peopleWithEmail(cluster.id(), content.leadEmail()).stream().findFirst().orElse(null);
		List<UUID> participantPersons = content.participants()
			.stream()
			.map(p -> p.email().isEmpty() ? null
					: organisations.peopleWithEmail(cluster.id(), p.email()).stream().findFirst().orElse(null))
			.toList();
		if (rows.save(cluster.id(), id, content, leadPerson, participantPersons, version) == 0) {
			throw new EditConflict("application", id, rows.find(cluster.id(), id).orElseThrow().version());
		}
		return check(callOf(application), content);
	}

	/** What the content breaks of the call's rules, without saving. */
	public List<RuleBreach> check(FundingCall call, ApplicationContent content) {
		Map<UUID, OrganisationType> types = organisations.types(cluster.id());
		return call.conditions().check(content, types);
	}

	/** What a saved application lacks or breaks, as submission would say it. */
	public List<RuleBreach> problems(Application application) {
		List<RuleBreach> problems = new ArrayList<>(complete(application.content()));
		problems.addAll(check(callOf(application), application.content()));
		return problems;
	}

	/**
	 * Submits the draft: before the deadline (server time), complete, keeping every rule.
	 * Sends the receipt. The first problem is thrown; the draft is left as it was.
	 */
	@Transactional
	public void submit(UUID id, int version) {
		Application application = own(id);
		if (application.status() != ApplicationStatus.DRAFT) {
			throw new RuleViolation(null, "funding.application.rule.notDraft");
		}
		FundingCall call = callOf(application);
		requireOpen(call);
		List<RuleBreach> problems = problems(application);
		if (!problems.isEmpty()) {
			throw problems.getFirst().violation();
		}
		Instant now = clock.now();
		int changed = jdbc.sql("""
				update application set status = 'SUBMITTED', submitted_at = ?, updated_at = now(), version = version + 1
				where cluster_id = ? and id = ? and version = ? and status = 'DRAFT'""")
			.params(java.sql.Timestamp.from(now), cluster.id(), id, version)
			.update();
		if (changed == 0) {
			throw new EditConflict("application", id, application.version());
		}
		sendReceipt(application, call, now);
	}

	private void sendReceipt(Application application, FundingCall call, Instant at) {
		Applicant applicant = applicants.get(application.applicantId()).orElseThrow();
		String to = !applicant.email().isBlank() ? applicant.email() : application.content().leadEmail();
		if (to.isBlank()) {
			return;
		}
		Locale locale = LocaleContextHolder.getLocale();
		String when = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")
			.format(at.atZone(FundingClock.OSLO));
		String subject = messages.getMessage("funding.receipt.subject", new Object[] { call.title() }, locale);
		String text = messages.getMessage("funding.receipt.text", new Object[] { application.content().title(),
				call.title(), when, Money.format(application.content().appliedSum()) }, locale);
		mailer.enqueue(new OutgoingMail(cluster.id(), "application-receipt:" + application.id(), to, subject, text,
				List.of()));
	}

	private List<RuleBreach> complete(ApplicationContent content) {
		List<RuleBreach> missing = new ArrayList<>();
		if (content.title().isEmpty()) {
			missing.add(new RuleBreach("title", "funding.application.rule.title"));
		}
		if (content.leadName().isEmpty() || content.leadEmail().isEmpty()) {
			missing.add(new RuleBreach("leadName", "funding.application.rule.lead"));
		}
		if (content.leadOrganisationId() == null) {
			missing.add(new RuleBreach("leadOrganisationId", "funding.application.rule.leadOrganisation"));
		}
		if (content.summary().isEmpty()) {
			missing.add(new RuleBreach("summary", "funding.application.rule.summary"));
		}
		if (content.budget().isEmpty() || content.appliedSum().signum() <= 0) {
			missing.add(new RuleBreach("budget", "funding.application.rule.budget"));
		}
		return missing;
	}

	private void checkOrganisations(ApplicationContent content) {
		Map<UUID, OrganisationType> known = organisations.types(cluster.id());
		for (UUID organisation : content.organisationIds()) {
			if (!known.containsKey(organisation)) {
				throw new RuleViolation("partners", "funding.application.rule.unknownOrganisation");
			}
		}
		for (BudgetLine line : content.budget()) {
			if (line.organisationId() != null && !known.containsKey(line.organisationId())) {
				throw new RuleViolation("budget", "funding.application.rule.unknownOrganisation");
			}
		}
		for (Participant participant : content.participants()) {
			if (participant.organisationId() != null && !known.containsKey(participant.organisationId())) {
				throw new RuleViolation("participants", "funding.application.rule.unknownOrganisation");
			}
		}
	}

	private void requireOpen(FundingCall call) {
		if (call.status() != CallStatus.PUBLISHED) {
			throw new RuleViolation(null, "funding.application.rule.callNotOpen");
		}
		if (call.conditions().isPastDeadline(clock.now())) {
			throw new RuleViolation(null, "funding.application.rule.deadlinePassed");
		}
	}

	public List<AttachmentInfo> attachments(UUID applicationId) {
		get(applicationId);
		return rows.attachments(cluster.id(), applicationId);
	}

	/**
	 * Adds a PDF to a draft: checked by its first bytes ("%PDF-"), not by its name or the
	 * browser's content type, and by size.
	 */
	@Transactional
	public UUID attach(UUID applicationId, String fileName, byte[] content) {
		Application application = own(applicationId);
		if (application.status() != ApplicationStatus.DRAFT) {
			throw new RuleViolation("file", "funding.application.rule.notDraft");
		}
		requireOpen(callOf(application));
		if (content == null || content.length == 0) {
			throw new RuleViolation("file", "funding.attachment.rule.empty");
		}
		if (content.length > MAX_ATTACHMENT_BYTES) {
			throw new RuleViolation("file", "funding.attachment.rule.tooLarge", MAX_ATTACHMENT_BYTES / (1024 * 1024));
		}
		if (!isPdf(content)) {
			throw new RuleViolation("file", "funding.attachment.rule.notPdf");
		}
		return jdbc.sql("""
				insert into application_attachment (cluster_id, application_id, file_name, size_bytes, sha256, content,
				       uploaded_by) values (?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(cluster.id(), applicationId, safeName(fileName), content.length, sha256(content), content,
					user.actor())
			.query(UUID.class)
			.single();
	}

	@Transactional
	public void detach(UUID applicationId, UUID attachmentId) {
		Application application = own(applicationId);
		if (application.status() != ApplicationStatus.DRAFT) {
			throw new RuleViolation("file", "funding.application.rule.notDraft");
		}
		jdbc.sql("delete from application_attachment where cluster_id = ? and application_id = ? and id = ?")
			.params(cluster.id(), applicationId, attachmentId)
			.update();
	}

	/** The bytes and name of an attachment one may read. */
	public Download download(UUID applicationId, UUID attachmentId) {
		get(applicationId);
		AttachmentInfo info = rows.attachments(cluster.id(), applicationId)
			.stream()
			.filter(a -> a.id().equals(attachmentId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("attachment", attachmentId));
		return new Download(info.fileName(), rows.content(cluster.id(), applicationId, attachmentId).orElseThrow());
	}

	public record Download(String fileName, byte[] content) {
	}

	public static boolean isPdf(byte[] content) {
		return content.length >= 5 && content[0] == '%' && content[1] == 'P' && content[2] == 'D' && content[3] == 'F'
				&& content[4] == '-';
	}

	/** A file name without paths or control characters, ending in .pdf. */
	public static String safeName(String fileName) {
		String name = fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "");
		name = name.replaceAll("[\\p{Cntrl}\"<>|:*?]", "_").strip();
		if (name.length() > 150) {
			name = name.substring(0, 150);
		}
		if (name.isEmpty() || name.equals(".pdf")) {
			name = "vedlegg.pdf";
		}
		return name.toLowerCase(Locale.ROOT).endsWith(".pdf") ? name : name + ".pdf";
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
