package klynge.meeting.attendance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import klynge.body.BodyDirectory;
import klynge.body.MemberRow;
import klynge.cluster.CurrentCluster;
import klynge.meeting.Meeting;
import klynge.meeting.MeetingPlanned;
import klynge.meeting.MeetingSettings;
import klynge.meeting.Meetings;
import klynge.organisation.OrganisationDirectory;
import klynge.organisation.PersonRef;
import klynge.shared.EditConflict;
import klynge.shared.NotFoundException;
import klynge.shared.RuleViolation;
import klynge.shared.Text;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The summons list and attendance of meetings. */
@org.springframework.modulith.NamedInterface("attendance")
@Service
public class Attendance {

	private final AttendanceRepository rows;

	private final Meetings meetings;

	private final BodyDirectory bodies;

	private final OrganisationDirectory registry;

	private final CurrentCluster cluster;

	Attendance(AttendanceRepository rows, Meetings meetings, BodyDirectory bodies, OrganisationDirectory registry,
			CurrentCluster cluster) {
		this.rows = rows;
		this.meetings = meetings;
		this.bodies = bodies;
		this.registry = registry;
		this.cluster = cluster;
	}

	/**
	 * Fills an empty attendance list from the body's memberships on the meeting date:
	 * members (leder first, in the member table's order), standing observers and the
	 * facilitator, the secretariat. Deputies are added when a member sends apologies.
	 */
	@EventListener
	void onPlanned(MeetingPlanned planned) {
		generateSummonsList(planned.meetingId());
	}

	@Transactional
	public void generateSummonsList(UUID meetingId) {
		UUID clusterId = cluster.id();
		Meeting meeting = meeting(clusterId, meetingId);
		if (!rows.isEmpty(clusterId, meetingId)) {
			return;
		}
		for (MemberRow member : bodies.membersOn(clusterId, meeting.bodyId(), meeting.meetingDate())) {
			AttendanceSection section = switch (member.role()) {
				case CHAIR, DEPUTY_CHAIR, MEMBER -> AttendanceSection.MEMBER;
				case OBSERVER, FACILITATOR -> AttendanceSection.OBSERVER;
				case SECRETARIAT -> AttendanceSection.SECRETARIAT;
				case DEPUTY -> null;
			};
			if (section != null) {
				rows.insert(clusterId, meetingId, section, member.personId(), null, member.seat(), true,
						AttendanceStatus.PRESENT, member.sortOrder());
			}
		}
	}

	@Transactional
	public void update(UUID attendeeId, AttendanceForm form) {
		UUID clusterId = cluster.id();
		AttendanceRepository.Row row = rows.find(clusterId, attendeeId)
			.orElseThrow(() -> new NotFoundException("attendee", attendeeId));
		meeting(clusterId, row.meetingId()).requireAgendaEditable();
		if (form.status() == AttendanceStatus.DEPUTY && form.deputyPersonId() != null
				&& registry.person(clusterId, form.deputyPersonId()).isEmpty()) {
			throw new RuleViolation("deputyPersonId", "attendance.deputy.unknown");
		}
		if (form.deputyPersonId() != null && form.deputyPersonId().equals(row.personId())) {
			throw new RuleViolation("deputyPersonId", "attendance.deputy.self");
		}
		if (!rows.update(clusterId, attendeeId, form.summoned(), form.status(), form.deputyPersonId(),
				form.version())) {
			throw new EditConflict("attendee", attendeeId,
					rows.find(clusterId, attendeeId).map(r -> r.version()).orElse(0));
		}
	}

	/**
	 * Saves the whole attendance table at once: every row or none. A refused row names
	 * itself ({@link RowViolation}) so the form can show the message beside it.
	 */
	@Transactional
	public void updateAll(UUID meetingId, java.util.Map<UUID, AttendanceForm> forms) {
		UUID clusterId = cluster.id();
		meeting(clusterId, meetingId).requireAgendaEditable();
		for (var entry : forms.entrySet()) {
			AttendanceRepository.Row row = rows.find(clusterId, entry.getKey())
				.filter(found -> found.meetingId().equals(meetingId))
				.orElseThrow(() -> new NotFoundException("attendee", entry.getKey()));
			try {
				update(entry.getKey(), entry.getValue());
			}
			catch (RuleViolation violation) {
				throw new RowViolation(row.id(), violation);
			}
		}
	}

	/** A rule violation of one row of the table. */
	public static final class RowViolation extends RuntimeException {

		private final UUID rowId;

		private final RuleViolation violation;

		RowViolation(UUID rowId, RuleViolation violation) {
			super(violation.getMessage(), violation);
			this.rowId = rowId;
			this.violation = violation;
		}

		public UUID rowId() {
			return rowId;
		}

		public RuleViolation violation() {
			return violation;
		}

	}

	/**
	 * The deputies registered for each member on the meeting date (member's person id →
	 * deputies' person ids), so that "vara" offers and preselects them rather than the
	 * whole registry.
	 */
	public Map<UUID, List<UUID>> registeredDeputies(UUID meetingId) {
		UUID clusterId = cluster.id();
		Meeting meeting = meeting(clusterId, meetingId);
		Map<UUID, List<UUID>> deputies = new java.util.HashMap<>();
		for (MemberRow member : bodies.membersOn(clusterId, meeting.bodyId(), meeting.meetingDate())) {
			if (member.deputyForPersonId() != null) {
				deputies.computeIfAbsent(member.deputyForPersonId(), key -> new java.util.ArrayList<>())
					.add(member.personId());
			}
		}
		return deputies;
	}

	@Transactional
	public void addGuest(UUID meetingId, GuestForm form) {
		UUID clusterId = cluster.id();
		meeting(clusterId, meetingId).requireAgendaEditable();
		if (form.personId() != null && registry.person(clusterId, form.personId()).isEmpty()) {
			throw new RuleViolation("personId", "attendance.guest.unknown");
		}
		rows.insert(clusterId, meetingId, AttendanceSection.GUEST, form.personId(),
				form.personId() == null ? form.guestName().trim() : null, Text.blankToNull(form.seat()), false,
				AttendanceStatus.PRESENT, rows.nextSortOrder(clusterId, meetingId, AttendanceSection.GUEST));
	}

	/**
	 * Imported history: one attendance row as the minutes give it, with who came instead
	 * for "vara".
	 */
	@Transactional
	public void importRow(UUID meetingId, AttendanceSection section, UUID personId, String guestName, String seat,
			boolean summoned, AttendanceStatus status, UUID deputyPersonId, int sortOrder) {
		UUID clusterId = cluster.id();
		meeting(clusterId, meetingId);
		rows.insert(clusterId, meetingId, section, personId, personId == null ? guestName : null,
				Text.blankToNull(seat), summoned, status, sortOrder);
		if (deputyPersonId != null && status == AttendanceStatus.DEPUTY) {
			rows.ofMeeting(clusterId, meetingId)
				.stream()
				.filter(row -> row.sortOrder() == sortOrder && Objects.equals(row.personId(), personId))
				.findFirst()
				.ifPresent(row -> rows.update(clusterId, row.id(), summoned, status, deputyPersonId, row.version()));
		}
	}

	@Transactional
	public void remove(UUID attendeeId) {
		UUID clusterId = cluster.id();
		AttendanceRepository.Row row = rows.find(clusterId, attendeeId)
			.orElseThrow(() -> new NotFoundException("attendee", attendeeId));
		meeting(clusterId, row.meetingId()).requireAgendaEditable();
		rows.delete(clusterId, attendeeId);
	}

	/**
	 * The attendance table with names, codes and the deputies' organisations, and the
	 * quorum.
	 */
	public AttendanceSheet sheet(UUID meetingId) {
		UUID clusterId = cluster.id();
		Meeting meeting = meeting(clusterId, meetingId);
		MeetingSettings settings = meetings.settings(meeting.bodyId());
		List<AttendanceRepository.Row> all = rows.ofMeeting(clusterId, meetingId);
		List<UUID> ids = new ArrayList<>();
		all.forEach(row -> {
			ids.add(row.personId());
			ids.add(row.deputyPersonId());
		});
		Map<UUID, PersonRef> people = registry.people(clusterId, ids);
		List<Attendee> attendees = all.stream().map(row -> {
			PersonRef person = row.personId() == null ? null : people.get(row.personId());
			PersonRef deputy = row.deputyPersonId() == null ? null : people.get(row.deputyPersonId());
			return new Attendee(row.id(), row.section(), row.personId(),
					person == null ? row.guestName() : person.name(), person == null ? null : person.code(), row.seat(),
					row.summoned(), row.status(), row.deputyPersonId(), deputy == null ? null : deputy.name(),
					deputy == null ? null : deputy.code(),
					deputy == null ? null
							: registry.organisationShortNameOn(clusterId, deputy.id(), meeting.meetingDate()),
					row.sortOrder(), row.version());
		}).toList();
		return new AttendanceSheet(attendees, settings.quorumRule(), settings.quorumMinimum());
	}

	private Meeting meeting(UUID clusterId, UUID meetingId) {
		return meetings.meeting(meetingId);
	}

}
