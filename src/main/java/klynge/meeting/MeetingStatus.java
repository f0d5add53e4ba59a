package klynge.meeting;

import java.util.EnumSet;
import java.util.Set;

/**
 * planlagt → innkalt → gjennomført → referat til kommentar → referat godkjent (locked); a
 * meeting can be cancelled until it is held.
 */
public enum MeetingStatus {

	PLANNED, SUMMONED, HELD, MINUTES_FOR_COMMENT, MINUTES_APPROVED, CANCELLED;

	public Set<MeetingStatus> next() {
		return switch (this) {
			case PLANNED -> EnumSet.of(SUMMONED, CANCELLED);
			case SUMMONED -> EnumSet.of(HELD, CANCELLED);
			case HELD -> EnumSet.of(MINUTES_FOR_COMMENT, MINUTES_APPROVED);
			case MINUTES_FOR_COMMENT -> EnumSet.of(MINUTES_APPROVED);
			case MINUTES_APPROVED, CANCELLED -> EnumSet.noneOf(MeetingStatus.class);
		};
	}

	public boolean canMoveTo(MeetingStatus target) {
		return next().contains(target);
	}

	/**
	 * Case numbers follow the agenda order until the summons is sent, then they are
	 * frozen.
	 */
	public boolean numbersFrozen() {
		return this != PLANNED;
	}

	/** Date, time and place may change until the meeting is held. */
	public boolean canReschedule() {
		return this == PLANNED || this == SUMMONED;
	}

	/**
	 * The agenda can be edited until the minutes are approved; after that only by
	 * amendment.
	 */
	public boolean agendaEditable() {
		return this != MINUTES_APPROVED && this != CANCELLED;
	}

	public String messageKey() {
		return "meeting.status." + name();
	}

}
