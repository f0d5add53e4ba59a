package klynge.casefile;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Cases with their timelines, referrals and each body's agenda backlog as JSON. */
@Tag(name = "Cases")
@RestController
@RequestMapping("/api/v1")
class CasefileApi {

	record TimelineJson(UUID id, String title, List<EntryJson> items) {
	}

	record EntryJson(UUID itemId, UUID meetingId, LocalDate date, String bodyName, String caseNumber, String title) {
	}

	record CaseRequest(@NotNull UUID itemId, @Size(max = 500) String title) {
	}

	record ItemRequest(@NotNull UUID itemId) {
	}

	record ReferralRequest(@NotNull UUID fromItemId, @Valid @NotNull ReferralForm referral) {
	}

	record ReferralJson(UUID id, UUID fromItemId, UUID toBodyId, String description, String expectedReturn,
			UUID expectedMeetingId, String status, UUID handledByItemId, UUID caseId) {

		static ReferralJson of(CaseRepository.ReferralRow r) {
			return new ReferralJson(r.id(), r.fromItemId(), r.toBodyId(), r.description(), r.expectedReturn(),
					r.expectedMeetingId(), r.status(), r.handledByItemId(), r.caseId());
		}
	}

	record BacklogJson(UUID bodyId, List<BacklogEntry> entries, List<BacklogCandidate> candidates) {
	}

	record PullRequest(UUID entryId, String source, UUID key, @NotNull UUID meetingId) {
	}

	private final CaseFiles caseFiles;

	private final Referrals referrals;

	private final Backlog backlog;

	CasefileApi(CaseFiles caseFiles, Referrals referrals, Backlog backlog) {
		this.caseFiles = caseFiles;
		this.referrals = referrals;
		this.backlog = backlog;
	}

	@Operation(summary = "Cases with at least one item the caller may see")
	@GetMapping("/cases")
	List<CaseRepository.CaseSummary> cases() {
		return caseFiles.visibleCases();
	}

	@Operation(summary = "A case's timeline: its items in date order")
	@GetMapping("/cases/{id}")
	TimelineJson timeline(@PathVariable UUID id) {
		return json(caseFiles.timeline(id));
	}

	@Operation(summary = "Starts a case from an item")
	@PostMapping("/cases")
	ResponseEntity<TimelineJson> create(@Valid @RequestBody CaseRequest request) {
		UUID id = caseFiles.createFromItem(request.itemId(), request.title());
		return ResponseEntity.created(URI.create("/api/v1/cases/" + id)).body(json(caseFiles.timeline(id)));
	}

	@Operation(summary = "Adds an item to a case")
	@PostMapping("/cases/{id}/items")
	TimelineJson addItem(@PathVariable UUID id, @Valid @RequestBody ItemRequest request) {
		caseFiles.addItem(id, request.itemId());
		return json(caseFiles.timeline(id));
	}

	@Operation(summary = "Refers an item's matter to another body; it lands in that body's backlog")
	@PostMapping("/referrals")
	ResponseEntity<ReferralJson> refer(@Valid @RequestBody ReferralRequest request) {
		UUID id = referrals.refer(request.fromItemId(), request.referral());
		return ResponseEntity.created(URI.create("/api/v1/referrals/" + id))
			.body(ReferralJson.of(referrals.referral(id)));
	}

	@Operation(summary = "A referral and its status")
	@GetMapping("/referrals/{id}")
	ReferralJson referral(@PathVariable UUID id) {
		return ReferralJson.of(referrals.referral(id));
	}

	@Operation(summary = "A body's open backlog entries and candidates (members and staff)")
	@GetMapping("/bodies/{bodyId}/backlog")
	BacklogJson backlog(@PathVariable UUID bodyId) {
		Backlog.View view = backlog.view(bodyId);
		return new BacklogJson(bodyId, view.entries(), view.candidates());
	}

	@Operation(summary = "Proposes a matter for the body's agenda (meld sak)")
	@PostMapping("/bodies/{bodyId}/backlog")
	ResponseEntity<BacklogJson> propose(@PathVariable UUID bodyId, @Valid @RequestBody ProposalForm form) {
		backlog.propose(bodyId, form);
		return ResponseEntity.created(URI.create("/api/v1/bodies/" + bodyId + "/backlog")).body(backlog(bodyId));
	}

	@Operation(summary = "Pulls an entry (or a candidate) into a meeting; answers the new item's id")
	@PostMapping("/bodies/{bodyId}/backlog/pull")
	ResponseEntity<Map<String, UUID>> pull(@PathVariable UUID bodyId, @Valid @RequestBody PullRequest request) {
		UUID itemId = backlog.pull(bodyId,
				new Backlog.Pull(request.entryId(), request.source(), request.key(), request.meetingId()));
		return ResponseEntity.created(URI.create("/api/v1/items/" + itemId)).body(Map.of("itemId", itemId));
	}

	private static TimelineJson json(CaseFiles.Timeline timeline) {
		return new TimelineJson(timeline.id(), timeline.title(),
				timeline.entries()
					.stream()
					.map(e -> new EntryJson(e.item().itemId(), e.item().meetingId(), e.item().meetingDate(),
							e.bodyName(), e.item().caseLabel(), e.item().title()))
					.toList());
	}

}
