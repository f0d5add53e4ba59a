package klynge.funding;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import klynge.shared.EntityTags;
import klynge.shared.RuleViolation;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Applications as JSON: an applicant's own (another's is 404), all for staff. A save
 * answers with the rules the draft breaks; submission refuses (422) what breaks a rule or
 * comes after the deadline.
 */
@Tag(name = "Funding applications")
@RestController
class ApplicationApi {

	record LineJson(BudgetLineKind kind, String description, UUID organisationId, BigDecimal amount) {
	}

	record ParticipantJson(String name, String email, UUID organisationId, String role) {
	}

	record ApplicationJson(UUID id, UUID callId, String title, String leadName, String leadEmail,
			UUID leadOrganisationId, List<UUID> partnerOrganisationIds, String summary, List<LineJson> budget,
			List<ParticipantJson> participants, BigDecimal appliedSum, ApplicationStatus status, Instant submittedAt,
			List<AttachmentJson> attachments, List<BreachJson> problems, int version) {
	}

	record AttachmentJson(UUID id, String fileName, int sizeBytes) {
	}

	record BreachJson(String field, String type) {
	}

	record CreateRequest(UUID callId) {
	}

	/** The whole content; participants left out (null) are none, as the budget. */
	record ContentRequest(String title, String leadName, String leadEmail, UUID leadOrganisationId,
			List<UUID> partnerOrganisationIds, String summary, List<LineJson> budget,
			List<ParticipantJson> participants, Integer version) {

		ApplicationContent content() {
			List<BudgetLine> lines = budget == null ? List.of()
					: budget.stream()
						.map(l -> new BudgetLine(l.kind() == null ? BudgetLineKind.OTHER : l.kind(),
								l.description() == null ? "" : l.description(), l.organisationId(),
								l.amount() == null ? BigDecimal.ZERO : l.amount()))
						.toList();
			for (BudgetLine line : lines) {
				if (line.amount().signum() < 0 || line.amount().scale() > 2) {
					throw new RuleViolation("budget", "funding.budget.rule.amount", lines.indexOf(line) + 1);
				}
			}
			List<Participant> people = participants == null ? List.of()
					: participants.stream()
						.filter(p -> p != null)
						.map(p -> new Participant(p.name(), p.email(), p.organisationId(), p.role()))
						.toList();
			return new ApplicationContent(title, leadName, leadEmail, leadOrganisationId, partnerOrganisationIds,
					summary, lines, Participants.checked(people));
		}
	}

	record SubmitRequest(Integer version) {
	}

	private final Applications applications;

	ApplicationApi(Applications applications) {
		this.applications = applications;
	}

	@Operation(summary = "The caller's own applications")
	@GetMapping("/api/v1/applications")
	List<ApplicationJson> mine() {
		return applications.mine().stream().map(this::json).toList();
	}

	@Operation(summary = "One application (its applicant or staff)")
	@GetMapping("/api/v1/applications/{id}")
	ResponseEntity<ApplicationJson> get(@PathVariable UUID id) {
		Application application = applications.get(id);
		return ResponseEntity.ok().eTag(EntityTags.of(application.version())).body(json(application));
	}

	@Operation(summary = "Starts a draft for an open call")
	@PostMapping("/api/v1/applications")
	ResponseEntity<ApplicationJson> create(@RequestBody CreateRequest request) {
		if (request.callId() == null) {
			throw new RuleViolation("callId", "funding.application.rule.callNotOpen");
		}
		UUID id = applications.start(request.callId());
		Application application = applications.get(id);
		return ResponseEntity.created(URI.create("/api/v1/applications/" + id))
			.eTag(EntityTags.of(application.version()))
			.body(json(application));
	}

	@Operation(summary = "Saves the draft; If-Match carries the version; the answer lists the rules it breaks")
	@PutMapping("/api/v1/applications/{id}")
	ResponseEntity<ApplicationJson> save(@PathVariable UUID id, @RequestBody ContentRequest request,
			@RequestHeader(value = "If-Match", required = false) String ifMatch) {
		applications.get(id);
		applications.save(id, request.content(), EntityTags.expected(ifMatch, request.version()));
		Application application = applications.get(id);
		return ResponseEntity.ok().eTag(EntityTags.of(application.version())).body(json(application));
	}

	@Operation(summary = "Submits the application before the deadline; a receipt is mailed")
	@PostMapping("/api/v1/applications/{id}/submit")
	ResponseEntity<ApplicationJson> submit(@PathVariable UUID id, @RequestBody(required = false) SubmitRequest request,
			@RequestHeader(value = "If-Match", required = false) String ifMatch) {
		applications.get(id);
		applications.submit(id, EntityTags.expected(ifMatch, request == null ? null : request.version()));
		Application application = applications.get(id);
		return ResponseEntity.ok().eTag(EntityTags.of(application.version())).body(json(application));
	}

	@Operation(summary = "An attachment (PDF), as a download")
	@GetMapping("/api/v1/applications/{id}/files/{fileId}")
	ResponseEntity<byte[]> file(@PathVariable UUID id, @PathVariable UUID fileId) {
		return ApplicationController.file(applications.download(id, fileId));
	}

	private ApplicationJson json(Application a) {
		ApplicationContent c = a.content();
		return new ApplicationJson(a.id(), a.callId(), c.title(), c.leadName(), c.leadEmail(), c.leadOrganisationId(),
				c.partnerOrganisationIds(), c.summary(),
				c.budget()
					.stream()
					.map(l -> new LineJson(l.kind(), l.description(), l.organisationId(), l.amount()))
					.toList(),
				c.participants()
					.stream()
					.map(p -> new ParticipantJson(p.name(), p.email(), p.organisationId(), p.role()))
					.toList(),
				c.appliedSum(), a.status(), a.submittedAt(),
				applications.attachments(a.id())
					.stream()
					.map(f -> new AttachmentJson(f.id(), f.fileName(), f.sizeBytes()))
					.toList(),
				applications.problems(a)
					.stream()
					.map(p -> new BreachJson(p.field(), "urn:klynge:problem:" + p.messageKey()))
					.toList(),
				a.version());
	}

}
