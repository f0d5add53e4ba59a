package klynge.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import klynge.body.BodyDirectory;
import klynge.body.MemberRow;
import klynge.cluster.CurrentCluster;
import klynge.organisation.OrganisationDirectory;
import klynge.shared.EditConflict;
import klynge.shared.NotFoundException;
import klynge.shared.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Plans, reschedules, cancels and moves meetings through their workflow. */
@Service
public class Meetings {

	private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter
		.ofPattern("dd.MM.yyyy");

	private final MeetingRepository meetings;

	private final Agenda agenda;

	private final BodyDirectory bodies;

	private final OrganisationDirectory registry;

	private final CurrentCluster cluster;

	private final ApplicationEventPublisher events;

	Meetings(MeetingRepository meetings, Agenda agenda, BodyDirectory bodies, OrganisationDirectory registry,
			CurrentCluster cluster, ApplicationEventPublisher events) {
		this.meetings = meetings;
		this.agenda = agenda;
		this.bodies = bodies;
		this.registry = registry;
		this.cluster = cluster;
		this.events = events;
	}

	public Meeting meeting(UUID meetingId) {
		return meetings.find(cluster.id(), meetingId).orElseThrow(() -> new NotFoundException("meeting", meetingId));
	}

	public List<Meeting> ofBody(UUID bodyId) {
		return meetings.ofBody(cluster.id(), bodyId);
	}

	public List<Meeting> between(LocalDate from, LocalDate to) {
		return meetings.between(cluster.id(), from, to);
	}

	public Optional<Meeting> nextOfBody(UUID bodyId, LocalDate after) {
		return meetings.nextOfBody(cluster.id(), bodyId, after);
	}

	public Optional<Meeting> previousOfBody(UUID bodyId, LocalDate before) {
		return meetings.previousOfBody(cluster.id(), bodyId, before);
	}

	public List<MeetingHistoryEntry> history(UUID meetingId) {
		return meetings.history(cluster.id(), meetingId);
	}

	/** The body whose case numbers carry this prefix ("PM", "SG"), if any. */
	public Optional<UUID> bodyWithPrefix(String prefix) {
		return meetings.bodyWithPrefix(cluster.id(), prefix);
	}

	/** Today in the cluster's time zone: the day rules about dates are judged on. */
	public LocalDate today() {
		return LocalDate.now(cluster.get().zone());
	}

	/**
	 * The warning a person must confirm before marking the meeting held, if any: its date
	 * is still to come and the body warns rather than refuses (when it refuses,
	 * {@link #moveTo} says so).
	 */
	public boolean heldBeforeItsDate(UUID meetingId) {
		return meeting(meetingId).beforeItsDate(today());
	}

	public MeetingSettings settings(UUID bodyId) {
		return meetings.settings(cluster.id(), bodyId);
	}

	/**
	 * The body's name on the meeting date: old minutes keep the name the body had then.
	 */
	public String bodyName(Meeting meeting) {
		return bodies.nameOn(cluster.id(), meeting.bodyId(), meeting.meetingDate());
	}

	/**
	 * Whether the meeting's body is the partner meeting: its minutes are headed by the
	 * kind of meeting ("REFERAT PARTNERMØTE", as the seed writes it), not by the body's
	 * name in the definite form.
	 */
	public boolean isPartnerMeeting(Meeting meeting) {
		return bodies.body(cluster.id(), meeting.bodyId())
			.map(b -> b.type() == klynge.body.BodyType.PARTNER_MEETING)
			.orElse(false);
	}

	/**
	 * Plans a meeting and fills its summons list from the body's memberships on the date.
	 */
	@Transactional
	public UUID plan(MeetingForm form) {
		UUID clusterId = cluster.id();
		if (bodies.body(clusterId, form.bodyId()).isEmpty()) {
			throw new RuleViolation("bodyId", "meeting.body.unknown");
		}
		UUID id = meetings.insert(clusterId, form);
		meetings.recordEvent(clusterId, id, "STATUS", null, MeetingStatus.PLANNED, null, form.meetingDate(), null);
		events.publishEvent(new MeetingPlanned(clusterId, id)); // attendance fills the
																// summons list, in this
																// transaction
		return id;
	}

	/**
	 * Changes date, time or place. Once the summons is out, a reason is required and
	 * those summoned are told (MeetingChanged).
	 */
	@Transactional
	public void reschedule(UUID meetingId, MeetingForm form) {
		UUID clusterId = cluster.id();
		Meeting meeting = locked(clusterId, meetingId);
		if (meeting.status() == MeetingStatus.CANCELLED) {
			// a wrong link or room in a cancelled meeting's record (and its calendar
			// entry) may be corrected
			requireSameTime(meeting, form);
		}
		else {
			meeting.requireReschedulable();
		}
		if (meeting.status() == MeetingStatus.SUMMONED && (form.reason() == null || form.reason().isBlank())) {
			throw new RuleViolation("reason", "meeting.reschedule.reasonRequired");
		}
		if (!Objects.equals(meeting.bodyId(), form.bodyId())) {
			throw new RuleViolation("bodyId", "meeting.body.fixed");
		}
		if (!meetings.updateDetails(clusterId, meetingId, form)) {
			throw new EditConflict("meeting", meetingId, meeting.version());
		}
		if (!meeting.meetingDate().equals(form.meetingDate())) {
			meetings.recordEvent(clusterId, meetingId, "RESCHEDULED", null, null, meeting.meetingDate(),
					form.meetingDate(), form.reason());
			int oldYear = meeting.meetingDate().getYear();
			int newYear = form.meetingDate().getYear();
			agenda.moveYear(clusterId, meetingId, meeting.bodyId(), oldYear, newYear);
		}
		else if (form.reason() != null && !form.reason().isBlank()) {
			meetings.recordEvent(clusterId, meetingId, "RESCHEDULED", null, null, meeting.meetingDate(),
					form.meetingDate(), form.reason());
		}
		if (meeting.status() == MeetingStatus.SUMMONED) {
			events.publishEvent(new MeetingChanged(clusterId, meetingId, false, form.reason()));
		}
	}

	private static void requireSameTime(Meeting meeting, MeetingForm form) {
		if (!meeting.meetingDate().equals(form.meetingDate())) {
			throw new RuleViolation("meetingDate", "meeting.cancelled.placeOnly");
		}
		if (!Objects.equals(meeting.startsAt(), form.startsAt())) {
			throw new RuleViolation("startsAt", "meeting.cancelled.placeOnly");
		}
		if (!Objects.equals(meeting.endsAt(), form.endsAt())) {
			throw new RuleViolation("endsAt", "meeting.cancelled.placeOnly");
		}
	}

	/** What {@link #cancel} would refuse, asked before the confirmation step. */
	public void requireCancellable(UUID meetingId, String reason) {
		if (reason == null || reason.isBlank()) {
			throw new RuleViolation("reason", "meeting.cancel.reasonRequired");
		}
		meeting(meetingId).requireTransition(MeetingStatus.CANCELLED);
	}

	@Transactional
	public void cancel(UUID meetingId, String reason) {
		UUID clusterId = cluster.id();
		Meeting meeting = locked(clusterId, meetingId);
		if (reason == null || reason.isBlank()) {
			throw new RuleViolation("reason", "meeting.cancel.reasonRequired");
		}
		meeting.requireTransition(MeetingStatus.CANCELLED);
		meetings.updateStatus(clusterId, meetingId, MeetingStatus.CANCELLED);
		meetings.recordEvent(clusterId, meetingId, "CANCELLED", meeting.status(), MeetingStatus.CANCELLED,
				meeting.meetingDate(), null, reason);
		agenda.renumber(clusterId, meeting.bodyId(), meeting.meetingDate().getYear());
		events.publishEvent(new MeetingChanged(clusterId, meetingId, true, reason));
	}

	/**
	 * Moves a meeting one step along planlagt → innkalt → gjennomført → referat … (no
	 * cancelling here).
	 */
	/**
	 * A status change asked for by a person on the meeting page or through the API. The
	 * minutes' steps are refused here: sending minutes for comments and approving them go
	 * through the minutes module, which keeps the version that was sent or approved.
	 */
	@Transactional
	public void moveToByHand(UUID meetingId, MeetingStatus target) {
		if (target == MeetingStatus.MINUTES_FOR_COMMENT || target == MeetingStatus.MINUTES_APPROVED) {
			meeting(meetingId).requireTransition(target); // a move that is never allowed
															// says so first
			throw new RuleViolation("status", "meeting.status.viaMinutes");
		}
		moveTo(meetingId, target);
	}

	@Transactional
	public void moveTo(UUID meetingId, MeetingStatus target) {
		UUID clusterId = cluster.id();
		Meeting meeting = locked(clusterId, meetingId);
		if (target == MeetingStatus.CANCELLED) {
			throw new RuleViolation("reason", "meeting.cancel.reasonRequired");
		}
		meeting.requireTransition(target);
		if (target == MeetingStatus.HELD && meeting.beforeItsDate(today())
				&& meetings.settings(clusterId, meeting.bodyId()).outOfTime() == OutOfTime.REFUSE) {
			throw new RuleViolation("status", "meeting.held.beforeDate", DAY.format(meeting.meetingDate()));
		}
		meetings.updateStatus(clusterId, meetingId, target);
		meetings.recordEvent(clusterId, meetingId, "STATUS", meeting.status(), target, null, null, null);
		if (target == MeetingStatus.SUMMONED) {
			agenda.renumber(clusterId, meeting.bodyId(), meeting.meetingDate().getYear());
			events.publishEvent(new MeetingSummoned(clusterId, meetingId, meeting.bodyId()));
		}
		events.publishEvent(new MeetingStatusChanged(clusterId, meetingId, meeting.status(), target));
	}

	/**
	 * Who chaired. When it is not the body's leder, the minutes say who they stood in for
	 * ("Gottfried Greve (UiB) ledet møtet som vara for Margareth Hagen").
	 */
	@Transactional
	public void setChair(UUID meetingId, UUID chairPersonId) {
		UUID clusterId = cluster.id();
		Meeting meeting = locked(clusterId, meetingId);
		meeting.requireAgendaEditable();
		if (chairPersonId != null && registry.person(clusterId, chairPersonId).isEmpty()) {
			throw new RuleViolation("chairPersonId", "meeting.chair.unknown");
		}
		UUID leader = bodies.chairOn(clusterId, meeting.bodyId(), meeting.meetingDate())
			.map(MemberRow::personId)
			.orElse(null);
		UUID standsInFor = chairPersonId != null && leader != null && !leader.equals(chairPersonId) ? leader : null;
		meetings.updateChair(clusterId, meetingId, chairPersonId, standsInFor);
	}

	/** The chair of the meeting: the one set, otherwise the body's leder on the date. */
	public UUID chairOf(Meeting meeting) {
		if (meeting.chairPersonId() != null) {
			return meeting.chairPersonId();
		}
		return bodies.chairOn(cluster.id(), meeting.bodyId(), meeting.meetingDate())
			.map(MemberRow::personId)
			.orElse(null);
	}

	/**
	 * Imported history (klynge.importing): a past meeting recorded as it happened,
	 * without a generated summons list, renumbering or events; attendance and items
	 * follow through {@code Attendance.importRow} and {@link Agenda#importItem}, then
	 * {@link #markImported}.
	 */
	@Transactional
	public UUID importMeeting(MeetingForm form, UUID chairPersonId, UUID chairForPersonId) {
		UUID clusterId = cluster.id();
		if (bodies.body(clusterId, form.bodyId()).isEmpty()) {
			throw new RuleViolation("bodyId", "meeting.body.unknown");
		}
		UUID id = meetings.insert(clusterId, form);
		meetings.updateChair(clusterId, id, chairPersonId, chairForPersonId);
		return id;
	}

	/**
	 * Sets an imported meeting's status directly (no transition rules, no mails): old
	 * minutes are history.
	 */
	@Transactional
	public void markImported(UUID meetingId, MeetingStatus status) {
		UUID clusterId = cluster.id();
		Meeting meeting = locked(clusterId, meetingId);
		meetings.updateStatus(clusterId, meetingId, status);
		meetings.recordEvent(clusterId, meetingId, "STATUS", meeting.status(), status, null, null, "import");
	}

	private Meeting locked(UUID clusterId, UUID meetingId) {
		return meetings.findForUpdate(clusterId, meetingId)
			.orElseThrow(() -> new NotFoundException("meeting", meetingId));
	}

}
