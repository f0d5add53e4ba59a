package klynge.meeting.attendance;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The attendance of one meeting: who was there, who stood in for whom, and whether it was
 * quorate.
 */
@org.springframework.modulith.NamedInterface("attendance")
public record AttendanceSheet(List<Attendee> attendees, QuorumRule rule, Integer minimum) {

	public List<Attendee> section(AttendanceSection section) {
		return attendees.stream().filter(a -> a.section() == section).toList();
	}

	/** The sections that have rows, in table order. */
	public List<AttendanceSection> sections() {
		return Arrays.stream(AttendanceSection.values()).filter(s -> !section(s).isEmpty()).toList();
	}

	/**
	 * Rows in the members' section: a person with two seats (Norce and Lederforum in
	 * 2021) has two.
	 */
	public int memberSeats() {
		return section(AttendanceSection.MEMBER).size();
	}

	/**
	 * The members: people, not seats. Quorum ("more than half of the members") counts
	 * people, so a person holding two seats is one member and one vote.
	 */
	public int members() {
		Set<UUID> people = new HashSet<>();
		for (Attendee member : section(AttendanceSection.MEMBER)) {
			people.add(member.personId() == null ? member.id() : member.personId());
		}
		return people.size();
	}

	/**
	 * Members represented: the member attended (in any of their seats), or a deputy who
	 * is not already counted as a member in their own right attended for them. (Gottfried
	 * Greve chairing for Margareth Hagen does not give the UiB leader a second vote.)
	 */
	public int represented() {
		Set<UUID> present = new HashSet<>();
		Set<UUID> represented = new HashSet<>();
		for (Attendee member : section(AttendanceSection.MEMBER)) {
			if (member.status().attended()) {
				present.add(member.personId());
				represented.add(person(member));
			}
		}
		for (Attendee member : section(AttendanceSection.MEMBER)) {
			if (member.status() == AttendanceStatus.DEPUTY && member.deputyPersonId() != null
					&& !present.contains(member.deputyPersonId()) && !represented.contains(person(member))) {
				present.add(member.deputyPersonId());
				represented.add(person(member));
			}
		}
		return represented.size();
	}

	private static UUID person(Attendee member) {
		return member.personId() == null ? member.id() : member.personId();
	}

	public boolean quorate() {
		return rule.isQuorate(members(), represented(), minimum);
	}

	public int required() {
		return rule.required(members(), minimum);
	}

	/**
	 * Deputies who attended in a member's place and are not members of the meeting
	 * themselves.
	 */
	public List<Attendee> deputiesWhoAttended() {
		Set<UUID> members = new HashSet<>();
		section(AttendanceSection.MEMBER).forEach(a -> members.add(a.personId()));
		return section(AttendanceSection.MEMBER).stream()
			.filter(a -> a.status() == AttendanceStatus.DEPUTY && a.deputyPersonId() != null)
			.filter(a -> !members.contains(a.deputyPersonId()))
			.toList();
	}
}
