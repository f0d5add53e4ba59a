package klynge.followup;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import klynge.shared.EntityTags;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Follow-ups as JSON; updates take the version from {@code If-Match} and answer 409 when
 * it is stale.
 */
@Tag(name = "Follow-ups")
@RestController
@RequestMapping("/api/v1/followups")
class FollowUpApi {

	record FollowUpJson(UUID id, UUID itemId, UUID meetingId, String caseNumber, String itemTitle, String owner,
			UUID ownerPersonId, UUID ownerBodyId, String description, LocalDate dueOn, FollowUpStatus status,
			LocalDate doneOn, boolean overdue, int version) {

		static FollowUpJson of(FollowUpView v) {
			return new FollowUpJson(v.id(), v.itemId(), v.meetingId(), v.caseLabel(), v.itemTitle(), v.owner(),
					v.ownerPersonId(), v.ownerBodyId(), v.description(), v.dueOn(), v.status(), v.doneOn(), v.overdue(),
					v.version());
		}
	}

	record FollowUpRequest(@NotNull UUID itemId, @Size(max = 10) String ownerCode, UUID ownerBodyId,
			@NotBlank @Size(max = 2000) String description, LocalDate dueOn, FollowUpStatus status, Integer version) {

		FollowUpForm form() {
			return new FollowUpForm(ownerCode, ownerBodyId, description, dueOn, status, version == null ? 0 : version);
		}
	}

	private final FollowUps followUps;

	FollowUpApi(FollowUps followUps) {
		this.followUps = followUps;
	}

	@Operation(summary = "Follow-ups the caller may see; mine=true for the caller's own")
	@GetMapping
	List<FollowUpJson> list(@RequestParam(defaultValue = "false") boolean mine,
			@RequestParam(required = false) UUID ownerPersonId, @RequestParam(required = false) UUID ownerBodyId,
			@RequestParam(required = false) FollowUpStatus status, @RequestParam(required = false) UUID bodyId) {
		List<FollowUpView> list = mine ? followUps.mine()
				: followUps.list(new FollowUps.Filter(ownerPersonId, ownerBodyId, status, bodyId));
		return list.stream()
			.filter(v -> !mine || status == null || v.status() == status)
			.map(FollowUpJson::of)
			.toList();
	}

	@Operation(summary = "One follow-up; the ETag is its version")
	@GetMapping("/{id}")
	ResponseEntity<FollowUpJson> get(@PathVariable UUID id) {
		FollowUpView view = followUps.get(id);
		return ResponseEntity.ok().eTag(etag(view.version())).body(FollowUpJson.of(view));
	}

	@Operation(summary = "Adds a follow-up to an item")
	@PostMapping
	ResponseEntity<FollowUpJson> create(@Valid @RequestBody FollowUpRequest request) {
		UUID id = followUps.add(request.itemId(), request.form());
		FollowUpView view = followUps.get(id);
		return ResponseEntity.created(URI.create("/api/v1/followups/" + id))
			.eTag(etag(view.version()))
			.body(FollowUpJson.of(view));
	}

	@Operation(summary = "Changes a follow-up; If-Match carries the version it was read at")
	@PutMapping("/{id}")
	ResponseEntity<FollowUpJson> update(@PathVariable UUID id, @Valid @RequestBody FollowUpRequest request,
			@RequestHeader(value = "If-Match", required = false) String ifMatch) {
		followUps.followUp(id);
		FollowUpForm form = request.form();
		followUps.update(id, new FollowUpForm(form.ownerCode(), form.ownerBodyId(), form.description(), form.dueOn(),
				form.status(), EntityTags.expected(ifMatch, request.version())));
		FollowUpView view = followUps.get(id);
		return ResponseEntity.ok().eTag(etag(view.version())).body(FollowUpJson.of(view));
	}

	private static String etag(int version) {
		return EntityTags.of(version);
	}

}
