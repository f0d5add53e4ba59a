package klynge.meeting.attendance;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/** One row's Innkalt/Forfall values and, for "vara", who attended instead. */
public record AttendanceForm(boolean summoned, @NotNull AttendanceStatus status, UUID deputyPersonId, int version) {
}
