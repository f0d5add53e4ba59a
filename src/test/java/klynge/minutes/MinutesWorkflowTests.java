package klynge.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;

import klynge.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class MinutesWorkflowTests {

	static Minutes in(MinutesStatus status) {
		return new Minutes(UUID.randomUUID(), UUID.randomUUID(), status, null,
				status == MinutesStatus.APPROVED ? LocalDate.of(2023, 3, 27) : null, null, null,
				status == MinutesStatus.APPROVED ? 1 : null, 0, false);
	}

	@Test
	void allowedTransitions() {
		assertThat(MinutesStatus.DRAFT.canMoveTo(MinutesStatus.FOR_COMMENT)).isTrue();
		assertThat(MinutesStatus.DRAFT.canMoveTo(MinutesStatus.APPROVED)).isTrue();
		assertThat(MinutesStatus.FOR_COMMENT.canMoveTo(MinutesStatus.APPROVED)).isTrue();
	}

	@Test
	void forbiddenTransitions() {
		assertThat(MinutesStatus.FOR_COMMENT.canMoveTo(MinutesStatus.DRAFT)).isFalse();
		assertThat(MinutesStatus.FOR_COMMENT.canMoveTo(MinutesStatus.FOR_COMMENT)).isFalse();
		assertThat(MinutesStatus.APPROVED.next()).isEmpty();
		assertThatThrownBy(() -> in(MinutesStatus.APPROVED).requireTransition(MinutesStatus.FOR_COMMENT))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("minutes.status.forbidden");
		assertThatThrownBy(() -> in(MinutesStatus.FOR_COMMENT).requireTransition(MinutesStatus.FOR_COMMENT))
			.isInstanceOf(RuleViolation.class);
	}

	@Test
	void approvedMinutesAreLockedAndOnlyThoseAreAmended() {
		assertThatThrownBy(() -> in(MinutesStatus.APPROVED).requireEditable()).isInstanceOf(RuleViolation.class)
			.hasMessageContaining("minutes.locked");
		in(MinutesStatus.DRAFT).requireEditable();
		in(MinutesStatus.FOR_COMMENT).requireEditable();
		in(MinutesStatus.APPROVED).requireApproved();
		assertThatThrownBy(() -> in(MinutesStatus.DRAFT).requireApproved()).isInstanceOf(RuleViolation.class);
	}

	@Test
	void feedbackIsOneBulletPerNonBlankLine() {
		ItemMinutes minutes = new ItemMinutes(null, null, null, null, "Tilbakemeldinger fra Partnermøtet;",
				"Første\n\n  Andre  \r\nTredje", null, 0);
		assertThat(minutes.feedbackLines()).containsExactly("Første", "Andre", "Tredje");
		assertThat(minutes.isEmpty()).isFalse();
		assertThat(new ItemMinutes(null, null, null, " ", null, null, null, 0).isEmpty()).isTrue();
	}

}
