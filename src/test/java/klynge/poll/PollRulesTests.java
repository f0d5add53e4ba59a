package klynge.poll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import klynge.shared.RuleViolation;
import org.junit.jupiter.api.Test;

/**
 * The rules of a poll without a database: counting per option, the best option per slot
 * (most who can come, then most plain yes, then the earliest; never one nobody can
 * attend), who has not answered, parsing answers, and the refusal of a closed poll.
 */
class PollRulesTests {

	static final UUID SLOT_1 = UUID.randomUUID(), SLOT_2 = UUID.randomUUID();

	static final PollOption AUG_26 = option(SLOT_1, "2021-08-26"), SEP_2 = option(SLOT_1, "2021-09-02"),
			OCT_21 = option(SLOT_2, "2021-10-21"), OCT_28 = option(SLOT_2, "2021-10-28");

	static final Invitee NL = invitee("Nina Langeland"), BW = invitee("Bente Wold"), TEH = invitee("Trond Egil Hansen"),
			RS = invitee("Randi Skår");

	@Test
	void countsEachAnswerAndTheUnansweredPerOption() {
		Poll poll = poll(PollStatus.OPEN, answer(NL, AUG_26, AnswerChoice.YES), answer(BW, AUG_26, AnswerChoice.NO),
				answer(TEH, AUG_26, AnswerChoice.IF_NEED_BE), answer(NL, SEP_2, AnswerChoice.NO));
		PollResults results = poll.results();
		assertThat(results.tally(AUG_26.id())).isEqualTo(new PollResults.Tally(1, 1, 1, 1));
		assertThat(results.tally(SEP_2.id())).isEqualTo(new PollResults.Tally(0, 0, 1, 3));
		assertThat(results.tally(OCT_21.id())).isEqualTo(new PollResults.Tally(0, 0, 0, 4));
		assertThat(results.tally(AUG_26.id()).available()).isEqualTo(2);
		assertThat(results.unanswered()).containsExactly(RS);
		assertThat(results.answeredCount()).isEqualTo(3);
		assertThat(results.rows()).hasSize(4);
		assertThat(results.rows().getFirst().answer(AUG_26.id())).contains(AnswerChoice.YES);
		assertThat(results.rows().get(3).answer(AUG_26.id())).isEmpty();
	}

	@Test
	void theBestOptionIsTheOneMostCanAttendThenMostYesThenTheEarliest() {
		// Slot 1: 2.9 has three who can come (one if need be), 26.8 two with yes: 2.9.
		// Slot 2: both have two who can come; 28.10 has two plain yes: 28.10.
		Poll poll = poll(PollStatus.OPEN, answer(NL, AUG_26, AnswerChoice.YES), answer(BW, AUG_26, AnswerChoice.YES),
				answer(NL, SEP_2, AnswerChoice.YES), answer(BW, SEP_2, AnswerChoice.YES),
				answer(TEH, SEP_2, AnswerChoice.IF_NEED_BE), answer(NL, OCT_21, AnswerChoice.YES),
				answer(BW, OCT_21, AnswerChoice.IF_NEED_BE), answer(NL, OCT_28, AnswerChoice.YES),
				answer(BW, OCT_28, AnswerChoice.YES));
		PollResults results = poll.results();
		assertThat(results.best(SLOT_1)).contains(SEP_2.id());
		assertThat(results.best(SLOT_2)).contains(OCT_28.id());
		assertThat(results.isBest(AUG_26.id())).isFalse();
		assertThat(results.isBest(SEP_2.id())).isTrue();
	}

	@Test
	void aTieGoesToTheEarlierDayAndNobodyAvailableIsNoBest() {
		Poll poll = poll(PollStatus.OPEN, answer(NL, AUG_26, AnswerChoice.YES), answer(NL, SEP_2, AnswerChoice.YES),
				answer(NL, OCT_21, AnswerChoice.NO), answer(BW, OCT_28, AnswerChoice.NO));
		PollResults results = poll.results();
		assertThat(results.best(SLOT_1)).contains(AUG_26.id());
		assertThat(results.best(SLOT_2)).isEmpty();
		assertThat(poll(PollStatus.OPEN).results().bestBySlot()).isEmpty();
	}

	@Test
	void aClosedPollRefusesAndAnOpenOneLetsThrough() {
		poll(PollStatus.OPEN).requireOpen();
		Poll closed = poll(PollStatus.CLOSED);
		assertThatThrownBy(closed::requireOpen).isInstanceOf(PollClosed.class)
			.satisfies(ex -> assertThat(((PollClosed) ex).poll()).isSameAs(closed));
	}

	@Test
	void answersAreParsedStrictly() {
		Poll poll = poll(PollStatus.OPEN);
		assertThat(Polls.parse(poll, Map.of(AUG_26.id(), "YES", OCT_21.id(), "IF_NEED_BE", OCT_28.id(), "NO")))
			.containsEntry(AUG_26.id(), AnswerChoice.YES)
			.containsEntry(OCT_21.id(), AnswerChoice.IF_NEED_BE)
			.containsEntry(OCT_28.id(), AnswerChoice.NO);
		assertThat(ruleOf(() -> Polls.parse(poll, Map.of()))).isEqualTo("poll.answer.none.chosen");
		assertThat(ruleOf(() -> Polls.parse(poll, Map.of(AUG_26.id(), "MAYBE")))).isEqualTo("poll.answer.invalid");
		assertThat(ruleOf(() -> Polls.parse(poll, Map.of(UUID.randomUUID(), "YES")))).isEqualTo("poll.answer.invalid");
		assertThat(AnswerChoice.parse("<script>")).isNull();
		assertThat(AnswerChoice.parse(null)).isNull();
	}

	@Test
	void eachAnswerHasASymbolAndAWord() {
		assertThat(AnswerChoice.YES.symbol()).isEqualTo("✓");
		assertThat(AnswerChoice.IF_NEED_BE.symbol()).isEqualTo("(✓)");
		assertThat(AnswerChoice.NO.symbol()).isEqualTo("✗");
		assertThat(AnswerChoice.IF_NEED_BE.messageKey()).isEqualTo("poll.answer.IF_NEED_BE");
	}

	// --- helpers ---

	private static String ruleOf(Runnable work) {
		try {
			work.run();
			return "no rule";
		}
		catch (RuleViolation violation) {
			return violation.messageKey();
		}
	}

	private static PollOption option(UUID slot, String day) {
		return new PollOption(UUID.randomUUID(), slot, LocalDate.parse(day), LocalTime.of(14, 0), LocalTime.of(15, 30),
				false);
	}

	private static Invitee invitee(String name) {
		return new Invitee(UUID.randomUUID(), null, null, name, "x@example.org", OffsetDateTime.now());
	}

	private static PollAnswer answer(Invitee invitee, PollOption option, AnswerChoice choice) {
		return new PollAnswer(invitee.id(), option.id(), choice, OffsetDateTime.now());
	}

	private static Poll poll(PollStatus status, PollAnswer... answers) {
		List<PollSlot> slots = new ArrayList<>();
		slots.add(new PollSlot(SLOT_1, "Møte 1", 1, null, List.of(AUG_26, SEP_2)));
		slots.add(new PollSlot(SLOT_2, "Møte 2", 2, null, List.of(OCT_21, OCT_28)));
		return new Poll(UUID.randomUUID(), null, null, "Møtetider", null, status, false, null, OffsetDateTime.now(),
				status == PollStatus.CLOSED ? OffsetDateTime.now() : null, slots, List.of(NL, BW, TEH, RS),
				List.of(answers));
	}

}
