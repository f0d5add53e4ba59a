package klynge.meeting;

/** The parts of the attendance table: members, then standing observers, secretariat and guests. */
public enum AttendanceSection {

	MEMBER, OBSERVER, SECRETARIAT, GUEST;

	public String messageKey() {
		return "attendance.section." + name();
	}
}
