package klynge.anchoring;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotNull;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Anchoring as JSON: the cases (staff and the chair), the caller's own requests, and the
 * representative's answer (HTTP Basic as the representative). No token is ever part of an
 * answer.
 */
@Tag(name = "Anchoring")
@RestController
@RequestMapping("/api/v1/anchoring")
class AnchoringApi {

	record RequestJson(UUID id, UUID organisationId, String organisation, UUID representativePersonId,
			String representative, boolean representativeChosen, OffsetDateTime sentAt, List<LocalDate> reminders,
			AnchoringAnswer answer, String answerComment, OffsetDateTime answeredAt, OffsetDateTime withdrawnAt,
			List<PartnerRequest.Comment> comments) {

		static RequestJson of(PartnerRequest r) {
			return new RequestJson(r.id(), r.organisationId(), r.organisationName(), r.representativePersonId(),
					r.representativeName(), r.representativeChosen(), r.sentAt(), r.reminders(), r.answer(),
					r.answerComment(), r.answeredAt(), r.withdrawnAt(), r.comments());
		}
	}

	record CaseJson(UUID id, String subjectKind, UUID subjectId, String title, String path, LocalDate answerBy,
			OffsetDateTime openedAt, AnchoringState state, boolean anchored, OffsetDateTime anchoredAt, long confirmed,
			int partners, List<String> declinedBy, List<RequestJson> requests) {

		static CaseJson of(AnchoringCase c) {
			return new CaseJson(c.id(), c.subject().kind(), c.subject().id(), c.subject().title(), c.subject().path(),
					c.answerBy(), c.openedAt(), c.state(), c.anchored(), c.anchoredAt(), c.confirmed(),
					c.active().size(), c.declinedBy(), c.requests().stream().map(RequestJson::of).toList());
		}
	}

	record MineJson(UUID caseId, String title, String path, LocalDate answerBy, RequestJson request) {
	}

	/**
	 * @param answer CONFIRMED or DECLINED; leave it out to only comment
	 * @param comment required to decline or to comment
	 */
	record AnswerRequest(AnchoringAnswer answer, String comment) {
	}

	record RemindedJson(@NotNull int reminded, List<String> organisations) {
	}

	private final Anchorings anchorings;

	private final MessageSource messages;

	AnchoringApi(Anchorings anchorings, MessageSource messages) {
		this.anchorings = anchorings;
		this.messages = messages;
	}

	@Operation(summary = "Every anchoring of the cluster with each partner's answer (staff and the chair)")
	@GetMapping
	List<CaseJson> list() {
		return anchorings.cases().stream().map(CaseJson::of).toList();
	}

	@Operation(summary = "The requests the caller answers for a partner")
	@GetMapping("/mine")
	List<MineJson> mine() {
		return anchorings.mine()
			.stream()
			.map(m -> new MineJson(m.anchoring().id(), m.anchoring().subject().title(), m.anchoring().subject().path(),
					m.anchoring().answerBy(), RequestJson.of(m.request())))
			.toList();
	}

	@Operation(summary = "One anchoring with its tracking table (staff and the chair)")
	@GetMapping("/{id}")
	CaseJson get(@PathVariable UUID id) {
		return CaseJson.of(anchorings.get(id));
	}

	@Operation(
			summary = "The representative answers (once: a second answer is 409) or comments; a decline needs a comment")
	@PostMapping("/request/{id}/answer")
	ResponseEntity<RequestJson> answer(@PathVariable UUID id, @RequestBody(required = false) AnswerRequest body) {
		AnswerRequest request = body == null ? new AnswerRequest(null, null) : body;
		anchorings.request(id); // 404 / 403 before anything else
		PartnerRequest answered = request.answer() == null ? anchorings.comment(id, request.comment())
				: anchorings.answer(id, request.answer(), request.comment());
		return ResponseEntity.created(URI.create("/api/v1/anchoring/mine")).body(RequestJson.of(answered));
	}

	@Operation(summary = "Reminds every representative who has not answered (not twice a day); staff")
	@PostMapping("/{id}/reminders")
	RemindedJson remind(@PathVariable UUID id) {
		List<PartnerRequest> reminded = anchorings.remind(id);
		return new RemindedJson(reminded.size(), reminded.stream().map(PartnerRequest::organisationName).toList());
	}

	@ExceptionHandler(AlreadyAnswered.class)
	ProblemDetail alreadyAnswered(AlreadyAnswered already, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				messages.getMessage("anchoring.answer.already", null, locale));
		problem.setType(URI.create("urn:klynge:problem:anchoring.answer.already"));
		problem.setProperty("answer", already.request().answer());
		problem.setProperty("answeredAt", already.request().answeredAt());
		return problem;
	}

	@ExceptionHandler(LinkGone.class)
	ProblemDetail gone(LinkGone gone, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.GONE,
				messages.getMessage(gone.reason().messageKey(), null, locale));
		problem.setType(URI.create("urn:klynge:problem:" + gone.reason().messageKey()));
		return problem;
	}

}
