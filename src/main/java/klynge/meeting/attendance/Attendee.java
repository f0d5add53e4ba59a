package klynge.meeting.attendance;

import java.util.UUID;

/**
 * One row of the attendance table as the page shows it.
 *
 * @param organisationShort short name of the person's organisation, for "(FHI)" in
 * sentences
 * @param deputyName who attended in this member's place, if status is DEPUTY
 */
@org.springframework.modulith.NamedInterface("attendance")
public record Attendee(UUID id, AttendanceSection section, UUID personId, String name, String code, String seat,
		boolean summoned, AttendanceStatus status, UUID deputyPersonId, String deputyName, String deputyCode,
		String deputyOrganisationShort, int sortOrder, int version) {

	/** The seed's "Innkalt" column. */
	public String summonedCode() {
		return summoned ? "x" : "";
	}
}
