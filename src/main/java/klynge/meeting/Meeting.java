package klynge.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

import klynge.shared.RuleViolation;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** A meeting of a body. Rules about what may change when live here. */
public record Meeting(UUID id, UUID bodyId, LocalDate meetingDate, LocalTime startsAt, LocalTime endsAt, String address,
		String room, String floor, String onlineUrl, MeetingStatus status, UUID chairPersonId, UUID chairForPersonId,
		OffsetDateTime summonedAt, int version) {

	void requireTransition(MeetingStatus target) {
		if (!status.canMoveTo(target)) {
			throw new RuleViolation("status", "meeting.status.forbidden", statusName(status), statusName(target));
		}
	}

	/** The status's name in the reader's language when the message is resolved. */
	private static MessageSourceResolvable statusName(MeetingStatus status) {
		return new DefaultMessageSourceResolvable(new String[] { status.messageKey() }, status.name());
	}

	void requireReschedulable() {
		if (!status.canReschedule()) {
			throw new RuleViolation("meetingDate", "meeting.reschedule.forbidden", status.name());
		}
	}

	public void requireAgendaEditable() {
		if (!status.agendaEditable()) {
			throw new RuleViolation(null, "meeting.agenda.locked");
		}
	}

	/**
	 * Whether the meeting's date is still to come on {@code today}: marking it held now
	 * is out of time.
	 */
	public boolean beforeItsDate(LocalDate today) {
		return meetingDate.isAfter(today);
	}

	/**
	 * Held, or taking place today: what a meeting must be for its approval item to
	 * approve minutes ("Godkjent 16.10.2023 i sak 06-23" is not true of a meeting that is
	 * only planned).
	 */
	public boolean heldOrUnderWay(LocalDate today) {
		return switch (status) {
			case HELD, MINUTES_FOR_COMMENT, MINUTES_APPROVED -> true;
			case SUMMONED -> !meetingDate.isAfter(today);
			case PLANNED, CANCELLED -> false;
		};
	}

	/**
	 * "Alrek helseklynge, Årstadveien 17 – møterom Tarlebø 2F15, 2. etasje" style, or
	 * empty.
	 */
	public String place() {
		StringBuilder place = new StringBuilder();
		if (address != null && !address.isBlank()) {
			place.append(address);
		}
		if (room != null && !room.isBlank()) {
			place.append(place.isEmpty() ? "" : " – ").append(room);
		}
		if (floor != null && !floor.isBlank()) {
			place.append(place.isEmpty() ? "" : ", ").append(floor);
		}
		return place.toString();
	}

	public boolean online() {
		return onlineUrl != null && !onlineUrl.isBlank();
	}
}
