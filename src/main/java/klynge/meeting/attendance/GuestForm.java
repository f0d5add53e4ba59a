package klynge.meeting.attendance;

import java.util.UUID;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Size;

/** A guest or presenter: a person of the registry, or just a name. */
public record GuestForm(UUID personId, @Size(max = 200) String guestName, @Size(max = 200) String seat) {

	@AssertTrue(message = "{attendance.guest.required}")
	public boolean isNamed() {
		return personId != null || (guestName != null && !guestName.isBlank());
	}
}
