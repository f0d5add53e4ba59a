package klynge.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import klynge.shared.WebLink;
import org.springframework.format.annotation.DateTimeFormat;

/** Date, time and place of a meeting, as the secretariat enters them. */
public record MeetingForm(@NotNull UUID bodyId,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate meetingDate,
		@DateTimeFormat(pattern = "HH:mm") LocalTime startsAt, @DateTimeFormat(pattern = "HH:mm") LocalTime endsAt,
		@Size(max = 300) String address, @Size(max = 200) String room, @Size(max = 60) String floor,
		@Size(max = 1000) @Pattern(regexp = "^$|^https://\\S+$", message = "{meeting.onlineUrl.https}") @WebLink(
				message = "{meeting.onlineUrl.invalid}") String onlineUrl,
		@Size(max = 1000) String reason, int version) {

	@AssertTrue(message = "{meeting.endsAt.afterStart}")
	public boolean isEndsAfterStart() {
		return startsAt == null || endsAt == null || endsAt.isAfter(startsAt);
	}

	static MeetingForm empty(UUID bodyId) {
		return empty(bodyId, BodyDefaults.NONE);
	}

	/** A new meeting at the body's usual place, with its Teams link. */
	static MeetingForm empty(UUID bodyId, BodyDefaults defaults) {
		return new MeetingForm(bodyId, null, LocalTime.of(14, 0), LocalTime.of(16, 0), defaults.address(),
				defaults.room(), null, defaults.onlineUrl(), null, 0);
	}

	static MeetingForm of(Meeting meeting) {
		return new MeetingForm(meeting.bodyId(), meeting.meetingDate(), meeting.startsAt(), meeting.endsAt(),
				meeting.address(), meeting.room(), meeting.floor(), meeting.onlineUrl(), null, meeting.version());
	}
}
