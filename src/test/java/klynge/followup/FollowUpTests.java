package klynge.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;

import klynge.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class FollowUpTests {

	static final LocalDate TODAY = LocalDate.of(2023, 5, 1);

	FollowUp followUp(FollowUpStatus status, LocalDate due, LocalDate doneOn) {
		return new FollowUp(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), null, "følger opp saken", due,
				status, doneOn, 0);
	}

	@Test
	void completingSetsTheDayItWasDone() {
		assertThat(followUp(FollowUpStatus.OPEN, null, null).doneOnAfter(FollowUpStatus.DONE, TODAY)).isEqualTo(TODAY);
	}

	@Test
	void completingAgainKeepsTheFirstDay() {
		LocalDate earlier = TODAY.minusDays(3);
		assertThat(followUp(FollowUpStatus.DONE, null, earlier).doneOnAfter(FollowUpStatus.DONE, TODAY))
			.isEqualTo(earlier);
	}

	@Test
	void reopeningClearsTheDayDone() {
		assertThat(followUp(FollowUpStatus.DONE, null, TODAY).doneOnAfter(FollowUpStatus.IN_PROGRESS, TODAY)).isNull();
	}

	@Test
	void overdueWhenNotDoneAndTheDueDateHasPassed() {
		assertThat(followUp(FollowUpStatus.OPEN, TODAY.minusDays(1), null).overdue(TODAY)).isTrue();
		assertThat(followUp(FollowUpStatus.IN_PROGRESS, TODAY.minusDays(1), null).overdue(TODAY)).isTrue();
		assertThat(followUp(FollowUpStatus.OPEN, TODAY, null).overdue(TODAY)).isFalse();
		assertThat(followUp(FollowUpStatus.OPEN, null, null).overdue(TODAY)).isFalse();
		assertThat(followUp(FollowUpStatus.DONE, TODAY.minusDays(9), TODAY).overdue(TODAY)).isFalse();
	}

	@Test
	void ownerIsAPersonOrABodyNeverBothNorNone() {
		assertThatThrownBy(() -> FollowUpRules.requireOneOwner(null, null)).isInstanceOf(RuleViolation.class)
			.extracting("messageKey")
			.isEqualTo("followup.owner.required");
		assertThatThrownBy(() -> FollowUpRules.requireOneOwner("GG", UUID.randomUUID()))
			.isInstanceOf(RuleViolation.class)
			.extracting("messageKey")
			.isEqualTo("followup.owner.both");
		FollowUpRules.requireOneOwner("GG", null);
		FollowUpRules.requireOneOwner(null, UUID.randomUUID());
	}

	@Test
	void dueDateNotBeforeTheMeeting() {
		assertThatThrownBy(() -> FollowUpRules.requireDueNotBefore(TODAY, TODAY.minusDays(1)))
			.isInstanceOf(RuleViolation.class)
			.extracting("field")
			.isEqualTo("dueOn");
		FollowUpRules.requireDueNotBefore(TODAY, TODAY);
		FollowUpRules.requireDueNotBefore(TODAY, null);
	}

	@Test
	void sentenceReadsLikeTheMinutes() {
		FollowUpView view = new FollowUpView(null, null, null, TODAY, "04-23", "Leder", "GG", null, null,
				"følger opp saken", null, FollowUpStatus.OPEN, null, false, 0);
		assertThat(view.sentence()).isEqualTo("GG følger opp saken.");
		assertThat(view.anchor()).isEqualTo("sak-04-23");
	}

	@Test
	void formNormalisesTheOwnerCode() {
		assertThat(new FollowUpForm(" gg ", null, " x ", null, null, 0)).satisfies(form -> {
			assertThat(form.ownerCode()).isEqualTo("GG");
			assertThat(form.status()).isEqualTo(FollowUpStatus.OPEN);
			assertThat(form.description()).isEqualTo("x");
		});
	}

}
