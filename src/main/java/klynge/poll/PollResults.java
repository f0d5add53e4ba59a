package klynge.poll;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The matrix of a poll: one row per invitee, one column per option, the counts under each
 * option and the best option of each slot.
 * <p>
 * The best option is the one the most can attend (yes or if need be); of those, the one
 * with the most plain yes; of those, the earliest. An option nobody can attend is never
 * best.
 */
public record PollResults(List<Row> rows, Map<UUID, Tally> tallies, Map<UUID, UUID> bestBySlot) {

	/** An invitee's answers by option id; an option they have not answered is missing. */
	public record Row(Invitee invitee, Map<UUID, AnswerChoice> answers) {

		public Optional<AnswerChoice> answer(UUID optionId) {
			return Optional.ofNullable(answers.get(optionId));
		}

		public boolean answeredAny() {
			return !answers.isEmpty();
		}

	}

	public record Tally(int yes, int ifNeedBe, int no, int unanswered) {

		/** Those who can come, if need be included. */
		public int available() {
			return yes + ifNeedBe;
		}

	}

	static PollResults of(Poll poll) {
		Map<UUID, Map<UUID, AnswerChoice>> byInvitee = new HashMap<>();
		for (PollAnswer answer : poll.answers()) {
			byInvitee.computeIfAbsent(answer.inviteeId(), id -> new HashMap<>())
				.put(answer.optionId(), answer.choice());
		}
		List<Row> rows = poll.invitees()
			.stream()
			.map(invitee -> new Row(invitee, Map.copyOf(byInvitee.getOrDefault(invitee.id(), Map.of()))))
			.toList();
		Map<UUID, Tally> tallies = new LinkedHashMap<>();
		for (PollOption option : poll.options()) {
			int yes = 0, ifNeedBe = 0, no = 0, unanswered = 0;
			for (Row row : rows) {
				AnswerChoice choice = row.answers().get(option.id());
				if (choice == null) {
					unanswered++;
				}
				else {
					switch (choice) {
						case YES -> yes++;
						case IF_NEED_BE -> ifNeedBe++;
						case NO -> no++;
					}
				}
			}
			tallies.put(option.id(), new Tally(yes, ifNeedBe, no, unanswered));
		}
		Map<UUID, UUID> best = new LinkedHashMap<>();
		Comparator<PollOption> better = Comparator
			.comparingInt((PollOption option) -> tallies.get(option.id()).available())
			.thenComparingInt(option -> tallies.get(option.id()).yes())
			.reversed()
			.thenComparing(PollOption::date)
			.thenComparing(PollOption::startsAt);
		for (PollSlot slot : poll.slots()) {
			slot.options()
				.stream()
				.filter(option -> tallies.get(option.id()).available() > 0)
				.min(better)
				.ifPresent(option -> best.put(slot.id(), option.id()));
		}
		return new PollResults(rows, Map.copyOf(tallies), Map.copyOf(best));
	}

	public Tally tally(UUID optionId) {
		return tallies.getOrDefault(optionId, new Tally(0, 0, 0, 0));
	}

	public boolean isBest(UUID optionId) {
		return bestBySlot.containsValue(optionId);
	}

	public Optional<UUID> best(UUID slotId) {
		return Optional.ofNullable(bestBySlot.get(slotId));
	}

	/** Those who have answered no option at all: whom reminders are for. */
	public List<Invitee> unanswered() {
		return rows.stream().filter(row -> !row.answeredAny()).map(Row::invitee).toList();
	}

	public int answeredCount() {
		Set<UUID> answered = new HashSet<>();
		rows.stream().filter(Row::answeredAny).forEach(row -> answered.add(row.invitee().id()));
		return answered.size();
	}

}
