package klynge.appointment;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import klynge.body.BodyDirectory;
import klynge.body.BodySummary;
import klynge.body.MembershipRole;
import klynge.cluster.Cluster;
import klynge.cluster.ClusterScope;
import klynge.cluster.Clusters;
import klynge.mail.Mailer;
import klynge.mail.OutgoingMail;
import klynge.organisation.OrganisationDirectory;
import klynge.shared.JobLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily warning before a term ends: for each term ending within
 * {@code klynge.appointment.warning.days-before} days (default 120) without a successor,
 * one mail to the secretariat through the outbox, once per term (a warning row per
 * position, holder and end day). The secretariat is the SECRETARIAT membership of the
 * position's body, else of any body of the cluster. Each cluster runs in its
 * ClusterScope.
 */
@Component
class TermWarnings {

	private final Clusters clusters;

	private final Appointments appointments;

	private final AppointmentRepository repository;

	private final BodyDirectory bodies;

	private final OrganisationDirectory registry;

	private final Mailer mailer;

	private final MessageSource messages;

	private final TransactionTemplate transaction;

	private final JobLock jobLock;

	TermWarnings(JobLock jobLock, Clusters clusters, Appointments appointments, AppointmentRepository repository,
			BodyDirectory bodies, OrganisationDirectory registry, Mailer mailer, MessageSource messages,
			TransactionTemplate transaction) {
		this.jobLock = jobLock;
		this.clusters = clusters;
		this.appointments = appointments;
		this.repository = repository;
		this.bodies = bodies;
		this.registry = registry;
		this.mailer = mailer;
		this.messages = messages;
		this.transaction = transaction;
	}

	@Scheduled(cron = "${klynge.appointment.warning.cron:0 40 6 * * *}", zone = "Europe/Oslo")
	void daily() {
		jobLock.runDaily("term-warnings", () -> {
			clusters.each("Term warnings", cluster -> warn(cluster, LocalDate.now(cluster.zone())));
		});
	}

	/**
	 * Warns of the cluster's ending terms not warned of yet; the number of terms warned.
	 */
	int warn(Cluster cluster, LocalDate today) {
		return ClusterScope.call(cluster.id(), () -> {
			int warned = 0;
			for (Appointments.PositionView view : appointments.overview(today)) {
				if (view.ending()) {
					Boolean sent = transaction.execute(status -> warnOne(cluster, view, today));
					warned += Boolean.TRUE.equals(sent) ? 1 : 0;
				}
			}
			return warned;
		});
	}

	private boolean warnOne(Cluster cluster, Appointments.PositionView view, LocalDate today) {
		HeldTerm term = view.current();
		if (!repository.warn(cluster.id(), view.position().id(), term.personId(), term.validTo(), today)) {
			return false;
		}
		Locale locale = cluster.locale();
		Object[] args = { cluster.name(), view.position().name(), term.personName(),
				DateTimeFormatter.ofPattern("d. MMMM yyyy", locale).format(term.validTo()) };
		String subject = messages.getMessage("appointment.mail.warning.subject", args, locale);
		String text = messages.getMessage("appointment.mail.warning.text", args, locale);
		for (String to : secretariat(cluster.id(), view.position().bodyId(), today)) {
			mailer.enqueue(new OutgoingMail(cluster.id(), "appointment-warning:" + view.position().id() + ":"
					+ term.personId() + ":" + term.validTo() + ":" + to, to, subject, text, List.of()));
		}
		return true;
	}

	private Set<String> secretariat(UUID clusterId, UUID bodyId, LocalDate today) {
		Set<String> addresses = new LinkedHashSet<>();
		if (bodyId != null) {
			addresses.addAll(secretariatOf(clusterId, bodyId, today));
		}
		if (addresses.isEmpty()) {
			for (BodySummary body : bodies.bodies(clusterId)) {
				addresses.addAll(secretariatOf(clusterId, body.id(), today));
			}
		}
		return addresses;
	}

	private List<String> secretariatOf(UUID clusterId, UUID bodyId, LocalDate today) {
		return bodies.membersOn(clusterId, bodyId, today)
			.stream()
			.filter(member -> member.role() == MembershipRole.SECRETARIAT)
			.map(member -> registry.emailOf(clusterId, member.personId()))
			.flatMap(java.util.Optional::stream)
			.toList();
	}

}
