package klynge.funding.review;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import klynge.shared.EntityTags;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The review as JSON: a reviewer's assignments, the application to score, scores, the
 * declaration of a conflict; the committee's assignments, recusals and ranking. The same
 * {@link Reviews} (and its {@link ReviewGate}) as the pages: a recused reviewer gets 403
 * {@code urn:klynge:problem:recused} and nothing of the application.
 */
@Tag(name = "Funding review")
@RestController
class ReviewApi {

	record AssignmentJson(UUID applicationId, String callTitle, String title, boolean recused, boolean submitted) {
	}

	record CriterionJson(UUID id, String name, int weight) {
	}

	record ScoreJson(@NotNull UUID criterionId, Integer score, @Size(max = 4000) String comment) {
	}

	record SheetJson(UUID applicationId, String callTitle, String title, String leadName, String summary,
			List<String> organisations, BigDecimal applied, List<CriterionJson> criteria, List<ScoreJson> scores,
			BigDecimal weighted, boolean submitted, int version) {
	}

	record ScoresJson(UUID applicationId, List<ScoreJson> scores, BigDecimal weighted, boolean submitted, int version) {
	}

	record ScoresRequest(@Valid @NotNull List<ScoreJson> scores, Integer version) {
	}

	record SubmitRequest(Integer version) {
	}

	record ConflictRequest(@Size(max = 1000) String reason) {
	}

	record ConflictJson(UUID applicationId, UUID accountId, String reviewer, ConflictKind kind, String reason,
			Instant recordedAt, String recordedBy) {

		static ConflictJson of(Conflict c) {
			return new ConflictJson(c.applicationId(), c.accountId(), c.reviewer(), c.kind(), c.reason(),
					c.recordedAt(), c.recordedBy());
		}
	}

	record AssignRequest(UUID applicationId, UUID accountId) {
	}

	record CommitteeAssignmentJson(UUID applicationId, UUID accountId, String reviewer, boolean submitted,
			boolean recused) {
	}

	record RankingRowJson(UUID applicationId, String title, String organisations, Integer rank, int tied,
			BigDecimal score, int reviews, BigDecimal applied, Ranking.Fit fit, BigDecimal proposed, boolean hidden) {
	}

	record RankingJson(UUID callId, BigDecimal frame, List<RankingRowJson> rows) {
	}

	record ProposalRequest(UUID meetingId, UUID itemId) {
	}

	record AwardsRequest(@NotNull List<Awards.Award> awards) {
	}

	private final Reviews reviews;

	private final Proposals proposals;

	private final Awards awards;

	ReviewApi(Reviews reviews, Proposals proposals, Awards awards) {
		this.reviews = reviews;
		this.proposals = proposals;
		this.awards = awards;
	}

	@Operation(summary = "The awards of the vedtak (committee and secretariat)")
	@GetMapping("/api/v1/funding/review-calls/{callId}/awards")
	List<Awards.Award> awards(@PathVariable UUID callId) {
		return awards.of(callId);
	}

	@Operation(summary = "Records the vedtak's awards (replaces the list); refused when the sum exceeds the frame")
	@PutMapping("/api/v1/funding/review-calls/{callId}/awards")
	List<Awards.Award> recordAwards(@PathVariable UUID callId, @Valid @RequestBody AwardsRequest request) {
		return awards.record(callId, request.awards());
	}

	@ExceptionHandler(Recused.class)
	ResponseEntity<ProblemDetail> recused(Recused recused) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
				"You are recused from this application (conflict of interest).");
		problem.setType(URI.create("urn:klynge:problem:recused"));
		problem.setTitle("Recused");
		return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
	}

	@Operation(summary = "The caller's review assignments (recused ones say so, with no content)")
	@GetMapping("/api/v1/funding/review/assignments")
	List<AssignmentJson> mine() {
		return reviews.mine()
			.stream()
			.map(a -> new AssignmentJson(a.applicationId(), a.callTitle(), a.title(), a.recused(), a.submitted()))
			.toList();
	}

	@Operation(summary = "An application to review, with the caller's scores; 403 when recused, 404 when not assigned")
	@GetMapping("/api/v1/funding/review/{applicationId}")
	ResponseEntity<SheetJson> sheet(@PathVariable UUID applicationId) {
		Reviews.ReviewSheet s = reviews.sheet(applicationId);
		SheetJson json = new SheetJson(s.applicationId(), s.callTitle(), s.title(), s.leadName(), s.summary(),
				s.organisations().stream().map(ReviewRepository.OrganisationRow::name).toList(), s.applied(),
				s.criteria().stream().map(c -> new CriterionJson(c.id(), c.name(), c.weight())).toList(), scores(s),
				s.weighted(), s.submitted(), s.version());
		return ResponseEntity.ok().eTag(EntityTags.of(s.version())).body(json);
	}

	@Operation(summary = "The caller's scores of an application; 403 when recused")
	@GetMapping("/api/v1/funding/review/{applicationId}/scores")
	ResponseEntity<ScoresJson> scores(@PathVariable UUID applicationId) {
		Reviews.ReviewSheet s = reviews.sheet(applicationId);
		return ResponseEntity.ok()
			.eTag(EntityTags.of(s.version()))
			.body(new ScoresJson(applicationId, scores(s), s.weighted(), s.submitted(), s.version()));
	}

	private static List<ScoreJson> scores(Reviews.ReviewSheet s) {
		return s.criteria().stream().map(c -> {
			ReviewScore score = s.score(c.id());
			return new ScoreJson(c.id(), score.score(), score.comment());
		}).toList();
	}

	@Operation(summary = "Saves scores and comments (If-Match or version); locked once submitted")
	@PutMapping("/api/v1/funding/review/{applicationId}/scores")
	ResponseEntity<ScoresJson> save(@PathVariable UUID applicationId,
			@RequestHeader(name = "If-Match", required = false) String ifMatch,
			@Valid @RequestBody ScoresRequest request) {
		reviews.requireReviewer(applicationId); // 403/404 before any question of versions
		int version = expected(ifMatch, request.version());
		reviews.save(applicationId,
				request.scores().stream().map(s -> new ReviewScore(s.criterionId(), s.score(), s.comment())).toList(),
				version);
		return scores(applicationId);
	}

	@Operation(summary = "Submits the review: the scores are locked (If-Match or version)")
	@PostMapping("/api/v1/funding/review/{applicationId}/submit")
	ResponseEntity<ScoresJson> submit(@PathVariable UUID applicationId,
			@RequestHeader(name = "If-Match", required = false) String ifMatch,
			@RequestBody(required = false) SubmitRequest request) {
		reviews.requireReviewer(applicationId);
		reviews.submit(applicationId, expected(ifMatch, request == null ? null : request.version()));
		return scores(applicationId);
	}

	private static int expected(String ifMatch, Integer version) {
		return EntityTags.expected(ifMatch, version);
	}

	@Operation(summary = "Declares a conflict of interest with a reason: the caller is recused from the application")
	@PostMapping("/api/v1/funding/review/{applicationId}/conflicts")
	ResponseEntity<Void> declare(@PathVariable UUID applicationId, @Valid @RequestBody ConflictRequest request) {
		reviews.declare(applicationId, request.reason());
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "The reviewers assigned to the call's applications (committee and secretariat)")
	@GetMapping("/api/v1/funding/review-calls/{callId}/assignments")
	List<CommitteeAssignmentJson> assignments(@PathVariable UUID callId) {
		return reviews.committee(callId)
			.assignments()
			.stream()
			.map(a -> new CommitteeAssignmentJson(a.applicationId(), a.accountId(), a.reviewer(), a.submitted(),
					a.recused()))
			.toList();
	}

	@Operation(summary = "Assigns a reviewer to an application (secretariat, committee chair)")
	@PostMapping("/api/v1/funding/review-calls/{callId}/assignments")
	ResponseEntity<Void> assign(@PathVariable UUID callId, @RequestBody AssignRequest request) {
		reviews.assign(callId, request.applicationId(), request.accountId());
		return ResponseEntity.created(URI.create("/api/v1/funding/review-calls/" + callId + "/assignments")).build();
	}

	@Operation(summary = "Every recusal of the call's reviewers: who, when, why")
	@GetMapping("/api/v1/funding/review-calls/{callId}/conflicts")
	List<ConflictJson> conflicts(@PathVariable UUID callId) {
		return reviews.committee(callId).conflicts().stream().map(ConflictJson::of).toList();
	}

	@Operation(summary = "The ranking within the fund's frame; no score where the caller is recused")
	@GetMapping("/api/v1/funding/review-calls/{callId}/ranking")
	RankingJson ranking(@PathVariable UUID callId) {
		Reviews.RankingView view = reviews.rankingOf(callId);
		return new RankingJson(callId, view.call().fundAmount(), view.rows().stream().map(row -> {
			boolean hidden = view.hidden().contains(row.applicationId());
			return new RankingRowJson(row.applicationId(), row.candidate().title(), row.candidate().organisations(),
					row.rank(), row.tied(), hidden ? null : row.score(), hidden ? 0 : row.reviews(),
					row.candidate().applied(), row.fit(), row.proposed(), hidden);
		}).toList());
	}

	@Operation(
			summary = "Puts the committee's proposal under a new item of a coming meeting of the deciding body, or under an item")
	@PostMapping("/api/v1/funding/review-calls/{callId}/proposal")
	ResponseEntity<Void> propose(@PathVariable UUID callId, @RequestBody ProposalRequest request) {
		proposals.propose(callId, request.meetingId(), request.itemId());
		return ResponseEntity.created(URI.create("/api/v1/funding/review-calls/" + callId + "/ranking")).build();
	}

}
