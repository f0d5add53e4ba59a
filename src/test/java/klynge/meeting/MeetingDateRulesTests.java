package klynge.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * Issue 11.6 and 11.7: when a meeting counts as held, and when marking it held is out of
 * time.
 */
class MeetingDateRulesTests {

	static final LocalDate TODAY = LocalDate.of(2023, 10, 2);

	static Meeting on(LocalDate date, MeetingStatus status) {
		return new Meeting(UUID.randomUUID(), UUID.randomUUID(), date, null, null, null, null, null, null, status, null,
				null, null, 0);
	}

	@Test
	void aMeetingTwoWeeksAheadIsBeforeItsDate() {
		assertThat(on(TODAY.plusDays(14), MeetingStatus.SUMMONED).beforeItsDate(TODAY)).isTrue();
		assertThat(on(TODAY, MeetingStatus.SUMMONED).beforeItsDate(TODAY)).isFalse();
		assertThat(on(TODAY.minusDays(1), MeetingStatus.SUMMONED).beforeItsDate(TODAY)).isFalse();
	}

	@Test
	void onlyAHeldMeetingOrOneUnderWayTodayCanApprove() {
		LocalDate october16 = LocalDate.of(2023, 10, 16);
		assertThat(on(october16, MeetingStatus.PLANNED).heldOrUnderWay(TODAY)).as("Godkjent 16.10.2023 i sak 06-23")
			.isFalse();
		assertThat(on(october16, MeetingStatus.PLANNED).heldOrUnderWay(october16)).as("planned, never summoned")
			.isFalse();
		assertThat(on(october16, MeetingStatus.SUMMONED).heldOrUnderWay(TODAY)).isFalse();
		assertThat(on(october16, MeetingStatus.SUMMONED).heldOrUnderWay(october16)).as("on its day").isTrue();
		assertThat(on(october16, MeetingStatus.HELD).heldOrUnderWay(TODAY)).isTrue();
		assertThat(on(october16, MeetingStatus.MINUTES_FOR_COMMENT).heldOrUnderWay(TODAY)).isTrue();
		assertThat(on(october16, MeetingStatus.CANCELLED).heldOrUnderWay(october16)).isFalse();
	}

}
