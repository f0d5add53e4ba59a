package klynge.funding.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import klynge.cluster.CurrentCluster;
import klynge.funding.CallStatus;
import klynge.funding.Criterion;
import klynge.funding.review.ReviewGate.Opened;
import klynge.funding.review.ReviewRepository.ApplicationRow;
import klynge.funding.review.ReviewRepository.AssignmentRow;
import klynge.funding.review.ReviewRepository.AttachmentFile;
import klynge.funding.review.ReviewRepository.AttachmentRow;
import klynge.funding.review.ReviewRepository.BudgetRow;
import klynge.funding.review.ReviewRepository.CallRow;
import klynge.funding.review.ReviewRepository.OrganisationRow;
import klynge.funding.review.ReviewRepository.PersonRow;
import klynge.funding.review.ReviewRepository.Reviewer;
import klynge.security.LoggedIn;
import klynge.security.Roles;
import klynge.shared.EditConflict;
import klynge.shared.NotFoundException;
import klynge.shared.RuleViolation;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review's use cases for pages and API alike: a reviewer's assignments, opening and
 * scoring an application (through {@link ReviewGate}), declaring a conflict, and the
 * committee's view (assignments, recusals, the ranking) for staff and the committee's
 * members; the secretariat and the committee's chair assign reviewers.
 */
@Service
public class Reviews {

	/** A line of "Mine vurderinger". */
	public record MyAssignment(UUID applicationId, String callTitle, String title, boolean recused, boolean submitted) {
	}

	/** An application as its reviewer reads and scores it. */
	public record ReviewSheet(UUID applicationId, String callTitle, String title, String leadName, String leadEmail,
			String summary, List<OrganisationRow> organisations, List<PersonRow> persons, List<BudgetRow> budget,
			BigDecimal applied, List<AttachmentRow> attachments, List<Criterion> criteria,
			Map<UUID, ReviewScore> scores, BigDecimal weighted, boolean submitted, boolean open, int version) {

		public ReviewScore score(UUID criterionId) {
			return scores.getOrDefault(criterionId, new ReviewScore(criterionId, null, ""));
		}

	}

	/** One assignment as the committee sees it. */
	public record AssignmentLine(UUID applicationId, UUID accountId, String reviewer, boolean submitted,
			boolean recused) {
	}

	/** What the committee page shows of a call. */
	public record CommitteeView(CallRow call, BigDecimal frame, List<ApplicationRow> applications,
			List<AssignmentLine> assignments, List<Conflict> conflicts, List<Ranking.Row> ranking,
			Set<UUID> hiddenFromViewer, List<Reviewer> candidates, boolean mayAssign,
			Optional<ProposalRepository.Proposal> proposal) {

		public String titleOf(UUID applicationId) {
			return applications.stream()
				.filter(a -> a.id().equals(applicationId))
				.map(ApplicationRow::title)
				.findFirst()
				.orElse("");
		}

		public List<AssignmentLine> assignmentsOf(UUID applicationId) {
			return assignments.stream().filter(a -> a.applicationId().equals(applicationId)).toList();
		}

	}

	private final ReviewRepository reviews;

	private final ReviewGate gate;

	private final CurrentCluster cluster;

	private final ProposalRepository proposals;

	Reviews(ReviewRepository reviews, ReviewGate gate, CurrentCluster cluster, ProposalRepository proposals) {
		this.reviews = reviews;
		this.gate = gate;
		this.cluster = cluster;
		this.proposals = proposals;
	}

	@Transactional
	public List<MyAssignment> mine() {
		LoggedIn user = gate.user();
		UUID clusterId = cluster.id();
		List<MyAssignment> list = new ArrayList<>();
		for (AssignmentRow row : reviews.assignmentsOf(clusterId, user.accountId())) {
			ApplicationRow application = reviews.application(clusterId, row.applicationId()).orElseThrow();
			String callTitle = reviews.call(clusterId, row.callId()).map(CallRow::title).orElse("");
			boolean recused = !gate.conflicts(user.accountId(), application).isEmpty();
			list.add(new MyAssignment(row.applicationId(), callTitle, application.title(), recused, row.submitted()));
		}
		return list;
	}

	@Transactional
	public ReviewSheet sheet(UUID applicationId) {
		Opened opened = gate.open(applicationId);
		UUID clusterId = cluster.id();
		ApplicationRow application = opened.application();
		CallRow call = reviews.call(clusterId, application.callId()).orElseThrow();
		List<Criterion> criteria = reviews.criteria(clusterId, call.id());
		Map<UUID, ReviewScore> scores = reviews.scores(clusterId, opened.assignment().id())
			.stream()
			.collect(Collectors.toMap(ReviewScore::criterionId, s -> s));
		return new ReviewSheet(applicationId, call.title(), application.title(), application.leadName(),
				application.leadEmail(), application.summary(), reviews.organisations(clusterId, applicationId),
				reviews.persons(clusterId, applicationId), reviews.budget(clusterId, applicationId),
				reviews.applied(clusterId, applicationId), reviews.attachments(clusterId, applicationId), criteria,
				scores, WeightedScore.ofReview(criteria, scoreMap(scores.values())), opened.assignment().submitted(),
				call.status() == CallStatus.CLOSED && !opened.assignment().submitted(), opened.assignment().version());
	}

	/** 403 ({@link Recused}) or 404 unless the current user reviews the application. */
	@Transactional
	public void requireReviewer(UUID applicationId) {
		gate.open(applicationId);
	}

	@Transactional
	public AttachmentFile attachment(UUID applicationId, UUID attachmentId) {
		gate.open(applicationId);
		return reviews.attachment(cluster.id(), applicationId, attachmentId)
			.orElseThrow(() -> new NotFoundException("attachment", attachmentId));
	}

	/**
	 * Saves the reviewer's scores and comments (a draft until submitted); {@code version}
	 * is the assignment's.
	 */
	@Transactional
	public int save(UUID applicationId, List<ReviewScore> scores, int version) {
		Opened opened = editable(applicationId);
		UUID clusterId = cluster.id();
		Set<UUID> criteria = reviews.criteria(clusterId, opened.application().callId())
			.stream()
			.map(Criterion::id)
			.collect(Collectors.toSet());
		for (ReviewScore score : scores) {
			if (!criteria.contains(score.criterionId())) {
				throw new RuleViolation("scores", "review.score.criterion");
			}
			if (score.score() != null && (score.score() < ReviewScore.MIN || score.score() > ReviewScore.MAX)) {
				throw new RuleViolation("scores", "review.score.range", ReviewScore.MIN, ReviewScore.MAX);
			}
			if (score.comment().length() > 4000) {
				throw new RuleViolation("scores", "review.comment.tooLong", 4000);
			}
		}
		if (!reviews.touch(clusterId, opened.assignment().id(), version)) {
			throw new EditConflict("review", applicationId, current(applicationId, opened).version());
		}
		scores.forEach(score -> reviews.saveScore(clusterId, opened.assignment().id(), score));
		return version + 1;
	}

	/** Locks the scores; every weighted criterion must have one. */
	@Transactional
	public void submit(UUID applicationId, int version) {
		Opened opened = editable(applicationId);
		UUID clusterId = cluster.id();
		List<Criterion> criteria = reviews.criteria(clusterId, opened.application().callId());
		Map<UUID, Integer> scores = scoreMap(reviews.scores(clusterId, opened.assignment().id()));
		if (WeightedScore.ofReview(criteria, scores) == null) {
			throw new RuleViolation("scores", "review.submit.incomplete");
		}
		if (!reviews.submit(clusterId, opened.assignment().id(), version)) {
			throw new EditConflict("review", applicationId, current(applicationId, opened).version());
		}
	}

	private AssignmentRow current(UUID applicationId, Opened opened) {
		return reviews.assignment(cluster.id(), applicationId, opened.user().accountId()).orElseThrow();
	}

	private Opened editable(UUID applicationId) {
		Opened opened = gate.open(applicationId);
		CallRow call = reviews.call(cluster.id(), opened.application().callId()).orElseThrow();
		if (opened.assignment().submitted() || call.status() != CallStatus.CLOSED) {
			throw new RuleViolation("scores", "review.locked");
		}
		return opened;
	}

	/**
	 * The reviewer declares a conflict of interest with a reason; from then on the
	 * application is closed to them, and their scores count no more.
	 */
	@Transactional
	public void declare(UUID applicationId, String reason) {
		LoggedIn user = gate.user();
		UUID clusterId = cluster.id();
		reviews.assignment(clusterId, applicationId, user.accountId())
			.orElseThrow(() -> new NotFoundException("application", applicationId));
		String text = reason == null ? "" : reason.strip();
		if (text.isEmpty()) {
			throw new RuleViolation("reason", "review.conflict.reason.required");
		}
		if (text.length() > 1000) {
			throw new RuleViolation("reason", "review.conflict.reason.tooLong", 1000);
		}
		reviews.record(clusterId, applicationId, user.accountId(), ConflictKind.DECLARED, text, user.username());
	}

	// --- the committee

	CallRow committeeCall(UUID callId) {
		LoggedIn user = gate.user();
		UUID clusterId = cluster.id();
		CallRow call = reviews.call(clusterId, callId)
			.filter(c -> c.status() == CallStatus.CLOSED || c.status() == CallStatus.DECIDED)
			.orElseThrow(() -> new NotFoundException("call", callId));
		if (!user.isStaff() && !reviews.sitsIn(clusterId, call.committeeBodyId(), user.personId(), today())) {
			throw new AccessDeniedException("not on the review committee");
		}
		return call;
	}

	boolean mayAssign(CallRow call) {
		LoggedIn user = gate.user();
		return user.isStaff() || reviews.chairs(cluster.id(), call.committeeBodyId(), user.personId(), today());
	}

	CallRow requireAssigner(UUID callId) {
		CallRow call = committeeCall(callId);
		if (!mayAssign(call)) {
			throw new AccessDeniedException("only the secretariat and the committee's chair");
		}
		return call;
	}

	/** The calls in review the current user may see on the committee's side. */
	@Transactional(readOnly = true)
	public List<CallRow> committeeCalls() {
		LoggedIn user = gate.user();
		UUID clusterId = cluster.id();
		return reviews.reviewableCalls(clusterId)
			.stream()
			.filter(c -> user.isStaff() || reviews.sitsIn(clusterId, c.committeeBodyId(), user.personId(), today()))
			.toList();
	}

	@Transactional
	public CommitteeView committee(UUID callId) {
		CallRow call = committeeCall(callId);
		UUID clusterId = cluster.id();
		List<ApplicationRow> applications = reviews.submitted(clusterId, callId);
		List<Conflict> conflicts = new ArrayList<>();
		List<AssignmentLine> lines = new ArrayList<>();
		for (AssignmentRow row : reviews.assignmentsOfCall(clusterId, callId)) {
			boolean recused = !gate.conflicts(row.accountId(), row.applicationId()).isEmpty();
			lines.add(
					new AssignmentLine(row.applicationId(), row.accountId(), row.reviewer(), row.submitted(), recused));
		}
		conflicts.addAll(reviews.conflictsOfCall(clusterId, callId));
		Set<UUID> hidden = hiddenFromViewer(call, applications.stream().map(ApplicationRow::id).toList());
		return new CommitteeView(call, call.fundAmount(), applications, lines, conflicts, ranking(call, applications),
				hidden, reviews.candidates(clusterId, call.committeeBodyId(), today()), mayAssign(call),
				proposals.ofCall(clusterId, callId));
	}

	/**
	 * The ranking of the call as the current user may read it (no scores where recused).
	 */
	@Transactional
	public RankingView rankingOf(UUID callId) {
		CallRow call = committeeCall(callId);
		List<ApplicationRow> applications = reviews.submitted(cluster.id(), callId);
		return new RankingView(call, ranking(call, applications),
				hiddenFromViewer(call, applications.stream().map(ApplicationRow::id).toList()));
	}

	public record RankingView(CallRow call, List<Ranking.Row> rows, Set<UUID> hidden) {
	}

	/**
	 * What the viewer may not score-read: for a reviewer or committee member, the
	 * applications they are recused from; staff who neither review nor sit on the
	 * committee run the process and see everything (nothing is recorded for them).
	 */
	private Set<UUID> hiddenFromViewer(CallRow call, List<UUID> applicationIds) {
		LoggedIn user = gate.user();
		boolean reviews = user.hasRole(Roles.REVIEWER)
				|| this.reviews.sitsIn(cluster.id(), call.committeeBodyId(), user.personId(), today())
				|| !this.reviews.assignmentsOf(cluster.id(), user.accountId()).isEmpty();
		if (user.isStaff() && !reviews) {
			return Set.of();
		}
		return gate.recusedFrom(user.accountId(), applicationIds);
	}

	/**
	 * The ranking from the submitted reviews of reviewers who are not recused (a conflict
	 * declared after submitting takes the scores out).
	 */
	List<Ranking.Row> ranking(CallRow call, List<ApplicationRow> applications) {
		UUID clusterId = cluster.id();
		List<Criterion> criteria = reviews.criteria(clusterId, call.id());
		Map<UUID, List<BigDecimal>> byApplication = new HashMap<>();
		for (AssignmentRow row : reviews.assignmentsOfCall(clusterId, call.id())) {
			if (!row.submitted() || !gate.conflicts(row.accountId(), row.applicationId()).isEmpty()) {
				continue;
			}
			BigDecimal weighted = WeightedScore.ofReview(criteria, scoreMap(reviews.scores(clusterId, row.id())));
			if (weighted != null) {
				byApplication.computeIfAbsent(row.applicationId(), k -> new ArrayList<>()).add(weighted);
			}
		}
		List<Ranking.Candidate> candidates = applications.stream()
			.map(a -> new Ranking.Candidate(a.id(), a.title(), organisationNames(a.id()),
					reviews.applied(clusterId, a.id()), byApplication.getOrDefault(a.id(), List.of())))
			.toList();
		return Ranking.rank(candidates, call.fundAmount());
	}

	String organisationNames(UUID applicationId) {
		return reviews.organisations(cluster.id(), applicationId)
			.stream()
			.map(OrganisationRow::name)
			.collect(Collectors.joining(", "));
	}

	/** Assigns a reviewer to an application; a detected conflict is recorded at once. */
	@Transactional
	public void assign(UUID callId, UUID applicationId, UUID accountId) {
		CallRow call = requireAssigner(callId);
		UUID clusterId = cluster.id();
		if (call.status() != CallStatus.CLOSED) {
			throw new RuleViolation("applicationId", "review.assign.closed");
		}
		ApplicationRow application = reviews.application(clusterId, applicationId)
			.filter(a -> a.callId().equals(callId) && "SUBMITTED".equals(a.status()))
			.orElseThrow(() -> new RuleViolation("applicationId", "review.assign.application"));
		boolean candidate = reviews.candidates(clusterId, call.committeeBodyId(), today())
			.stream()
			.anyMatch(r -> r.accountId().equals(accountId));
		if (!candidate) {
			throw new RuleViolation("accountId", "review.assign.reviewer.invalid");
		}
		reviews.assign(clusterId, callId, applicationId, accountId, gate.user().username());
		gate.conflicts(accountId, application);
	}

	LoggedIn user() {
		return gate.user();
	}

	private LocalDate today() {
		return LocalDate.now(cluster.get().zone());
	}

	private static Map<UUID, Integer> scoreMap(java.util.Collection<ReviewScore> scores) {
		Map<UUID, Integer> map = new HashMap<>();
		scores.stream().filter(s -> s.score() != null).forEach(s -> map.put(s.criterionId(), s.score()));
		return map;
	}

}
