package klynge.funding.review;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import klynge.body.BodyDirectory;
import klynge.cluster.CurrentCluster;
import klynge.funding.CallStatus;
import klynge.funding.Money;
import klynge.funding.review.ReviewRepository.CallRow;
import klynge.mail.Mailer;
import klynge.mail.OutgoingMail;
import klynge.shared.RuleViolation;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The letters of a decided call: an award letter to each awarded application and a
 * rejection letter to every other submitted one, to the applicant's address and the
 * project lead's (when another), in the applicant's language. Sent once per call: the
 * first sending is recorded, a second says when and sends nothing. A letter holds only
 * its own application's title and amount, the vedtak and the call's conditions: nothing
 * of other applicants, no score, no reviewer's comment.
 */
@Service
public class AwardLetters {

	/** When the letters went out, and how many of each. */
	public record Sent(Instant at, String by, int awards, int rejections) {
	}

	/** What a sending did: {@code first} false when they had been sent before. */
	public record Outcome(boolean first, Sent sent) {
	}

	/** One letter to write. */
	record Recipient(UUID applicationId, UUID awardId, String title, String applicantName, String applicantEmail,
			String leadEmail, String language, BigDecimal amount) {

		boolean awarded() {
			return amount != null;
		}

		Set<String> addresses() {
			Set<String> to = new LinkedHashSet<>();
			for (String email : new String[] { applicantEmail, leadEmail }) {
				if (email != null && !email.isBlank()
						&& to.stream().noneMatch(e -> e.equalsIgnoreCase(email.strip()))) {
					to.add(email.strip());
				}
			}
			return to;
		}

	}

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private final Reviews reviews;

	private final CurrentCluster cluster;

	private final JdbcClient jdbc;

	private final Mailer mailer;

	private final MessageSource messages;

	private final BodyDirectory bodies;

	private final String baseUrl;

	private final ObjectProvider<ProjectDueDates> dueDates;

	AwardLetters(Reviews reviews, CurrentCluster cluster, JdbcClient jdbc, Mailer mailer, MessageSource messages,
			BodyDirectory bodies, @Value("${klynge.base-url}") String baseUrl,
			ObjectProvider<ProjectDueDates> dueDates) {
		this.dueDates = dueDates;
		this.reviews = reviews;
		this.cluster = cluster;
		this.jdbc = jdbc;
		this.mailer = mailer;
		this.messages = messages;
		this.bodies = bodies;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/** When the call's letters were sent, if they were. */
	@Transactional(readOnly = true)
	public Optional<Sent> sent(UUID callId) {
		reviews.committeeCall(callId);
		return sentRow(callId);
	}

	private Optional<Sent> sentRow(UUID callId) {
		return jdbc.sql("""
				select sent_at, sent_by, awards, rejections from funding_award_letters
				where cluster_id = ? and call_id = ?""")
			.params(cluster.id(), callId)
			.query((rs, n) -> new Sent(rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getString(2), rs.getInt(3),
					rs.getInt(4)))
			.optional();
	}

	/** How many letters of each kind a sending would write now (for the confirm step). */
	@Transactional(readOnly = true)
	public int[] counts(UUID callId) {
		reviews.committeeCall(callId);
		List<Recipient> recipients = recipients(callId);
		int awards = (int) recipients.stream().filter(Recipient::awarded).count();
		return new int[] { awards, recipients.size() - awards };
	}

	/**
	 * Sends the letters of a decided call, once: the record of the sending is written in
	 * the same transaction as the queued mail, so two clicks never send twice.
	 */
	@Transactional
	public Outcome send(UUID callId) {
		CallRow call = reviews.committeeCall(callId);
		if (!reviews.user().isStaff()) {
			throw new AccessDeniedException("the secretariat sends the letters");
		}
		if (call.status() != CallStatus.DECIDED) {
			throw new RuleViolation("letters", "award.letters.notDecided");
		}
		List<Recipient> recipients = recipients(callId);
		int awards = (int) recipients.stream().filter(Recipient::awarded).count();
		if (awards == 0) {
			throw new RuleViolation("letters", "award.letters.noAwards");
		}
		UUID clusterId = cluster.id();
		boolean first = jdbc.sql("""
				insert into funding_award_letters (cluster_id, call_id, sent_by, awards, rejections)
				values (?, ?, ?, ?, ?) on conflict (cluster_id, call_id) do nothing""")
			.params(clusterId, callId, reviews.user().username(), awards, recipients.size() - awards)
			.update() == 1;
		if (first) {
			String vedtakItem = vedtakOf(call);
			for (Recipient recipient : recipients) {
				write(call, recipient, vedtakItem);
			}
		}
		return new Outcome(first, sentRow(callId).orElseThrow());
	}

	private void write(CallRow call, Recipient recipient, String item) {
		Locale locale = Locale.forLanguageTag(recipient.language());
		String vedtak = item == null ? messages.getMessage("award.letter.vedtak.none", null, locale)
				: messages.getMessage("award.letter.vedtak", new Object[] { item }, locale);
		String link = baseUrl + "/calls/" + call.id();
		String conditions = conditionsOf(call.id());
		if (conditions.isEmpty()) {
			conditions = messages.getMessage("award.letter.conditions.default", new Object[] { link }, locale);
		}
		String reports = reportsOf(recipient, locale);
		if (reports != null) {
			conditions = reports + "\n\n" + conditions;
		}
		String clusterName = cluster.get().name();
		String kind = recipient.awarded() ? "award" : "rejection";
		Object[] args = { recipient.title(), call.title(), call.fundName(), Money.format(recipient.amount()), vedtak,
				conditions, clusterName, recipient.applicantName(), link };
		String subject = messages.getMessage("award.letter." + kind + ".subject", args, locale);
		String text = messages.getMessage("award.letter." + kind + ".text", args, locale);
		for (String to : recipient.addresses()) {
			mailer.enqueue(new OutgoingMail(cluster.id(),
					"award-letter:" + recipient.applicationId() + ":" + to.toLowerCase(Locale.ROOT), to, subject, text,
					List.of()));
		}
	}

	/** Every submitted application of the call, with its award if it has one. */
	List<Recipient> recipients(UUID callId) {
		return jdbc.sql("""
				select a.id, fa.id, a.title, ap.name, ap.email, a.lead_email,
				       coalesce(acc.preferred_language, cl.default_language, 'nb'), fa.amount
				from application a
				join applicant ap on ap.cluster_id = a.cluster_id and ap.id = a.applicant_id
				join cluster cl on cl.id = a.cluster_id
				left join account_v acc on acc.cluster_id = ap.cluster_id and acc.account_id = ap.account_id
				left join funding_award fa on fa.cluster_id = a.cluster_id and fa.application_id = a.id
				where a.cluster_id = ? and a.call_id = ? and a.status = 'SUBMITTED'
				order by a.title""")
			.params(cluster.id(), callId)
			.query((rs, n) -> new Recipient(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getBigDecimal(8)))
			.list();
	}

	/**
	 * The vedtak as "sak 23-21, Partnermøtet 03.06.2023": the agenda item that carried
	 * the proposal (its title is left out: it may be exempt), or null.
	 */
	private String vedtakOf(CallRow call) {
		record Item(UUID bodyId, LocalDate date, Integer seq, Integer year) {
		}
		return jdbc.sql("""
				select i.body_id, i.meeting_date, i.case_seq, i.case_year from funding_award fa
				join meeting_item_v i on i.cluster_id = fa.cluster_id and i.item_id = fa.item_id
				where fa.cluster_id = ? and fa.call_id = ? limit 1""")
			.params(cluster.id(), call.id())
			.query((rs, n) -> new Item(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class),
					(Integer) rs.getObject(3), (Integer) rs.getObject(4)))
			.optional()
			.map(item -> {
				String body = bodies.nameOn(cluster.id(), item.bodyId(), item.date());
				String meeting = (body == null ? "" : body + " ") + DATE.format(item.date());
				return item.seq() == null || item.year() == null ? meeting
						: "sak %02d-%02d, %s".formatted(item.seq(), item.year() % 100, meeting);
			})
			.orElse(null);
	}

	/** The project's report due dates and where to hand the reports in, or null. */
	private String reportsOf(Recipient recipient, Locale locale) {
		ProjectDueDates projects = dueDates.getIfAvailable();
		if (recipient.awardId() == null || projects == null) {
			return null;
		}
		return projects.of(recipient.awardId())
			.map(due -> messages.getMessage("award.letter.reports",
					new Object[] { DATE.format(due.progress()), DATE.format(due.finalReport()),
							baseUrl + "/prosjekter/" + recipient.awardId() },
					locale))
			.orElse(null);
	}

	/** The call's own text on conditions and reporting (its sections headed so). */
	private String conditionsOf(UUID callId) {
		return String.join("\n\n",
				jdbc.sql("""
						select body from call_section where cluster_id = ? and call_id = ?
						and (heading ilike '%vilkår%' or heading ilike '%rapport%') order by position""")
					.params(cluster.id(), callId)
					.query(String.class)
					.list());
	}

}
