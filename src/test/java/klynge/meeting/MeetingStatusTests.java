package klynge.meeting;

import static klynge.meeting.MeetingStatus.CANCELLED;
import static klynge.meeting.MeetingStatus.HELD;
import static klynge.meeting.MeetingStatus.MINUTES_APPROVED;
import static klynge.meeting.MeetingStatus.MINUTES_FOR_COMMENT;
import static klynge.meeting.MeetingStatus.PLANNED;
import static klynge.meeting.MeetingStatus.SUMMONED;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MeetingStatusTests {

	@Test
	void followsTheWorkflowForward() {
		assertThat(PLANNED.canMoveTo(SUMMONED)).isTrue();
		assertThat(SUMMONED.canMoveTo(HELD)).isTrue();
		assertThat(HELD.canMoveTo(MINUTES_FOR_COMMENT)).isTrue();
		assertThat(MINUTES_FOR_COMMENT.canMoveTo(MINUTES_APPROVED)).isTrue();
		assertThat(HELD.canMoveTo(MINUTES_APPROVED)).isTrue();
	}

	@Test
	void forbidsSkippingAndGoingBack() {
		assertThat(PLANNED.canMoveTo(HELD)).isFalse();
		assertThat(PLANNED.canMoveTo(MINUTES_APPROVED)).isFalse();
		assertThat(SUMMONED.canMoveTo(PLANNED)).isFalse();
		assertThat(MINUTES_APPROVED.next()).isEmpty();
		assertThat(CANCELLED.next()).isEmpty();
	}

	@Test
	void cancelOnlyBeforeTheMeetingIsHeld() {
		assertThat(PLANNED.canMoveTo(CANCELLED)).isTrue();
		assertThat(SUMMONED.canMoveTo(CANCELLED)).isTrue();
		assertThat(HELD.canMoveTo(CANCELLED)).isFalse();
	}

	@Test
	void numbersFreezeWithTheSummons() {
		assertThat(PLANNED.numbersFrozen()).isFalse();
		assertThat(SUMMONED.numbersFrozen()).isTrue();
		assertThat(MINUTES_APPROVED.agendaEditable()).isFalse();
	}

}
