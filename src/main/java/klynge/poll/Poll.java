package klynge.poll;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A date poll with its slots (one per meeting to fix), invitees and answers.
 *
 * @param showNames whether the answer page shows who answered what; by default (false) it
 * shows counts only, since invitees by e-mail may not know each other
 */
public record Poll(UUID id, UUID bodyId, String bodyName, String title, String description, PollStatus status,
		boolean showNames, LocalDate answerBy, OffsetDateTime createdAt, OffsetDateTime closedAt, List<PollSlot> slots,
		List<Invitee> invitees, List<PollAnswer> answers) {

	public Poll {
		slots = List.copyOf(slots);
		invitees = List.copyOf(invitees);
		answers = List.copyOf(answers);
	}

	public boolean open() {
		return status == PollStatus.OPEN;
	}

	/** Refuses any answer or change once the dates are chosen. */
	void requireOpen() {
		if (!open()) {
			throw new PollClosed(this);
		}
	}

	public List<PollOption> options() {
		return slots.stream().flatMap(slot -> slot.options().stream()).toList();
	}

	public Optional<PollOption> option(UUID optionId) {
		return options().stream().filter(option -> option.id().equals(optionId)).findFirst();
	}

	public Optional<PollSlot> slot(UUID slotId) {
		return slots.stream().filter(slot -> slot.id().equals(slotId)).findFirst();
	}

	public Optional<Invitee> invitee(UUID inviteeId) {
		return invitees.stream().filter(invitee -> invitee.id().equals(inviteeId)).findFirst();
	}

	public PollResults results() {
		return PollResults.of(this);
	}

}
