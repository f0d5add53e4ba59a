package klynge.meeting.attendance;

/**
 * The parts of the attendance table: members, then standing observers, secretariat and
 * guests.
 */
@org.springframework.modulith.NamedInterface("attendance")
public enum AttendanceSection {

	MEMBER, OBSERVER, SECRETARIAT, GUEST;

	public String messageKey() {
		return "attendance.section." + name();
	}

}
