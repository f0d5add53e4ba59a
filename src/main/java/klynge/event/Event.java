package klynge.event;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

/** An event as stored: times are instants, shown in the cluster's zone. */
record Event(UUID id, String title, String slug, String summary, String place, OffsetDateTime startsAt,
		OffsetDateTime endsAt, Integer capacity, OffsetDateTime registrationOpens, OffsetDateTime registrationCloses,
		EventStatus status, int retentionDays, int version) {

	public boolean published() {
		return status == EventStatus.PUBLISHED;
	}

	public LocalDate firstDay(ZoneId zone) {
		return startsAt.atZoneSameInstant(zone).toLocalDate();
	}

	public LocalDate lastDay(ZoneId zone) {
		return endsAt.atZoneSameInstant(zone).toLocalDate();
	}

	LocalDateTime localStart(ZoneId zone) {
		return startsAt.atZoneSameInstant(zone).toLocalDateTime();
	}

	LocalDateTime localEnd(ZoneId zone) {
		return endsAt.atZoneSameInstant(zone).toLocalDateTime();
	}

	/** "07.06.2027 09:00–15:30", or from and to when it spans days. */
	public String when(ZoneId zone) {
		return EventTexts.period(this, zone, null);
	}

	boolean over(Instant now) {
		return endsAt.toInstant().isBefore(now);
	}

}
