package klynge.meeting.attendance;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The attendance of one meeting: who was there, who stood in for whom, and whether it was quorate. */
@org.springframework.modulith.NamedInterface("attendance")
public record AttendanceSheet(List<Attendee> attendees, QuorumRule rule, Integer minimum) {

	public List<Attendee> section(AttendanceSection section) {
		return attendees.stream().filter(a -> a.section() == section).toList();
	}

	/** The sections that have rows, in table order. */
	public List<AttendanceSection> sections() {
		return Arrays.stream(AttendanceSection.values()).filter(s -> !section(s).isEmpty()).toList();
	}

	public int memberSeats() {
		return section(AttendanceSection.MEMBER).size();
	}

	/**
	 * Seats represented: the member attended, or a deputy who is not already counted as a member
	 * in their own right attended for them. (Gottfried Greve chairing for Margareth Hagen does not
	 * give the UiB leader's seat a second vote.)
	 */
	public int representedSeats() {
		Set<UUID> counted = new HashSet<>();
		int represented = 0;
		for (Attendee member : section(AttendanceSection.MEMBER)) {
			if (member.status().attended()) {
				counted.add(member.personId());
				represented++;
			}
		}
		for (Attendee member : section(AttendanceSection.MEMBER)) {
			if (member.status() == AttendanceStatus.DEPUTY && member.deputyPersonId() != null
					&& counted.add(member.deputyPersonId())) {
				represented++;
			}
		}
		return represented;
	}

	public boolean quorate() {
		return rule.isQuorate(memberSeats(), representedSeats(), minimum);
	}

	public int required() {
		return rule.required(memberSeats(), minimum);
	}

	/** Deputies who attended in a member's place and are not members of the meeting themselves. */
	public List<Attendee> deputiesWhoAttended() {
		Set<UUID> members = new HashSet<>();
		section(AttendanceSection.MEMBER).forEach(a -> members.add(a.personId()));
		return section(AttendanceSection.MEMBER).stream()
			.filter(a -> a.status() == AttendanceStatus.DEPUTY && a.deputyPersonId() != null)
			.filter(a -> !members.contains(a.deputyPersonId()))
			.toList();
	}
}
