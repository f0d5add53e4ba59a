package klynge.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Issue 11.6 and 11.7: approving before the comment deadline, and comments after it. */
class MinutesDeadlineTests {

	static final LocalDate DEADLINE = LocalDate.of(2023, 4, 14);

	static Minutes forComment(LocalDate deadline) {
		return new Minutes(UUID.randomUUID(), UUID.randomUUID(), MinutesStatus.FOR_COMMENT, deadline, null, null, null,
				null, 0, false);
	}

	@Test
	void commentsAreOpenUntilTheEndOfTheDeadline() {
		assertThat(forComment(DEADLINE).commentsStillOpen(DEADLINE.minusDays(1))).isTrue();
		assertThat(forComment(DEADLINE).commentsStillOpen(DEADLINE)).as("the deadline day itself").isTrue();
		assertThat(forComment(DEADLINE).commentsStillOpen(DEADLINE.plusDays(1))).isFalse();
		assertThat(forComment(null).commentsStillOpen(DEADLINE)).isFalse();
	}

	@Test
	void aCommentAfterTheDeadlineDayIsLate() {
		assertThat(forComment(DEADLINE).pastCommentDeadline(DEADLINE)).isFalse();
		assertThat(forComment(DEADLINE).pastCommentDeadline(DEADLINE.plusDays(1))).isTrue();
		assertThat(forComment(null).pastCommentDeadline(DEADLINE.plusYears(1))).isFalse();
	}

	@Test
	void outstandingMeansOutForCommentOrADraftWithText() {
		assertThat(forComment(DEADLINE).outstanding(false)).isTrue();
		Minutes draft = new Minutes(UUID.randomUUID(), UUID.randomUUID(), MinutesStatus.DRAFT, null, null, null, null,
				null, 0, false);
		assertThat(draft.outstanding(false)).isFalse();
		assertThat(draft.outstanding(true)).isTrue();
	}

}
