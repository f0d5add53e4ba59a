package klynge.anchoring;

import klynge.shared.SecretTokens;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import klynge.anchoring.AnchoringRepository.CaseRow;
import klynge.anchoring.AnchoringRepository.RequestRow;
import klynge.cluster.Cluster;
import klynge.cluster.Clusters;
import klynge.cluster.CurrentCluster;
import klynge.organisation.OrganisationDirectory;
import klynge.organisation.OrganisationRef;
import klynge.organisation.PersonRef;
import klynge.security.CurrentUser;
import klynge.security.LoggedIn;
import klynge.shared.NotFoundException;
import klynge.shared.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Anchoring of subjects other modules name: {@link #open} sends the requests,
 * {@link #forSubject} tells where it stands. Answers come from the representative logged
 * in; the secretariat reminds, chooses another representative or withdraws a request.
 * Everything is in the current cluster.
 */
@Service
public class Anchorings {

	private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9-]{0,39}");

	/** A path inside the application: never another site or a script. */
	private static final Pattern PATH = Pattern.compile("/([^/\\\\][^\\s\"'<>]*)?");

	static final int TEXT_MAX = 4000;

	private final AnchoringRepository repository;

	private final Representatives representatives;

	private final AnchoringMails mails;

	private final OrganisationDirectory registry;

	private final CurrentCluster cluster;

	private final Clusters clusters;

	private final CurrentUser user;

	private final ApplicationEventPublisher events;

	Anchorings(AnchoringRepository repository, Representatives representatives, AnchoringMails mails,
			OrganisationDirectory registry, CurrentCluster cluster, Clusters clusters, CurrentUser user,
			ApplicationEventPublisher events) {
		this.repository = repository;
		this.representatives = representatives;
		this.mails = mails;
		this.registry = registry;
		this.cluster = cluster;
		this.clusters = clusters;
		this.user = user;
		this.events = events;
	}

	/**
	 * Opens the anchoring of a subject: one request per partner, each mailed to the
	 * partner's representative with a personal link. A partner without a representative
	 * (or without an address) gets a request that is shown as such and mailed once the
	 * secretariat chooses someone.
	 * @throws RuleViolation when the subject has an anchoring already, or the input is
	 * not usable
	 */
	@Transactional
	public AnchoringCase open(AnchoringSubject subject, List<UUID> organisationIds, LocalDate answerBy) {
		check(subject, organisationIds, answerBy);
		UUID clusterId = cluster.id();
		Set<UUID> partners = new LinkedHashSet<>(organisationIds);
		for (UUID organisationId : partners) {
			registry.organisation(clusterId, organisationId)
				.orElseThrow(() -> new NotFoundException("organisation", organisationId));
		}
		UUID caseId = repository.insertCase(clusterId, subject, answerBy, user.actor())
			.orElseThrow(() -> new RuleViolation(null, "anchoring.alreadyOpen", subject.title()));
		Cluster owner = clusters.get(clusterId);
		LocalDate today = LocalDate.now(owner.zone());
		for (UUID organisationId : partners) {
			UUID person = representatives.of(clusterId, organisationId, today).orElse(null);
			UUID requestId = repository.insertRequest(clusterId, caseId, organisationId, person);
			if (person != null) {
				send(owner, requestId, false);
			}
		}
		return get(caseId);
	}

	/** The anchoring of a subject, with each partner's request and {@code anchored()}. */
	public Optional<AnchoringCase> forSubject(String kind, UUID subjectId) {
		UUID clusterId = cluster.id();
		return repository.caseOf(clusterId, kind, subjectId).map(row -> assemble(clusterId, List.of(row)).getFirst());
	}

	/** Every anchoring of the cluster, newest first. */
	List<AnchoringCase> cases() {
		UUID clusterId = cluster.id();
		return assemble(clusterId, repository.cases(clusterId));
	}

	AnchoringCase get(UUID caseId) {
		UUID clusterId = cluster.id();
		CaseRow row = repository.findCase(clusterId, caseId)
			.orElseThrow(() -> new NotFoundException("anchoring", caseId));
		return assemble(clusterId, List.of(row)).getFirst();
	}

	/** A request with its case, for its representative only (403 for anyone else). */
	Mine request(UUID requestId) {
		RequestRow row = requestRow(requestId);
		requireRepresentative(row);
		return mine(row);
	}

	/**
	 * Where a personal link leads: its request, for its representative logged in. Unknown
	 * (or another cluster's) links are 404, someone else 403, used or withdrawn ones 410.
	 */
	UUID follow(String token) {
		UUID clusterId = cluster.id();
		var link = repository.link(clusterId, SecretTokens.hash(token))
			.orElseThrow(() -> new NotFoundException("anchoring-link", "?"));
		RequestRow row = requestRow(link.requestId());
		requireRepresentative(row);
		if (row.withdrawnAt() != null) {
			throw new LinkGone(LinkGone.Reason.WITHDRAWN);
		}
		if (row.answer() != null) {
			throw new LinkGone(LinkGone.Reason.ANSWERED);
		}
		if (link.endedAt() != null) {
			throw new LinkGone(LinkGone.Reason.REPLACED);
		}
		return row.id();
	}

	/** The open and answered requests of the person logged in. */
	List<Mine> mine() {
		UUID clusterId = cluster.id();
		UUID person = user.get().flatMap(LoggedIn::person).orElse(null);
		if (person == null) {
			return List.of();
		}
		return repository.requestsOfPerson(clusterId, person).stream().map(this::mine).toList();
	}

	/** A request and the case it belongs to. */
	record Mine(AnchoringCase anchoring, PartnerRequest request) {
	}

	/**
	 * The representative's answer. A decline needs a comment. A second answer is refused
	 * with {@link AlreadyAnswered}; answers to one case are taken one at a time, so the
	 * last confirmation marks the subject anchored and publishes {@link SubjectAnchored}
	 * exactly once.
	 */
	@Transactional
	PartnerRequest answer(UUID requestId, AnchoringAnswer answer, String comment) {
		UUID clusterId = cluster.id();
		RequestRow row = requestRow(requestId);
		requireRepresentative(row);
		String text = text(comment);
		if (answer == AnchoringAnswer.DECLINED && text == null) {
			throw new RuleViolation("comment", "anchoring.answer.commentRequired");
		}
		CaseRow locked = repository.lockCase(clusterId, row.caseId()).orElseThrow();
		if (!repository.answer(clusterId, requestId, answer, text, user.actor())) {
			refuseClosed(requestId);
		}
		AnchoringCase anchoring = assemble(clusterId, List.of(locked)).getFirst();
		if (anchoring.anchored() && repository.markAnchored(clusterId, locked.id())) {
			events.publishEvent(new SubjectAnchored(clusterId, locked.subjectKind(), locked.subjectId()));
		}
		return find(anchoring, requestId);
	}

	/** A comment without an answer yet; the request stays open. */
	@Transactional
	PartnerRequest comment(UUID requestId, String comment) {
		UUID clusterId = cluster.id();
		RequestRow row = requestRow(requestId);
		requireRepresentative(row);
		String text = text(comment);
		if (text == null) {
			throw new RuleViolation("comment", "anchoring.comment.required");
		}
		repository.lockCase(clusterId, row.caseId());
		if (requestRow(requestId).answer() != null || requestRow(requestId).withdrawnAt() != null) {
			refuseClosed(requestId);
		}
		repository.addComment(clusterId, requestId, text, user.actor());
		return mine(requestRow(requestId)).request();
	}

	/**
	 * The open requests a reminder would go to now (a representative with an address, not
	 * reminded today).
	 */
	List<PartnerRequest> remindable(UUID caseId) {
		return remindable(caseId, LocalDate.now(clusters.get(cluster.id()).zone()));
	}

	private List<PartnerRequest> remindable(UUID caseId, LocalDate today) {
		UUID clusterId = cluster.id();
		AnchoringCase anchoring = get(caseId);
		return anchoring.requests()
			.stream()
			.filter(PartnerRequest::open)
			.filter(PartnerRequest::hasRepresentative)
			.filter(request -> !request.reminders().contains(today))
			.filter(request -> registry.emailOf(clusterId, request.representativePersonId()).isPresent())
			.toList();
	}

	/**
	 * The secretariat's button: a reminder to each representative who has not answered.
	 */
	@Transactional
	List<PartnerRequest> remind(UUID caseId) {
		UUID clusterId = cluster.id();
		repository.lockCase(clusterId, caseId).orElseThrow(() -> new NotFoundException("anchoring", caseId));
		LocalDate today = LocalDate.now(clusters.get(clusterId).zone());
		return remindAll(clusterId, remindable(caseId, today), today);
	}

	/**
	 * The daily job's part for one cluster (inside its ClusterScope): an open request is
	 * reminded from {@code daysBefore} days before the answer-by date on, at most every
	 * {@code interval} days, and never twice on a day.
	 */
	@Transactional
	int remindDue(LocalDate today, int daysBefore, int interval) {
		UUID clusterId = cluster.id();
		String zone = clusters.get(clusterId).timeZone();
		List<PartnerRequest> due = new ArrayList<>();
		for (CaseRow row : repository.openCases(clusterId)) {
			if (today.isBefore(row.answerBy().minusDays(daysBefore))) {
				continue;
			}
			repository.lockCase(clusterId, row.id());
			Predicate<PartnerRequest> waitedLongEnough = request -> repository
				.lastMailedOn(clusterId, request.id(), zone)
				.map(last -> !last.isAfter(today.minusDays(interval)))
				.orElse(true);
			remindable(row.id(), today).stream().filter(waitedLongEnough).forEach(due::add);
		}
		return remindAll(clusterId, due, today).size();
	}

	private List<PartnerRequest> remindAll(UUID clusterId, List<PartnerRequest> requests, LocalDate today) {
		Cluster owner = clusters.get(clusterId);
		List<PartnerRequest> reminded = new ArrayList<>();
		for (PartnerRequest request : requests) {
			if (repository.insertReminder(clusterId, request.id(), today, user.actor())) {
				send(owner, request.id(), true);
				reminded.add(request);
			}
		}
		return reminded;
	}

	/**
	 * The secretariat chooses who answers for a partner: the old links end, and the new
	 * representative gets the request.
	 */
	@Transactional
	void chooseRepresentative(UUID requestId, UUID personId) {
		UUID clusterId = cluster.id();
		RequestRow row = requestRow(requestId);
		registry.person(clusterId, personId).orElseThrow(() -> new NotFoundException("person", personId));
		repository.lockCase(clusterId, row.caseId());
		if (requestRow(requestId).answer() != null || row.withdrawnAt() != null) {
			throw new RuleViolation("personId", "anchoring.representative.closed");
		}
		repository.endLinks(clusterId, requestId);
		repository.setRepresentative(clusterId, requestId, personId);
		send(clusters.get(clusterId), requestId, false);
	}

	/**
	 * The partner no longer takes part (e.g. does not pay this year): its links stop
	 * working and it no longer counts. The last missing confirmation may so anchor the
	 * subject.
	 */
	@Transactional
	void withdraw(UUID requestId) {
		UUID clusterId = cluster.id();
		RequestRow row = requestRow(requestId);
		CaseRow locked = repository.lockCase(clusterId, row.caseId()).orElseThrow();
		if (requestRow(requestId).answer() != null) {
			throw new RuleViolation(null, "anchoring.withdraw.answered");
		}
		repository.withdraw(clusterId, requestId);
		repository.endLinks(clusterId, requestId);
		AnchoringCase anchoring = assemble(clusterId, List.of(locked)).getFirst();
		if (anchoring.anchored() && repository.markAnchored(clusterId, locked.id())) {
			events.publishEvent(new SubjectAnchored(clusterId, locked.subjectKind(), locked.subjectId()));
		}
	}

	/** The case a request belongs to (404 when it is not the cluster's). */
	UUID caseOfRequest(UUID requestId) {
		return requestRow(requestId).caseId();
	}

	/** The people the secretariat may choose from. */
	List<PersonRef> people() {
		return registry.people(cluster.id());
	}

	/**
	 * Mails the request (or a reminder) with a fresh personal link, if there is an
	 * address.
	 */
	private void send(Cluster owner, UUID requestId, boolean reminder) {
		UUID clusterId = owner.id();
		RequestRow row = repository.request(clusterId, requestId).orElseThrow();
		Optional<String> email = registry.emailOf(clusterId, row.representativePersonId());
		if (email.isEmpty()) {
			return;
		}
		CaseRow anchoring = repository.findCase(clusterId, row.caseId()).orElseThrow();
		String token = SecretTokens.newToken();
		repository.insertLink(clusterId, requestId, SecretTokens.hash(token));
		String person = registry.person(clusterId, row.representativePersonId()).map(PersonRef::name).orElse("");
		String organisation = registry.organisation(clusterId, row.organisationId())
			.map(OrganisationRef::name)
			.orElse("");
		var letter = new AnchoringMails.Letter(owner, email.get(), person, organisation, anchoring.title(),
				anchoring.answerBy().format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")), token);
		if (reminder) {
			mails.reminder(letter);
		}
		else {
			mails.request(letter);
			repository.markSent(clusterId, requestId);
		}
	}

	private void refuseClosed(UUID requestId) {
		RequestRow current = requestRow(requestId);
		if (current.withdrawnAt() != null && current.answer() == null) {
			throw new LinkGone(LinkGone.Reason.WITHDRAWN);
		}
		throw new AlreadyAnswered(mine(current).request());
	}

	private RequestRow requestRow(UUID requestId) {
		return repository.request(cluster.id(), requestId)
			.orElseThrow(() -> new NotFoundException("anchoring-request", requestId));
	}

	/** Only the partner's representative answers, whatever their roles. */
	private void requireRepresentative(RequestRow row) {
		UUID person = user.get().flatMap(LoggedIn::person).orElse(null);
		if (person == null || !person.equals(row.representativePersonId())) {
			throw new AccessDeniedException("not the representative of this partner");
		}
	}

	private Mine mine(RequestRow row) {
		UUID clusterId = cluster.id();
		CaseRow caseRow = repository.findCase(clusterId, row.caseId()).orElseThrow();
		AnchoringCase anchoring = assemble(clusterId, List.of(caseRow)).getFirst();
		return new Mine(anchoring, find(anchoring, row.id()));
	}

	private static PartnerRequest find(AnchoringCase anchoring, UUID requestId) {
		return anchoring.requests().stream().filter(r -> r.id().equals(requestId)).findFirst().orElseThrow();
	}

	private List<AnchoringCase> assemble(UUID clusterId, List<CaseRow> rows) {
		List<UUID> caseIds = rows.stream().map(CaseRow::id).toList();
		List<RequestRow> requests = repository.requests(clusterId, caseIds);
		List<UUID> requestIds = requests.stream().map(RequestRow::id).toList();
		Map<UUID, List<LocalDate>> reminders = new HashMap<>();
		repository.reminders(clusterId, requestIds)
			.forEach(r -> reminders.computeIfAbsent(r.requestId(), id -> new ArrayList<>()).add(r.sentOn()));
		Map<UUID, List<PartnerRequest.Comment>> comments = new HashMap<>();
		repository.comments(clusterId, requestIds)
			.forEach(c -> comments.computeIfAbsent(c.requestId(), id -> new ArrayList<>())
				.add(new PartnerRequest.Comment(c.text(), c.writtenAt())));
		Map<UUID, String> organisations = registry.organisations(clusterId)
			.stream()
			.collect(Collectors.toMap(OrganisationRef::id, OrganisationRef::name));
		Map<UUID, PersonRef> people = registry.people(clusterId,
				requests.stream().map(RequestRow::representativePersonId).filter(Objects::nonNull).toList());
		Map<UUID, List<PartnerRequest>> byCase = new HashMap<>();
		for (RequestRow r : requests) {
			PersonRef person = r.representativePersonId() == null ? null : people.get(r.representativePersonId());
			byCase.computeIfAbsent(r.caseId(), id -> new ArrayList<>())
				.add(new PartnerRequest(r.id(), r.caseId(), r.organisationId(),
						organisations.getOrDefault(r.organisationId(), ""), r.representativePersonId(),
						person == null ? null : person.name(), r.representativeChosen(), r.sentAt(),
						reminders.getOrDefault(r.id(), List.of()), r.answer(), r.answerComment(), r.answeredAt(),
						r.withdrawnAt(), comments.getOrDefault(r.id(), List.of())));
		}
		byCase.values()
			.forEach(list -> list.sort(java.util.Comparator.comparing(PartnerRequest::organisationName,
					java.text.Collator.getInstance(java.util.Locale.forLanguageTag("nb")))));
		return rows.stream()
			.map(row -> new AnchoringCase(row.id(), row.subject(), row.answerBy(), row.openedAt(), row.anchoredAt(),
					byCase.getOrDefault(row.id(), List.of())))
			.toList();
	}

	private static String text(String comment) {
		if (comment == null || comment.isBlank()) {
			return null;
		}
		String text = comment.strip();
		if (text.length() > TEXT_MAX) {
			throw new RuleViolation("comment", "anchoring.comment.tooLong", TEXT_MAX);
		}
		return text;
	}

	private static void check(AnchoringSubject subject, Collection<UUID> organisationIds, LocalDate answerBy) {
		if (subject == null || subject.kind() == null || !KIND.matcher(subject.kind()).matches()) {
			throw new RuleViolation("kind", "anchoring.subject.kind");
		}
		if (subject.id() == null || subject.title() == null || subject.title().isBlank()
				|| subject.title().length() > 300) {
			throw new RuleViolation("title", "anchoring.subject.title");
		}
		if (subject.path() == null || subject.path().length() > 500 || !PATH.matcher(subject.path()).matches()) {
			throw new RuleViolation("path", "anchoring.subject.path");
		}
		if (organisationIds == null || organisationIds.isEmpty()
				|| organisationIds.stream().anyMatch(Objects::isNull)) {
			throw new RuleViolation("organisationIds", "anchoring.partners.required");
		}
		if (answerBy == null) {
			throw new RuleViolation("answerBy", "anchoring.answerBy.required");
		}
	}

}
