package klynge.meeting.attendance;

import static klynge.meeting.attendance.AttendanceSection.MEMBER;
import static klynge.meeting.attendance.AttendanceSection.OBSERVER;
import static klynge.meeting.attendance.AttendanceStatus.ABSENT;
import static klynge.meeting.attendance.AttendanceStatus.DEPUTY;
import static klynge.meeting.attendance.AttendanceStatus.PRESENT;
import static klynge.meeting.attendance.AttendanceStatus.REMOTE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class AttendanceSheetTests {

	final UUID gg = UUID.randomUUID();

	final UUID ieg = UUID.randomUUID();

	/**
	 * The Partnermøte of 27.03.2023: 11 members, MH "vara" (GG chaired), JHK "x", GPK
	 * "vara" (IEG came).
	 */
	AttendanceSheet partnerMeeting(QuorumRule rule) {
		List<Attendee> rows = new ArrayList<>();
		rows.add(member("MH", DEPUTY, gg));
		rows.add(member(gg, "GG", PRESENT, null));
		for (String code : List.of("GY", "EH", "KAW", "KF")) {
			rows.add(member(code, PRESENT, null));
		}
		rows.add(member("JHK", ABSENT, null));
		rows.add(member("GPK", DEPUTY, ieg));
		rows.add(member("BM", PRESENT, null));
		rows.add(member("LM", REMOTE, null));
		rows.add(member("PB", PRESENT, null));
		rows.add(new Attendee(UUID.randomUUID(), OBSERVER, UUID.randomUUID(), "Karsten Specht", "KS",
				"Leder av Styringsgruppen", true, PRESENT, null, null, null, null, 20, 0));
		return new AttendanceSheet(rows, rule, null);
	}

	Attendee member(String code, AttendanceStatus status, UUID deputy) {
		return member(UUID.randomUUID(), code, status, deputy);
	}

	Attendee member(UUID person, String code, AttendanceStatus status, UUID deputy) {
		return new Attendee(UUID.randomUUID(), MEMBER, person, code, code, "seat", true, status, deputy,
				deputy == null ? null : "deputy", null, "FHI", 0, 0);
	}

	@Test
	void countsMembersDeputiesAndRemoteButNotAMemberTwice() {
		AttendanceSheet sheet = partnerMeeting(QuorumRule.MORE_THAN_HALF);
		assertThat(sheet.memberSeats()).isEqualTo(11);
		// GG, GY, EH, KAW, KF, BM, LM (teams), PB, and IEG for GPK; GG for MH is not a
		// second vote
		assertThat(sheet.represented()).isEqualTo(9);
		assertThat(sheet.members()).isEqualTo(11);
		assertThat(sheet.quorate()).isTrue();
		assertThat(sheet.required()).isEqualTo(6);
	}

	/**
	 * Arbeidsgruppen 03.06.2021: 14 seats, but Priyanthi Borgen Gjerde holds two (Norce
	 * and Lederforum/ Årstadveien 17), absent from both: 13 members, 10 of them
	 * represented (nine came, Elena Sandgathe for Rebekka Ljosland). Counting seats made
	 * it "10 av 14".
	 */
	@Test
	void countsPeopleNotSeats() {
		UUID pbg = UUID.randomUUID();
		List<Attendee> rows = new ArrayList<>();
		for (String code : List.of("NL", "RB", "BW", "TEH", "RS", "RLM", "ØV", "EB", "AL")) {
			rows.add(member(code, PRESENT, null));
		}
		rows.add(member("PB", ABSENT, null));
		rows.add(member(pbg, "PBG", ABSENT, null));
		rows.add(member("HR", ABSENT, null));
		rows.add(member("RL", DEPUTY, UUID.randomUUID()));
		rows.add(member(pbg, "PBG", ABSENT, null));
		AttendanceSheet sheet = new AttendanceSheet(rows, QuorumRule.MORE_THAN_HALF, null);
		assertThat(sheet.memberSeats()).isEqualTo(14);
		assertThat(sheet.members()).isEqualTo(13);
		assertThat(sheet.represented()).isEqualTo(10);
		assertThat(sheet.required()).isEqualTo(7);
		// one person in two seats, present: one member, one vote
		rows.set(10, member(pbg, "PBG", PRESENT, null));
		rows.set(13, member(pbg, "PBG", PRESENT, null));
		assertThat(new AttendanceSheet(rows, QuorumRule.MORE_THAN_HALF, null).represented()).isEqualTo(11);
	}

	@Test
	void observersDoNotCount() {
		assertThat(partnerMeeting(QuorumRule.AT_LEAST).memberSeats()).isEqualTo(11);
	}

	@Test
	void quorumRulesDecide() {
		assertThat(QuorumRule.MORE_THAN_HALF.isQuorate(10, 5, null)).isFalse();
		assertThat(QuorumRule.AT_LEAST_HALF.isQuorate(10, 5, null)).isTrue();
		assertThat(QuorumRule.AT_LEAST.isQuorate(10, 9, 10)).isFalse();
		assertThat(new AttendanceSheet(List.of(), QuorumRule.AT_LEAST, 10).required()).isEqualTo(10);
	}

	@Test
	void onlyDeputiesWhoAreNotMembersGetTheDeputySentence() {
		assertThat(partnerMeeting(QuorumRule.MORE_THAN_HALF).deputiesWhoAttended()).extracting(Attendee::code)
			.containsExactly("GPK");
	}

}
