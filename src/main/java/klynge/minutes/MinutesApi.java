package klynge.minutes;

import java.net.URI;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import klynge.meeting.Agenda;
import klynge.meeting.AgendaItem;
import klynge.meeting.Meeting;
import klynge.meeting.MeetingAccess;
import klynge.meeting.Meetings;
import klynge.meeting.Viewer;
import klynge.shared.EditConflict;
import klynge.shared.EntityTags;
import klynge.shared.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Minutes as JSON: read with items (ETag), write an item's minutes (If-Match), send,
 * approve, amend, versions.
 */
@RestController
@Tag(name = "Minutes")
class MinutesApi {

	record ItemMinutesJson(UUID itemId, String notes, String feedbackHeading, List<String> feedback, String decision,
			int version) {

		static ItemMinutesJson of(ItemMinutes m) {
			return new ItemMinutesJson(m.itemId(), m.notes(), m.feedbackHeading(), m.feedbackLines(), m.decision(),
					m.version());
		}
	}

	record MinutesJson(UUID id, UUID meetingId, MinutesStatus status, LocalDate commentDeadline, LocalDate approvedOn,
			UUID approvedByItemId, UUID approvedByChairPersonId, Integer approvedVersion, int version,
			List<ItemMinutesJson> items) {
	}

	record ItemMinutesRequest(@Size(max = 50_000) String notes, @Size(max = 300) String feedbackHeading,
			@Size(max = 20_000) String feedback, @Size(max = 10_000) String decision, Integer version) {
	}

	record SendRequest(@NotNull LocalDate deadline) {
	}

	record AmendRequest(@NotNull UUID itemId, @Size(max = 50_000) String notes, @Size(max = 300) String feedbackHeading,
			@Size(max = 20_000) String feedback, @Size(max = 10_000) String decision, Integer version,
			@NotBlank @Size(max = 2000) String reason) {
	}

	record VersionNumber(int number) {
	}

	private final MinutesService minutes;

	private final MinutesEditing editing;

	private final MinutesWorkflow workflow;

	private final MinutesVersions versions;

	private final Meetings meetings;

	private final Agenda agenda;

	private final MeetingAccess access;

	MinutesApi(MinutesService minutes, MinutesEditing editing, MinutesWorkflow workflow, MinutesVersions versions,
			Meetings meetings, Agenda agenda, MeetingAccess access) {
		this.minutes = minutes;
		this.editing = editing;
		this.workflow = workflow;
		this.versions = versions;
		this.meetings = meetings;
		this.agenda = agenda;
		this.access = access;
	}

	@GetMapping("/api/v1/meetings/{meetingId}/minutes")
	@Operation(summary = "The minutes of a meeting with the items the caller may see")
	ResponseEntity<MinutesJson> ofMeeting(@PathVariable UUID meetingId) {
		Meeting meeting = meetings.meeting(meetingId);
		Viewer viewer = access.viewerOf(meeting);
		Minutes m = minutes.ofMeeting(meetingId)
			.filter(found -> MinutesService.maySee(found, viewer))
			.orElseThrow(() -> new NotFoundException("minutes", meetingId));
		List<UUID> visible = agenda.visibleItems(meetingId, viewer).stream().map(AgendaItem::id).toList();
		List<ItemMinutesJson> items = minutes.items(m.id())
			.stream()
			.filter(item -> visible.contains(item.itemId()))
			.sorted(Comparator.comparingInt(item -> visible.indexOf(item.itemId())))
			.map(ItemMinutesJson::of)
			.toList();
		return ResponseEntity.ok()
			.eTag(String.valueOf(m.version()))
			.body(new MinutesJson(m.id(), m.meetingId(), m.status(), m.commentDeadline(), m.approvedOn(),
					m.approvedByItemId(), m.approvedByChairPersonId(), m.approvedVersion(), m.version(), items));
	}

	@PutMapping("/api/v1/items/{itemId}/minutes")
	@Operation(summary = "Write an item's minutes; If-Match (or version) must be the current version")
	ResponseEntity<ItemMinutesJson> save(@PathVariable UUID itemId, @Valid @RequestBody ItemMinutesRequest request,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		agenda.item(itemId); // another cluster's item is not found (404), whatever the
								// version says
		Integer version = checked(EntityTags.expected(ifMatch, request.version()), itemId);
		editing.save(itemId, new ItemMinutesForm(request.notes(), request.feedbackHeading(), request.feedback(),
				request.decision(), version));
		ItemMinutes saved = minutes.itemMinutes(itemId).orElseThrow();
		return ResponseEntity.ok().eTag(String.valueOf(saved.version())).body(ItemMinutesJson.of(saved));
	}

	@PostMapping("/api/v1/minutes/{id}/send")
	@Operation(summary = "Send the minutes for comments with a deadline")
	VersionNumber send(@PathVariable UUID id, @Valid @RequestBody SendRequest request) {
		return new VersionNumber(workflow.sendForComments(id, request.deadline()));
	}

	@PostMapping("/api/v1/minutes/{id}/approve")
	@Operation(summary = "Approve the minutes as the body's chair (or staff)")
	VersionNumber approve(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean beforeDeadline) {
		return new VersionNumber(workflow.approveByChair(id, beforeDeadline));
	}

	@PostMapping("/api/v1/minutes/{id}/amend")
	@Operation(summary = "Amend approved minutes with a reason; creates a new version")
	ResponseEntity<VersionNumber> amend(@PathVariable UUID id, @Valid @RequestBody AmendRequest request) {
		int number = editing.amend(id, request.itemId(), new ItemMinutesForm(request.notes(), request.feedbackHeading(),
				request.feedback(), request.decision(), request.version()), request.reason());
		return ResponseEntity.created(URI.create("/api/v1/minutes/" + id + "/versions/" + number))
			.body(new VersionNumber(number));
	}

	@GetMapping("/api/v1/minutes/{id}/versions")
	@Operation(summary = "Every kept version (without content)")
	List<MinutesVersion> versions(@PathVariable UUID id) {
		return versions.versions(id);
	}

	@GetMapping("/api/v1/minutes/{id}/versions/{number}")
	@Operation(summary = "One kept version with the items the caller may see")
	MinutesVersion version(@PathVariable UUID id, @PathVariable int number) {
		return versions.version(id, number);
	}

	private static Integer checked(int version, UUID itemId) {
		if (version == EntityTags.NO_MATCH) {
			throw new EditConflict("item-minutes", itemId, -1);
		}
		return version;
	}

}
