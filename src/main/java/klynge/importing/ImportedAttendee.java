package klynge.importing;

import klynge.meeting.attendance.AttendanceSection;
import klynge.meeting.attendance.AttendanceStatus;

/**
 * One row of the attendance table (or list): the seat ("Universitetet i Bergen, leder"),
 * name, initials code, whether summoned (Innkalt) and the Forfall value; for "vara", who
 * came instead when the prose says so.
 */
public record ImportedAttendee(AttendanceSection section, String seat, String name, String code, boolean summoned,
		AttendanceStatus status, String deputyName) {

	ImportedAttendee withDeputy(String deputy) {
		return new ImportedAttendee(section, seat, name, code, summoned, status, deputy);
	}
}
