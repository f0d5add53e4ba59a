package klynge.meeting;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import klynge.meeting.attendance.Attendance;
import klynge.meeting.attendance.AttendanceForm;
import klynge.meeting.attendance.AttendanceSection;
import klynge.meeting.attendance.AttendanceSheet;
import klynge.meeting.attendance.AttendanceStatus;
import klynge.shared.EditConflict;
import klynge.shared.EntityTags;
import klynge.shared.NotFoundException;
import klynge.shared.WebLink;
import org.springframework.format.annotation.DateTimeFormat;
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
 * Meetings, their agenda items and attendance as JSON. Updates take the version from
 * {@code If-Match} (the ETag of the GET); a stale version answers 409 with the current
 * one.
 */
@RestController
@RequestMapping("/api/v1")
class MeetingApi {

	record MeetingJson(UUID id, UUID bodyId, String bodyName, LocalDate date, LocalTime startsAt, LocalTime endsAt,
			String address, String room, String floor, String onlineUrl, MeetingStatus status, int version) {

		static MeetingJson of(Meeting m, String bodyName) {
			return new MeetingJson(m.id(), m.bodyId(), bodyName, m.meetingDate(), m.startsAt(), m.endsAt(), m.address(),
					m.room(), m.floor(), m.onlineUrl(), m.status(), m.version());
		}
	}

	record ItemJson(UUID id, UUID parentId, String number, AgendaItemType type, String title, String presenter,
			String proposedDecision, String priorHandling, Integer plannedMinutes, boolean raisedAtMeeting,
			Access access, String exemptionBasis, boolean restricted, List<DocumentJson> documents,
			List<ItemJson> subItems, int version) {
	}

	record DocumentJson(UUID id, String title, String url, boolean sentAfter, LocalDate sentAfterOn) {
	}

	record AttendeeJson(UUID id, AttendanceSection section, UUID personId, String name, String code, String seat,
			boolean summoned, AttendanceStatus status, String absence, UUID deputyPersonId, int version) {
	}

	/**
	 * {@code memberSeats} counts seats (rows), {@code members} and {@code represented}
	 * people, as the quorum does.
	 */
	record AttendanceJson(List<AttendeeJson> attendees, int memberSeats, int members, int represented,
			boolean quorate) {
	}

	record StatusChange(@NotNull MeetingStatus target, @Size(max = 1000) String reason) {
	}

	/**
	 * A meeting's date, time and place; the version may come in the body or, better, in
	 * If-Match.
	 */
	record MeetingRequest(@NotNull UUID bodyId, @NotNull LocalDate meetingDate, LocalTime startsAt, LocalTime endsAt,
			@Size(max = 300) String address, @Size(max = 200) String room, @Size(max = 60) String floor,
			@Size(max = 1000) @Pattern(regexp = "^$|^https://\\S+$", message = "{meeting.onlineUrl.https}") @WebLink(
					message = "{meeting.onlineUrl.invalid}") String onlineUrl,
			@Size(max = 1000) String reason, Integer version) {

		@AssertTrue(message = "{meeting.endsAt.afterStart}")
		public boolean isEndsAfterStart() {
			return startsAt == null || endsAt == null || endsAt.isAfter(startsAt);
		}

		MeetingForm toForm(int version) {
			return new MeetingForm(bodyId, meetingDate, startsAt, endsAt, address, room, floor, onlineUrl, reason,
					version);
		}
	}

	/** An agenda item as the API takes it: the same rules as the form. */
	record ItemRequest(UUID parentId, @NotNull AgendaItemType type, @NotBlank @Size(max = 500) String title,
			UUID presenterPersonId, @Size(max = 500) String presenterText, @Size(max = 20000) String proposedDecision,
			@Size(max = 2000) String priorHandling, @Min(1) @Max(600) Integer plannedMinutes, Boolean raisedAtMeeting,
			Access access, @Size(max = 200) String exemptionBasis, @Size(max = 500) String publicTitle,
			LocalDate exemptionEnds, Integer version) {

		AgendaItemForm toForm(int version) {
			return new AgendaItemForm(parentId, type, title, presenterPersonId, presenterText, proposedDecision,
					priorHandling, plannedMinutes, Boolean.TRUE.equals(raisedAtMeeting), access, exemptionBasis,
					publicTitle, exemptionEnds, version);
		}
	}

	record AttendanceRequest(Boolean summoned, @NotNull AttendanceStatus status, UUID deputyPersonId, Integer version) {

		AttendanceForm toForm(int version) {
			return new AttendanceForm(!Boolean.FALSE.equals(summoned), status, deputyPersonId, version);
		}
	}

	private final Meetings meetings;

	private final MeetingViews pages;

	private final Agenda agenda;

	private final Attendance attendance;

	MeetingApi(Meetings meetings, MeetingViews pages, Agenda agenda, Attendance attendance) {
		this.meetings = meetings;
		this.pages = pages;
		this.agenda = agenda;
		this.attendance = attendance;
	}

	@GetMapping("/meetings")
	List<MeetingJson> list(@RequestParam(required = false) UUID bodyId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		List<Meeting> found = bodyId != null ? meetings.ofBody(bodyId) : meetings
			.between(from == null ? LocalDate.of(1900, 1, 1) : from, to == null ? LocalDate.of(2999, 12, 31) : to);
		return found.stream()
			.filter(m -> from == null || !m.meetingDate().isBefore(from))
			.filter(m -> to == null || !m.meetingDate().isAfter(to))
			.map(m -> MeetingJson.of(m, meetings.bodyName(m)))
			.toList();
	}

	@GetMapping("/meetings/{id}")
	ResponseEntity<MeetingJson> one(@PathVariable UUID id) {
		Meeting meeting = meetings.meeting(id);
		return ResponseEntity.ok()
			.eTag(etag(meeting.version()))
			.body(MeetingJson.of(meeting, meetings.bodyName(meeting)));
	}

	@PostMapping("/meetings")
	ResponseEntity<MeetingJson> create(@Valid @RequestBody MeetingRequest request) {
		UUID id = meetings.plan(request.toForm(0));
		Meeting meeting = meetings.meeting(id);
		return ResponseEntity.created(URI.create("/api/v1/meetings/" + id))
			.eTag(etag(meeting.version()))
			.body(MeetingJson.of(meeting, meetings.bodyName(meeting)));
	}

	@PutMapping("/meetings/{id}")
	ResponseEntity<MeetingJson> update(@PathVariable UUID id, @Valid @RequestBody MeetingRequest request,
			@RequestHeader(value = "If-Match", required = false) String ifMatch) {
		meetings.reschedule(id, request.toForm(version(ifMatch, request.version())));
		return one(id);
	}

	@PostMapping("/meetings/{id}/status")
	ResponseEntity<MeetingJson> status(@PathVariable UUID id, @Valid @RequestBody StatusChange change) {
		if (change.target() == MeetingStatus.CANCELLED) {
			meetings.cancel(id, change.reason());
		}
		else {
			meetings.moveToByHand(id, change.target());
		}
		return one(id);
	}

	@GetMapping("/meetings/{id}/items")
	List<ItemJson> items(@PathVariable UUID id) {
		return pages.of(id).items().stream().map(MeetingApi::item).toList();
	}

	@PostMapping("/meetings/{id}/items")
	ResponseEntity<ItemJson> addItem(@PathVariable UUID id, @Valid @RequestBody ItemRequest request) {
		UUID itemId = agenda.add(id, request.toForm(0));
		return ResponseEntity.created(URI.create("/api/v1/items/" + itemId)).eTag(etag(0)).body(itemOf(itemId));
	}

	@GetMapping("/items/{id}")
	ResponseEntity<ItemJson> getItem(@PathVariable UUID id) {
		ItemJson json = itemOf(id);
		return ResponseEntity.ok().eTag(etag(json.version())).body(json);
	}

	@PutMapping("/items/{id}")
	ResponseEntity<ItemJson> updateItem(@PathVariable UUID id, @Valid @RequestBody ItemRequest request,
			@RequestHeader(value = "If-Match", required = false) String ifMatch) {
		agenda.update(id, request.toForm(version(ifMatch, request.version())));
		return getItem(id);
	}

	@GetMapping("/meetings/{id}/attendance")
	AttendanceJson attendance(@PathVariable UUID id) {
		meetings.meeting(id);
		AttendanceSheet sheet = attendance.sheet(id);
		return new AttendanceJson(sheet.attendees()
			.stream()
			.map(a -> new AttendeeJson(a.id(), a.section(), a.personId(), a.name(), a.code(), a.seat(), a.summoned(),
					a.status(), a.status().code(), a.deputyPersonId(), a.version()))
			.toList(), sheet.memberSeats(), sheet.members(), sheet.represented(), sheet.quorate());
	}

	@PutMapping("/attendance/{id}")
	ResponseEntity<Void> updateAttendee(@PathVariable UUID id, @Valid @RequestBody AttendanceRequest request,
			@RequestHeader(value = "If-Match", required = false) String ifMatch) {
		attendance.update(id, request.toForm(version(ifMatch, request.version())));
		return ResponseEntity.noContent().build();
	}

	/** An item as this viewer may see it: restricted items come without their content. */
	private ItemJson itemOf(UUID itemId) {
		AgendaItem item = agenda.item(itemId);
		MeetingView page = pages.of(item.meetingId());
		return page.items()
			.stream()
			.flatMap(view -> Stream.concat(Stream.of(view), view.subItems().stream()))
			.filter(view -> view.item().id().equals(itemId))
			.findFirst()
			.map(MeetingApi::item)
			.orElseThrow(() -> new NotFoundException("item", itemId));
	}

	private static ItemJson item(MeetingView.Item view) {
		AgendaItem i = view.item();
		if (view.placeholder()) {
			return new ItemJson(i.id(), i.parentId(), view.label(), null, view.title(), null, null, null, null, false,
					Access.EXEMPT, i.exemptionBasis(), true, List.of(), List.of(), i.version());
		}
		return new ItemJson(i.id(), i.parentId(), view.label(), i.type(), i.title(), view.presenterLine(),
				i.proposedDecision(), i.priorHandling(), i.plannedMinutes(), i.raisedAtMeeting(), i.access(),
				i.exemptionBasis(), false,
				view.documents()
					.stream()
					.map(d -> new DocumentJson(d.id(), d.title(), d.url(), d.sentAfter(), d.sentAfterOn()))
					.toList(),
				view.subItems().stream().map(MeetingApi::item).toList(), i.version());
	}

	private static String etag(int version) {
		return EntityTags.of(version);
	}

	/**
	 * The version from If-Match ("3", W/"3") or else the one in the body; with neither,
	 * 428.
	 */
	static int version(String ifMatch, Integer fromBody) {
		int version = EntityTags.expected(ifMatch, fromBody);
		if (version == EntityTags.NO_MATCH) {
			throw new EditConflict("version", ifMatch, -1);
		}
		return version;
	}

}
