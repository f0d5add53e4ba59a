package klynge.funding.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import klynge.cluster.CurrentCluster;
import klynge.funding.review.ReviewRepository.ApplicationRow;
import klynge.funding.review.ReviewRepository.AssignmentRow;
import klynge.funding.review.ReviewRepository.OrganisationRow;
import klynge.funding.review.ReviewRepository.PersonRow;
import klynge.funding.review.ReviewRepository.Reviewer;
import klynge.organisation.OrganisationDirectory;
import klynge.security.CurrentUser;
import klynge.security.LoggedIn;
import klynge.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * THE rule of who may open an application in review, asked by every channel (pages, API,
 * attachments, scores, the ranking, the meeting part): an account with a conflict of
 * interest (declared, or detected now: its person's organisation applies, or it is named
 * in the application, or it is the applicant) is recused, and a detected conflict is
 * recorded the first time it is seen, so every recusal has its who, when and why (and the
 * audit log its row). Only an assigned, unrecused reviewer opens an application; anyone
 * else gets 404, as if it did not exist.
 */
@Service
public class ReviewGate {

	/** An application opened by its assigned reviewer. */
	record Opened(ApplicationRow application, AssignmentRow assignment, LoggedIn user) {
	}

	private final ReviewRepository reviews;

	private final CurrentUser currentUser;

	private final CurrentCluster cluster;

	private final OrganisationDirectory registry;

	ReviewGate(ReviewRepository reviews, CurrentUser currentUser, CurrentCluster cluster,
			OrganisationDirectory registry) {
		this.reviews = reviews;
		this.registry = registry;
		this.currentUser = currentUser;
		this.cluster = cluster;
	}

	LoggedIn user() {
		return currentUser.get().orElseThrow(() -> new AccessDeniedException("not logged in"));
	}

	/**
	 * The current user's application in review, or {@link Recused}, or 404 for anyone not
	 * assigned to it (another applicant, a reviewer of other applications, the other
	 * cluster).
	 */
	@Transactional
	Opened open(UUID applicationId) {
		LoggedIn user = user();
		UUID clusterId = cluster.id();
		ApplicationRow application = reviews.application(clusterId, applicationId)
			.filter(a -> "SUBMITTED".equals(a.status()))
			.orElseThrow(() -> new NotFoundException("application", applicationId));
		AssignmentRow assignment = reviews.assignment(clusterId, applicationId, user.accountId())
			.orElseThrow(() -> new NotFoundException("application", applicationId));
		List<Conflict> conflicts = conflicts(user.accountId(), application);
		if (!conflicts.isEmpty()) {
			throw new Recused(applicationId, conflicts);
		}
		return new Opened(application, assignment, user);
	}

	/**
	 * The account's recusals from the application: recorded, and detected now (then
	 * recorded).
	 */
	@Transactional
	public List<Conflict> conflicts(UUID accountId, UUID applicationId) {
		return reviews.application(cluster.id(), applicationId).map(a -> conflicts(accountId, a)).orElse(List.of());
	}

	List<Conflict> conflicts(UUID accountId, ApplicationRow application) {
		UUID clusterId = cluster.id();
		reviews.reviewer(clusterId, accountId).ifPresent(reviewer -> {
			for (Detected found : detect(reviewer, application)) {
				reviews.record(clusterId, application.id(), accountId, found.kind(), found.reason(), "system");
			}
		});
		return reviews.conflicts(clusterId, application.id(), accountId);
	}

	/**
	 * Of the given applications, those the account is recused from (the ranking and
	 * committee views hide their scores from it).
	 */
	@Transactional
	public Set<UUID> recusedFrom(UUID accountId, Collection<UUID> applicationIds) {
		Set<UUID> recused = new HashSet<>();
		for (UUID id : applicationIds) {
			if (!conflicts(accountId, id).isEmpty()) {
				recused.add(id);
			}
		}
		return recused;
	}

	/**
	 * The same for a person, through every account of theirs (the meeting's viewer is a
	 * person).
	 */
	@Transactional
	public Set<UUID> recusedPersonFrom(UUID personId, Collection<UUID> applicationIds) {
		if (personId == null) {
			return Set.of();
		}
		Set<UUID> recused = new HashSet<>();
		for (UUID account : reviews.accountsOfPerson(cluster.id(), personId)) {
			recused.addAll(recusedFrom(account, applicationIds));
		}
		return recused;
	}

	record Detected(ConflictKind kind, String reason) {
	}

	/** The two rules of detection (and the applicant's own application). */
	List<Detected> detect(Reviewer reviewer, ApplicationRow application) {
		UUID clusterId = cluster.id();
		LocalDate today = LocalDate.now(cluster.get().zone());
		List<Detected> found = new ArrayList<>();
		Map<UUID, String> mine = reviews.organisationsOf(clusterId, reviewer.personId(), today);
		List<String> shared = reviews.organisations(clusterId, application.id())
			.stream()
			.filter(o -> mine.containsKey(o.id()))
			.map(OrganisationRow::name)
			.toList();
		if (!shared.isEmpty()) {
			found.add(new Detected(ConflictKind.ORGANISATION, String.join(", ", shared)));
		}
		Set<String> emails = new HashSet<>();
		String personEmail = reviewer.personId() == null ? null
				: registry.emailOf(clusterId, reviewer.personId()).orElse(null);
		for (String email : new String[] { reviewer.email(), personEmail }) {
			if (email != null && !email.isBlank()) {
				emails.add(email.strip().toLowerCase(Locale.ROOT));
			}
		}
		List<String> named = new ArrayList<>();
		if (emails.contains(lower(application.leadEmail()))) {
			named.add(application.leadName());
		}
		for (PersonRow person : reviews.persons(clusterId, application.id())) {
			boolean same = (reviewer.personId() != null && reviewer.personId().equals(person.personId()))
					|| emails.contains(lower(person.email()));
			if (same && !named.contains(person.name())) {
				named.add(person.name());
			}
		}
		if (reviewer.accountId().equals(application.applicantAccountId()) && named.isEmpty()) {
			named.add(reviewer.name());
		}
		if (!named.isEmpty()) {
			found.add(new Detected(ConflictKind.NAMED_PERSON, String.join(", ", named)));
		}
		return found;
	}

	private static String lower(String email) {
		return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
	}

}
